package vn.dvht.assess;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sets of outputs being written in this process, and their commits. A run stopped with Ctrl-C or
 * kill unwinds no finally block and its worker threads go on while the JVM shuts down: the shutdown hook
 * takes the same lock as a commit, so it waits for one under way, then removes every set's temporary
 * files and journal and stops new sets being started or committed.
 */
final class LiveSets {
  private static final Set<OutputFiles.Pending> LIVE = new LinkedHashSet<>();
  private static boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(LiveSets::discardAll, "dvht-temporaries"));
  }

  private LiveSets() {}

  /** Work done under the commit lock. */
  interface Moves {
    void run() throws IOException;
  }

  /**
   * Registers a set and makes its files (journal, temporary files) under the lock: a stop cannot fall
   * between the two and find a set whose files are not yet made, to be made after it has cleaned up.
   */
  static synchronized void start(OutputFiles.Pending set, Moves making) throws IOException {
    refuseWhenStopping();
    LIVE.add(set);
    making.run();
  }

  static synchronized void remove(OutputFiles.Pending set) {
    LIVE.remove(set);
  }

  /** Runs a commit; one at a time, and none once the JVM is stopping. */
  static synchronized void commit(Moves moves) throws IOException {
    refuseWhenStopping();
    moves.run();
  }

  private static void refuseWhenStopping() throws IOException {
    if (stopping) {
      throw new IOException("dvht đang dừng");
    }
  }

  private static synchronized void discardAll() {
    stopping = true;
    for (OutputFiles.Pending set : List.copyOf(LIVE)) {
      set.discard();
    }
    LIVE.clear();
  }
}
