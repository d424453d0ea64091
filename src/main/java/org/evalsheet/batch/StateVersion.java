package org.evalsheet.batch;

/**
 * One version of an inbox file as the watcher met it (文件版本): its content hash and when it was first seen and
 * processed, as ISO-8601 instants (kept as text so the state needs no extra Jackson module).
 *
 * @param sha256 the SHA-256 of the content, lower-case hex
 * @param size the size in bytes
 * @param firstSeen when this content was first observed in the inbox
 * @param processed when processing of this content finished
 */
public record StateVersion(String sha256, long size, String firstSeen, String processed) {}
