package org.evalsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evalsheet.score.FileResult;

/**
 * The watcher's picture of the inbox between waves (到达批次): which files are there, which are still settling,
 * which are never read, and when the outputs are due. Used by the watching thread only.
 */
final class WatchWaves {

  /** A file whose current bytes are not yet processed, with when its size or time last changed. */
  static final class Pending {
    final String name;
    final Path path;
    final Instant firstSeen;
    long size;
    long modified;
    long since;

    Pending(String name, Path path, long size, long modified, long since) {
      this.name = name;
      this.path = path;
      this.firstSeen = Instant.now();
      this.size = size;
      this.modified = modified;
      this.since = since;
    }
  }

  private final WatchOptions opts;
  private final StateStore state;
  private final long settle;
  private final long rescan;
  private final Map<String, Path> present = new HashMap<>();
  private final Map<String, FileResult> ignored = new HashMap<>();
  private final Map<String, Pending> pending = new HashMap<>();
  // Dirty from the start: the first outputs after a start (or a crash) are rebuilt from state whatever happens.
  private boolean dirty = true;
  private long lastChange = System.nanoTime();
  private long lastWrite = System.nanoTime();
  private long nextTry = System.nanoTime();

  WatchWaves(WatchOptions opts, StateStore state) {
    this.opts = opts;
    this.state = state;
    this.settle = opts.settle().toNanos();
    this.rescan = opts.rescan().toNanos();
  }

  WatchTree.Sink sink() {
    return new WatchTree.Sink() {
      @Override
      public void seen(Path file) {
        observe(file);
      }

      @Override
      public void gone(Path path) {
        forget(name(path));
      }
    };
  }

  /** Takes a full listing as the truth: observes every file in it and forgets every file not in it. */
  void replaceListing(List<Path> files) {
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      names.add(name(f));
      observe(f);
    }
    List<String> gone = new ArrayList<>();
    for (String n : present.keySet()) {
      if (!names.contains(n)) {
        gone.add(n);
      }
    }
    for (String n : ignored.keySet()) {
      if (!names.contains(n)) {
        gone.add(n);
      }
    }
    gone.forEach(this::forgetOne);
  }

  /** While the inbox is missing nothing settles; the files' fate is decided when it is back. */
  void suspend() {
    pending.clear();
  }

  void observe(Path file) {
    if (file.startsWith(opts.outDir())) {
      return;
    }
    String name = name(file);
    FileResult skip = Inbox.classify(Path.of(name)).orElse(null);
    if (skip == null && hiddenByOs(file)) {
      skip = FileResult.ignored(name, "隐藏文件");
    }
    if (skip != null) {
      if (!skip.equals(ignored.put(name, skip))) {
        changed();
      }
      return;
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      forgetOne(name);
      return;
    }
    if (!a.isRegularFile()) {
      return;
    }
    long size = a.size();
    long modified = a.lastModifiedTime().toMillis();
    if (present.put(name, file) == null) {
      changed();
    }
    Pending p = pending.get(name);
    if (p == null) {
      StateEntry known = state.get(name);
      if (known == null || known.size() != size || known.modified() != modified) {
        pending.put(name, new Pending(name, file, size, modified, System.nanoTime()));
        lastChange = System.nanoTime();
      }
    } else if (p.size != size || p.modified != modified) {
      p.size = size;
      p.modified = modified;
      p.since = System.nanoTime();
      lastChange = p.since;
    }
  }

  /**
   * The pending files that have settled: unchanged for the settle time and complete (or unchanged so long that
   * the reader should say what is wrong with them), by path.
   */
  List<Pending> ready(int giveUpSettles) {
    long now = System.nanoTime();
    List<Pending> out = new ArrayList<>();
    for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
      Pending p = it.next();
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p.path, BasicFileAttributes.class);
      } catch (IOException e) {
        it.remove();
        if (present.remove(p.name) != null) {
          changed();
        }
        continue;
      }
      if (a.size() != p.size || a.lastModifiedTime().toMillis() != p.modified) {
        p.size = a.size();
        p.modified = a.lastModifiedTime().toMillis();
        p.since = now;
        lastChange = now;
        continue;
      }
      long stable = now - p.since;
      if (stable >= settle && (stable >= settle * giveUpSettles || ReadinessCheck.looksComplete(p.path))) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparing(p -> p.name));
    return out;
  }

  /** Keeps what an attempt learnt; a processed result goes to the state only now, after its outputs exist. */
  void record(WatchOutcome o) throws IOException {
    Pending p = o.pending();
    if (o.sha256() == null || o.changedDuring()) {
      return;
    }
    StateEntry known = state.get(p.name);
    if (o.result() == null) {
      state.put(known.restat(p.size, p.modified));
    } else {
      StateVersion v = new StateVersion(o.sha256(), p.size, p.firstSeen.toString(), o.finished().toString());
      state.put(new StateEntry(p.name, p.size, p.modified, o.sha256(), o.result(), StateStore.append(known, v)));
      dirty = true;
    }
    pending.remove(p.name, p);
  }

  /** Whether to write the outputs now: something changed and arrivals have settled (or waited a full rescan). */
  boolean outputsDue() {
    long now = System.nanoTime();
    return dirty && now - nextTry >= 0 && (now - lastChange >= settle || now - lastWrite >= rescan);
  }

  /** Whether a long wave has kept the outputs unchanged for a whole rescan period: then show progress so far. */
  boolean overdue() {
    long now = System.nanoTime();
    return dirty && now - nextTry >= 0 && now - lastWrite >= rescan;
  }

  boolean dirty() {
    return dirty;
  }

  /** The latest result of every file now in the inbox (never-read files as ignored), by path. */
  List<FileResult> latest() {
    Map<String, FileResult> byName = new TreeMap<>();
    byName.putAll(ignored);
    for (String n : present.keySet()) {
      StateEntry e = state.get(n);
      if (e != null) {
        byName.put(n, e.result());
      }
    }
    return List.copyOf(byName.values());
  }

  void written() {
    dirty = false;
    lastWrite = System.nanoTime();
  }

  void outputsFailed() {
    nextTry = System.nanoTime() + Math.max(settle, 1_000_000_000L);
  }

  private void forget(String name) {
    forgetOne(name);
    String prefix = name + "/";
    List<String> under = new ArrayList<>();
    for (String n : present.keySet()) {
      if (n.startsWith(prefix)) {
        under.add(n);
      }
    }
    for (String n : ignored.keySet()) {
      if (n.startsWith(prefix)) {
        under.add(n);
      }
    }
    for (String n : pending.keySet()) {
      if (n.startsWith(prefix)) {
        under.add(n);
      }
    }
    under.forEach(this::forgetOne);
  }

  private void forgetOne(String name) {
    boolean was = present.remove(name) != null;
    was |= ignored.remove(name) != null;
    pending.remove(name);
    if (was) {
      changed();
    }
  }

  private void changed() {
    dirty = true;
    lastChange = System.nanoTime();
  }

  private String name(Path file) {
    return opts.inbox().relativize(file).toString().replace('\\', '/');
  }

  private static boolean hiddenByOs(Path file) {
    try {
      return Files.isHidden(file);
    } catch (IOException e) {
      return false;
    }
  }
}
