package vn.dvht.assess;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import vn.dvht.diag.Messages;

/**
 * The folder a run writes into, held for the whole run: a lock file ({@value #LOCK}) that a second
 * run into the same folder cannot take (it stops with "folder in use" before reading anything), and
 * the left-overs of a run that was killed there — commits cut short are finished or undone from their
 * journal, temporary files are removed. The lock file is removed when the run ends.
 */
final class OutputFolder implements AutoCloseable {
  static final String LOCK = ".dvht.lock";
  /** Names of dvht's own temporary files: data, backups of replaced outputs, commit journals. */
  static final String PREFIX = ".dvht-";

  private final Path folder;
  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputFolder(Path folder, Path lockFile, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the folder (made if missing) for this run; a usage problem if another run holds it. */
  static OutputFolder take(Path folder) throws UsageException, OutputException {
    Path lockFile = folder.resolve(LOCK);
    try {
      Files.createDirectories(folder);
      for (int attempt = 0; attempt < 5; attempt++) {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          // One byte far past the token: Windows locks are mandatory, and the token must stay readable.
          lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
        } catch (OverlappingFileLockException inThisJvm) {
          lock = null;
        }
        if (lock == null) {
          channel.close();
          throw new UsageException(Messages.get("out.inUse", folder));
        }
        // The run before may have removed the lock file between our open and our lock: then the lock
        // is on a file no one else will look at, and it is taken again on the file now there.
        if (sameFile(channel, lockFile)) {
          OutputFolder taken = new OutputFolder(folder, lockFile, channel, lock);
          OutputFiles.removeAtStop(lockFile);
          try {
            taken.recover();
          } catch (IOException e) {
            taken.close();
            throw e;
          }
          return taken;
        }
        lock.release();
        channel.close();
      }
      throw new UsageException(Messages.get("out.inUse", folder));
    } catch (IOException e) {
      throw OutputException.of(e, lockFile);
    }
  }

  /**
   * Whether the lock file now at {@code lockFile} is the one {@code channel} holds: a token written
   * through the channel is read back through the path. (Java shows no file identity of an open
   * channel; the run before ours removes the file before it lets go of the lock.)
   */
  private static boolean sameFile(FileChannel channel, Path lockFile) throws IOException {
    String token = ProcessHandle.current().pid() + "-" + Long.toHexString(new java.security.SecureRandom().nextLong());
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
    channel.force(false);
    try {
      return Files.readString(lockFile, StandardCharsets.US_ASCII).equals(token);
    } catch (java.nio.file.NoSuchFileException gone) {
      return false;
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
    OutputFiles.keepAtStop(lockFile);
    try {
      Files.deleteIfExists(lockFile);
    } catch (IOException onWindows) {
      // an open file cannot be removed there; the lock itself goes with the channel
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the system releases it when the process ends
    }
  }
}
