package vn.dvht.assess;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import vn.dvht.diag.Messages;

/**
 * The folder a run writes into, held for the whole run: a lock on a hidden, empty file ({@value #LOCK})
 * that a second run into the same folder cannot take (it stops with "folder in use" before reading
 * anything); the system lets go of it however the run ends, even killed. Then the left-overs of a run
 * killed there are put right: commits cut short are finished or undone from their journal, temporary
 * files removed.
 *
 * <p>The lock file stays in the folder. Removing it at the end would let a run waiting on the old file
 * and one creating a new file both believe they hold the folder, and checking which file is which
 * means opening it again — and closing any handle on a file drops every POSIX lock the process holds
 * on it. It is empty and safe to delete when no run is writing.
 */
final class OutputFolder implements AutoCloseable {
  static final String LOCK = ".dvht.lock";
  /** Names of dvht's own temporary files: data, backups of replaced outputs, commit journals. */
  static final String PREFIX = ".dvht-";

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputFolder(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the folder (made if missing) for this run; a usage problem if another run holds it. */
  static OutputFolder take(Path folder) throws UsageException, OutputException {
    Path lockFile = folder.resolve(LOCK);
    try {
      Files.createDirectories(folder);
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        // One byte far past the end: Windows locks are mandatory, and nothing should be kept from the file.
        lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
      } catch (OverlappingFileLockException inThisJvm) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new UsageException(Messages.get("out.inUse", folder));
      }
      hide(lockFile);
      OutputFolder taken = new OutputFolder(folder, channel, lock);
      try {
        taken.recover();
      } catch (IOException e) {
        taken.close();
        throw e;
      }
      return taken;
    } catch (IOException e) {
      throw OutputException.of(e, lockFile);
    }
  }

  /**
   * Hidden on Windows, as the leading dot hides it elsewhere. Only there: asking a Linux file store
   * about attribute views opens the file, and closing that handle would drop the lock just taken.
   */
  private static void hide(Path lockFile) {
    if (!System.getProperty("os.name", "").startsWith("Windows")) {
      return;
    }
    try {
      Files.setAttribute(lockFile, "dos:hidden", true);
    } catch (IOException | UnsupportedOperationException e) {
      // only cosmetic
    }
  }

  /** Finishes or undoes the commits a killed run left, then removes its temporary files. */
  private void recover() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path journal : files.filter(p -> name(p).startsWith(PREFIX) && name(p).endsWith(".commit")).toList()) {
        OutputFiles.recover(journal);
      }
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path left : files.filter(p -> name(p).startsWith(PREFIX)
          && (name(p).endsWith(".tmp") || name(p).endsWith(".bak"))).toList()) {
        Files.deleteIfExists(left);
      }
    }
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  Path path() {
    return folder;
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the system releases it when the process ends
    }
  }
}
