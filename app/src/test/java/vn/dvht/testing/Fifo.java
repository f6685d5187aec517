package vn.dvht.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Makes a named pipe (FIFO) for tests of what dvht does with one; false where the system cannot. */
public final class Fifo {
  private Fifo() {}

  public static boolean make(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0
          && Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
