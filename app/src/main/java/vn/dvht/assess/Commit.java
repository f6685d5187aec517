package vn.dvht.assess;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The moves that put a set of files in place together, and how they are finished or undone after a run
 * killed among them. Every move is a rename or a hard link of a plain name inside one folder: nothing is
 * opened, so no link is followed and nothing outside the folder is touched.
 *
 * <p>The moves, once the {@code .commit} journal is written: each replaced output to its backup name;
 * each temporary file to its output name (a rename over the moved-away name, or, for a new output, a hard
 * link that fails if a file appeared there, then the temporary name removed); the backups removed; the
 * journal removed. So while the journal exists, a temporary name is gone exactly when its file is in
 * place: when every one is gone the commit is finished, else it is undone — each placed file goes back to
 * its temporary name and each backup back to its output name — and the {@code .writing} journal of the
 * set, removed last, then removes the temporary files. Running either again after a crash is safe.
 */
final class Commit {
  private Commit() {}

  /** A commit that failed and could not be undone: its journal stays, and so must its temporary files. */
  static final class JournalLeft extends IOException {
    private static final long serialVersionUID = 1L;

    JournalLeft(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** Moves a set into place through a new journal; on failure, puts the folder back as it was. */
  static void run(Path folder, List<Journal.Entry> entries) throws IOException {
    Path journal = folder.resolve(OwnNames.fresh(OwnNames.COMMIT));
    Journal.write(journal, entries);
    try {
      for (Journal.Entry e : entries) {
        if (!e.backup().isEmpty()) {
          Files.move(folder.resolve(e.target()), folder.resolve(e.backup()));
        }
      }
      for (Journal.Entry e : entries) {
        place(folder, e);
      }
      for (Journal.Entry e : entries) {
        removeBackup(folder, e);
      }
    } catch (IOException | RuntimeException failed) {
      try {
        undo(folder, entries);
      } catch (IOException alsoFailed) {
        // the journal stays: the next run into the folder puts things right
        throw new JournalLeft(failed instanceof IOException io ? io : alsoFailed);
      }
      Files.deleteIfExists(journal);
      throw failed;
    }
    Files.deleteIfExists(journal);
  }

  /** After a run killed during a commit: finishes it when every file was placed, else undoes it. */
  static void recover(Path folder, List<Journal.Entry> entries) throws IOException {
    boolean allPlaced = true;
    for (Journal.Entry e : entries) {
      allPlaced &= FileKind.of(folder.resolve(e.fresh())) == FileKind.MISSING
          && FileKind.of(folder.resolve(e.target())) != FileKind.MISSING;
    }
    if (allPlaced) {
      for (Journal.Entry e : entries) {
        removeBackup(folder, e);
      }
    } else {
      undo(folder, entries);
    }
  }

  /** After a run killed while writing a set: removes its temporary files. */
  static void discard(Path folder, List<Journal.Entry> entries) throws IOException {
    for (Journal.Entry e : entries) {
      Files.deleteIfExists(folder.resolve(e.fresh()));
    }
  }

  /** Moves a new file into place; without a backup the output must not exist (a hard link cannot replace). */
  private static void place(Path folder, Journal.Entry e) throws IOException {
    Path target = folder.resolve(e.target());
    Path fresh = folder.resolve(e.fresh());
    if (!e.backup().isEmpty()) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    try {
      Files.createLink(target, fresh);
      Files.delete(fresh);
    } catch (FileAlreadyExistsException exists) {
      throw exists;
    } catch (IOException | UnsupportedOperationException noLinks) {
      if (FileKind.of(target) != FileKind.MISSING) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(fresh, target);
    }
  }

  /**
   * Each placed file back to its temporary name (or, hard-linked but its temporary name not yet removed,
   * its output name removed), then each backup back to its output name.
   */
  private static void undo(Path folder, List<Journal.Entry> entries) throws IOException {
    for (Journal.Entry e : entries) {
      Path target = folder.resolve(e.target());
      Path fresh = folder.resolve(e.fresh());
      FileKind placed = FileKind.of(target);
      FileKind temporary = FileKind.of(fresh);
      if (temporary == FileKind.MISSING && placed == FileKind.REGULAR) {
        Files.move(target, fresh);
      } else if (temporary == FileKind.REGULAR && placed == FileKind.REGULAR && Files.isSameFile(target, fresh)) {
        Files.delete(target);
      }
    }
    for (Journal.Entry e : entries) {
      if (!e.backup().isEmpty() && FileKind.of(folder.resolve(e.backup())) != FileKind.MISSING) {
        Files.move(folder.resolve(e.backup()), folder.resolve(e.target()));
      }
    }
  }

  private static void removeBackup(Path folder, Journal.Entry e) throws IOException {
    if (!e.backup().isEmpty()) {
      Files.deleteIfExists(folder.resolve(e.backup()));
    }
  }
}
