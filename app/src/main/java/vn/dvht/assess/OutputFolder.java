package vn.dvht.assess;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Message;

/**
 * The folder a run writes into, held for the whole run: a lock on a hidden, empty regular file
 * ({@value OwnNames#LOCK}) that a second run into the same folder cannot take (it stops with "folder in
 * use" before reading anything); the system lets go of it however the run ends, even killed. Then what a
 * run killed there left is put right, from its journals alone ({@link Journal}): commits cut short are
 * finished or undone, then the temporary files of sets being written are removed. A file of dvht's own
 * names that no journal names is left alone; a journal dvht did not write is refused, never acted on.
 *
 * <p>The lock is opened for reading and writing without following a link (a dangling link there never
 * makes a file elsewhere; a FIFO opens at once instead of waiting for a writer) and must be a regular
 * file. It stays in the folder: removing it at the end would let a run waiting on the old file and one
 * creating a new file both believe they hold the folder, and checking which file is which means opening
 * it again — and closing any handle on a file drops every POSIX lock the process holds on it. It is empty
 * and safe to delete when no run is writing.
 */
public final class OutputFolder implements AutoCloseable {
  /** More journals than any crash leaves (one or two per set being written): the folder is not dvht's alone. */
  static final int MAX_JOURNALS = 1_000;

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputFolder(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the folder (made if missing) for this run; a usage problem if another run holds it, or if
   * the lock or a journal there is not dvht's.
   */
  public static OutputFolder take(Path folder) throws UsageException, OutputException {
    Path lockFile = folder.resolve(OwnNames.LOCK);
    FileChannel channel;
    try {
      Files.createDirectories(folder);
      refuseUnlessRegular(lockFile);
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      refuseUnlessRegular(lockFile);
      throw OutputException.of(e, lockFile);
    }
    OutputFolder taken = lock(folder, lockFile, channel);
    try {
      refuseUnlessRegular(lockFile);
      hide(lockFile);
      taken.recover();
      return taken;
    } catch (UsageException | OutputException | RuntimeException e) {
      taken.close();
      throw e;
    }
  }

  private static OutputFolder lock(Path folder, Path lockFile, FileChannel channel)
      throws UsageException, OutputException {
    FileLock lock;
    try {
      // One byte far past the end: Windows locks are mandatory, and nothing should be kept from the file.
      lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
    } catch (OverlappingFileLockException inThisJvm) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      throw OutputException.of(e, lockFile);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new UsageException(Message.of("out.inUse", folder));
    }
    return new OutputFolder(folder, channel, lock);
  }

  /** The lock must be a regular file or missing: a FIFO, a link or a folder there is said, not used. */
  private static void refuseUnlessRegular(Path lockFile) throws UsageException, OutputException {
    try {
      FileKind kind = FileKind.of(lockFile);
      if (kind != FileKind.REGULAR && kind != FileKind.MISSING) {
        throw new UsageException(Message.of("out.lock", lockFile, kind.described()));
      }
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
      Files.setAttribute(lockFile, "dos:hidden", true, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      // only cosmetic
    }
  }

  /** Finishes or undoes the commits a killed run left, then removes the files of the sets it was writing. */
  private void recover() throws UsageException, OutputException {
    List<Path> commits = new ArrayList<>();
    List<Path> writings = new ArrayList<>();
    try (DirectoryStream<Path> names = Files.newDirectoryStream(folder)) {
      for (Path path : names) {
        String name = OwnNames.of(path);
        if (OwnNames.isOwn(name, OwnNames.COMMIT)) {
          commits.add(path);
        } else if (OwnNames.isOwn(name, OwnNames.WRITING)) {
          writings.add(path);
        }
        if (commits.size() + writings.size() > MAX_JOURNALS) {
          throw new UsageException(Message.of("out.journals", folder, MAX_JOURNALS));
        }
      }
    } catch (IOException e) {
      throw OutputException.of(e, folder);
    }
    if (commits.isEmpty() && writings.isEmpty()) {
      return;
    }
    JournalOwner owner;
    try {
      owner = JournalOwner.ofThisRun(folder);
    } catch (IOException e) {
      throw OutputException.of(e, folder);
    }
    for (Path journal : commits) {
      replay(journal, owner, true);
    }
    for (Path journal : writings) {
      replay(journal, owner, false);
    }
  }

  private void replay(Path journal, JournalOwner owner, boolean commit)
      throws UsageException, OutputException {
    Path at = folder.toAbsolutePath();
    try {
      List<Journal.Entry> entries = Journal.read(journal, owner);
      if (commit) {
        Commit.recover(at, entries);
      } else {
        Commit.discard(at, entries);
      }
      Files.delete(journal);
    } catch (Journal.Refused e) {
      throw new UsageException(Message.of("out.journal", journal, e.reason(), folder));
    } catch (IOException e) {
      throw OutputException.of(e, journal);
    }
  }

  Path path() {
    return folder;
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // the system releases it when the process ends
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing held
    }
  }
}
