package org.evalsheet.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.evalsheet.batch.Watcher;

/**
 * Ctrl-C and SIGTERM for {@code watch} (停止信号): the first one asks the watcher to finish the file in hand and
 * return, so the command exits 0 with consistent outputs; a second one quits at once (exit 130). A shutdown hook
 * stays as a fallback for other ways the JVM is told to end; it too waits for the watcher to stop.
 */
final class WatchSignals {
  private WatchSignals() {}

  /**
   * Installs the handlers for one watcher; call before {@code watcher.run()}.
   *
   * @param watcher the watcher to stop
   * @param say where to tell the clerk that stopping has begun (the command's stderr)
   */
  public static void install(Watcher watcher, java.io.PrintWriter say) {
    install(watcher::stop, say, "正在停止：处理完当前文件并写出汇总后退出（再按一次 Ctrl-C 立即退出）");
  }

  /**
   * The same for any long-running command ({@code serve}): {@code stop} runs on a thread of its own at the first
   * signal, and by the shutdown hook; it must be safe to call twice.
   */
  public static void install(Runnable stop, java.io.PrintWriter say, String stopping) {
    AtomicBoolean asked = new AtomicBoolean();
    Runnable onSignal = () -> {
      if (asked.compareAndSet(false, true)) {
        say.println(stopping);
        say.flush();
        Thread t = new Thread(stop, "evalsheet-stop");
        t.setDaemon(true);
        t.start();
      } else {
        Runtime.getRuntime().halt(130);
      }
    };
    handle("INT", onSignal);
    handle("TERM", onSignal);
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "evalsheet-shutdown"));
  }

  /**
   * Uses {@code sun.misc.Signal} (in jdk.unsupported, present in every JDK 17) through reflection, so that the
   * build has no warning about internal API; without it the shutdown hook alone still stops cleanly, only the
   * exit code is then the signal's.
   */
  private static boolean handle(String name, Runnable action) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      InvocationHandler ih = (Object proxy, Method m, Object[] args) -> {
        if (m.getName().equals("handle")) {
          action.run();
          return null;
        }
        return switch (m.getName()) {
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> "WatchSignals." + name;
        };
      };
      Object h = Proxy.newProxyInstance(WatchSignals.class.getClassLoader(), new Class<?>[] {handler}, ih);
      Object sig = signal.getConstructor(String.class).newInstance(name);
      signal.getMethod("handle", signal, handler).invoke(null, sig, h);
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false;
    }
  }
}
