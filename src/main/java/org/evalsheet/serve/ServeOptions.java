package org.evalsheet.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.evalsheet.batch.Roster;
import org.evalsheet.batch.WatchOptions;
import org.evalsheet.model.Profile;
import org.evalsheet.model.ReadLimits;

/**
 * What {@code evalsheet serve} is asked to do (网页服务选项).
 *
 * @param inbox the drop folder, watched as {@code watch} does; never written to
 * @param outDir the round's outputs and the watcher's state (and lock)
 * @param bind the address to listen on; 127.0.0.1 unless the bureau's LAN should reach it
 * @param port the TCP port (0: any free one, for tests)
 * @param roster the units expected to submit, or null
 * @param profile the bureau's rules
 * @param limits per-file bounds: size (the upload limit too) and time
 * @param threads files processed at once, by the watcher and by the self-check each
 * @param settle how long a dropped file must stay unchanged before it is read
 * @param queue self-checks that may wait for a worker; beyond that the server answers 503
 * @param keep how long a self-check's result and filled copy are kept (at most an hour)
 * @param token the access token for the board, file pages, downloads and {@code /api/round}; null for none
 */
public record ServeOptions(Path inbox, Path outDir, String bind, int port, Roster roster, Profile profile,
    ReadLimits limits, int threads, Duration settle, int queue, Duration keep, String token) {

  public static final int DEFAULT_PORT = 8650;
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_QUEUE = 64;
  public static final Duration DEFAULT_KEEP = Duration.ofMinutes(30);
  /** Self-check uploads and their copies are deleted within this, whatever {@code keep} says. */
  public static final Duration MAX_KEEP = Duration.ofHours(1);

  public ServeOptions {
    inbox = Objects.requireNonNull(inbox, "inbox").toAbsolutePath().normalize();
    outDir = Objects.requireNonNull(outDir, "outDir").toAbsolutePath().normalize();
    bind = Objects.requireNonNullElse(bind, DEFAULT_BIND);
    Objects.requireNonNull(profile, "profile");
    limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULT);
    settle = Objects.requireNonNullElse(settle, WatchOptions.DEFAULT_SETTLE);
    keep = Objects.requireNonNullElse(keep, DEFAULT_KEEP);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port 应在 1 到 65535 之间：" + port);
    }
    if (threads < 1) {
      threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }
    if (queue < 0) {
      throw new IllegalArgumentException("--queue 不能为负数：" + queue);
    }
    if (keep.compareTo(MAX_KEEP) > 0 || keep.isNegative()) {
      keep = MAX_KEEP;
    }
  }

  /** The options the watcher runs with: the same folders, settle time and threads. */
  public WatchOptions watch() {
    return new WatchOptions(inbox, outDir, settle, WatchOptions.DEFAULT_RESCAN, threads);
  }

  /**
   * Whether an address is reachable only from this machine (loopback): anything else must be protected by a token.
   * A name that does not resolve is treated as reachable from elsewhere.
   */
  public static boolean loopback(String bind) {
    if (bind.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
