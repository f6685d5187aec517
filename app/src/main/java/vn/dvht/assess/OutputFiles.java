package vn.dvht.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes output files so that nothing is ever half-written or lost: each file goes to a
 * temporary file in the same directory and is moved into place; an existing file is replaced
 * only when asked, and never one of the inputs. A run interrupted at any point leaves each output
 * either whole or absent, and no temporary file behind.
 */
public final class OutputFiles {
  /** Writes the body of one file. */
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private final boolean overwrite;

  public OutputFiles(boolean overwrite) {
    this.overwrite = overwrite;
  }

  /** The first planned output that would overwrite an input or, without --overwrite, any file. */
  public String conflict(List<Path> outputs, List<Path> inputs) throws IOException {
    for (Path output : outputs) {
      for (Path input : inputs) {
        if (Files.exists(output) && Files.isSameFile(output, input)) {
          return output.toString();
        }
      }
      if (!overwrite && Files.exists(output)) {
        return output.toString();
      }
    }
    return "";
  }

  public void write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Temporaries.create(dir, "." + target.getFileName());
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.write(out);
      }
      move(temp, target);
    } finally {
      Temporaries.delete(temp);
    }
  }

  /**
   * The temporary files being written. A run stopped with Ctrl-C or kill unwinds no finally block,
   * and worker threads go on while the JVM shuts down: the shutdown hook deletes every temporary
   * file and, under the same lock, stops new ones being made, so none can slip past it (a worker
   * still writing one then fails to move it into place, and nothing half-written appears).
   */
  private static final class Temporaries {
    private static final java.util.Set<Path> LIVE = new java.util.HashSet<>();
    private static boolean stopping;

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(Temporaries::deleteAll, "dvht-temporaries"));
    }

    static synchronized Path create(Path dir, String prefix) throws IOException {
      if (stopping) {
        throw new IOException("dvht đang dừng");
      }
      Path temp = Files.createTempFile(dir, prefix, ".tmp");
      LIVE.add(temp);
      return temp;
    }

    static synchronized void delete(Path temp) throws IOException {
      LIVE.remove(temp);
      Files.deleteIfExists(temp);
    }

    private static synchronized void deleteAll() {
      stopping = true;
      for (Path temp : LIVE) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // nothing more can be done while the JVM stops
        }
      }
      LIVE.clear();
    }
  }

  private void move(Path temp, Path target) throws IOException {
    if (overwrite) {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return;
    }
    try {
      // A hard link fails atomically if the target exists: no window in which it could be replaced.
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException | UnsupportedOperationException e) {
      if (Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(temp, target);
    }
  }
}
