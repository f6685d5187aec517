package vn.dvht.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Message;

/**
 * Writes outputs so that nothing is ever half-written, lost or mixed: the files of one unit (its
 * XLSX summary and its report) are written to temporary files beside them, then moved into place
 * together — both land or neither; with {@code --overwrite} the old pair is replaced as a pair, never
 * mixed. A {@code .writing} journal names the temporary files before they are made, a {@code .commit}
 * journal the moves before they are made ({@link Commit}, {@link Journal}), so what a run killed at any
 * point leaves is finished, undone or removed by the next run into the folder ({@link OutputFolder}).
 * A run stopped with Ctrl-C or kill waits for a commit under way, and no new one starts.
 *
 * <p>The output folder is dvht's only playground: every file it makes there has a plain name, is
 * created new (never over an existing file, never through a link) and written through the handle that
 * created it, never reopened by name — a temporary file swapped for a link meanwhile can never redirect
 * a write, and is found and refused before the commit. Files are made with the user's umask; a replaced
 * regular file's mode is kept, within that umask (a link at an output's name lends it nothing). An
 * existing file is replaced only when asked, and never a file the run reads ({@link #conflict}).
 */
public final class OutputFiles {
  /** Writes the body of one file. */
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** One file of a set: where it goes and what it holds. */
  public record Part(Path target, Body body) {}

  private final boolean overwrite;

  public OutputFiles(boolean overwrite) {
    this.overwrite = overwrite;
  }

  /**
   * Why the planned outputs cannot be written, as a usage message: one of them is a file the run reads
   * ({@code read}: inputs, rulesets, the rulesets they extend, their forms — never replaced, even with
   * {@code --overwrite}), or exists and {@code --overwrite} was not given.
   */
  public Optional<Message> conflict(List<Path> outputs, List<Path> read) throws IOException {
    for (Path output : outputs) {
      if (FileKind.of(output) == FileKind.MISSING) {
        continue;
      }
      for (Path file : read) {
        if (sameFile(output, file)) {
          return Optional.of(Message.of("out.protected", output, file));
        }
      }
      if (!overwrite) {
        return Optional.of(Message.of("cli.outputExists", output));
      }
    }
    return Optional.empty();
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes one file. */
  public void write(Path target, Body body) throws OutputException {
    write(List.of(new Part(target, body)));
  }

  /** Writes files that land together or not at all; all in one folder. */
  public void write(List<Part> parts) throws OutputException {
    try (Pending pending = begin(parts.stream().map(Part::target).toList())) {
      for (int i = 0; i < parts.size(); i++) {
        try (OutputStream out = pending.open(i)) {
          parts.get(i).body().write(out);
        } catch (IOException e) {
          throw OutputException.of(e, parts.get(i).target());
        }
      }
      pending.commit();
    }
  }

  /**
   * Starts a set whose files are written over time — a unit's workbook is written while the unit is
   * read — and committed together by {@link Pending#commit}; closed without a commit, nothing lands.
   */
  public Pending begin(List<Path> targets) throws OutputException {
    return begin(targets, 0);
  }

  /**
   * As {@link #begin(List)}, with {@code scratches} scratch files beside the set's: read and written while
   * the set is made (a list spooled until its count is known), named in the set's journal as its files are,
   * never committed, removed with the set.
   */
  public Pending begin(List<Path> targets, int scratches) throws OutputException {
    Path folder = folder(targets.get(0));
    for (Path target : targets) {
      if (!folder.equals(folder(target)) || !OwnNames.isPlain(OwnNames.of(target), folder)) {
        throw OutputException.said(Message.of("out.badName", target));
      }
    }
    Pending pending = new Pending(folder, targets, scratches);
    try {
      Files.createDirectories(folder);
      pending.start(overwrite);
      return pending;
    } catch (IOException e) {
      pending.close();
      throw OutputException.of(e, targets.get(Math.min(pending.temps.size(), targets.size() - 1)));
    }
  }

  /** A set of files being written, each to its temporary file until the commit. */
  public final class Pending implements AutoCloseable {
    private final Path folder;
    private final List<Path> targets;
    private final int scratches;
    /** The targets' temporary files, then the scratch files. */
    private final List<TempFile> temps = new ArrayList<>();
    private Path writing;
    private boolean closed;
    private boolean journalLeft;

    private Pending(Path folder, List<Path> targets, int scratches) {
      this.folder = folder;
      this.targets = List.copyOf(targets);
      this.scratches = scratches;
    }

    /** Writes the {@code .writing} journal, then makes each temporary file it names. */
    private void start(boolean replacing) throws IOException {
      List<Journal.Entry> entries = new ArrayList<>();
      for (Path target : targets) {
        entries.add(new Journal.Entry(OwnNames.of(target), OwnNames.fresh(OwnNames.TEMP), ""));
      }
      for (int j = 0; j < scratches; j++) {
        // a name no output has (OutputNames leaves room for it): the journal names every file the set makes
        entries.add(new Journal.Entry(OwnNames.of(targets.get(0)) + "~" + j, OwnNames.fresh(OwnNames.TEMP), ""));
      }
      LiveSets.start(this, () -> {
        Path journal = folder.resolve(OwnNames.fresh(OwnNames.WRITING));
        Journal.write(journal, entries);
        writing = journal;
        for (int i = 0; i < targets.size(); i++) {
          temps.add(TempFile.create(folder.resolve(entries.get(i).fresh()), targets.get(i), replacing));
        }
        for (int j = 0; j < scratches; j++) {
          temps.add(TempFile.scratch(folder.resolve(entries.get(targets.size() + j).fresh())));
        }
      });
    }

    /** Where file number {@code i} of the set is written, through the handle its temporary file was made with. */
    public OutputStream open(int i) {
      return Channels.newOutputStream(temps.get(i).take());
    }

    /** Scratch file number {@code j}, to write and read back, through the handle it was made with. */
    public java.nio.channels.SeekableByteChannel scratch(int j) {
      return temps.get(targets.size() + j).take();
    }

    /** Moves every file of the set into place together, once each temporary file is found to be the one written. */
    public void commit() throws OutputException {
      try {
        LiveSets.commit(() -> {
          List<Journal.Entry> entries = new ArrayList<>();
          for (int i = 0; i < targets.size(); i++) {
            entries.add(entry(i));
          }
          Commit.run(folder, entries);
        });
      } catch (Commit.JournalLeft e) {
        journalLeft = true;
        throw OutputException.of((IOException) e.getCause(), targets.get(0));
      } catch (TempFile.Replaced e) {
        throw OutputException.said(Message.of("out.tempReplaced", OwnNames.of(e.temp()), folder, e.target()));
      } catch (IOException e) {
        throw OutputException.of(e, targets.get(0));
      } finally {
        close();
      }
    }

    private Journal.Entry entry(int i) throws IOException {
      TempFile temp = temps.get(i);
      temp.close();
      if (!temp.unchanged()) {
        throw new TempFile.Replaced(temp.path(), OwnNames.of(targets.get(i)));
      }
      Path target = targets.get(i);
      FileKind kind = FileKind.of(target);
      if (kind == FileKind.FOLDER) {
        throw new FileSystemException(target.toString(), null, "is a directory");
      }
      if (kind != FileKind.MISSING && !overwrite) {
        throw new FileAlreadyExistsException(target.toString());
      }
      return new Journal.Entry(OwnNames.of(target), OwnNames.of(temp.path()),
          kind == FileKind.MISSING ? "" : OwnNames.fresh(OwnNames.BACKUP));
    }

    /** Removes what the set left, committed or not; a journal a failed commit left keeps its files for the next run. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      temps.forEach(TempFile::close);
      // Cleaned up before it leaves the live sets: a stop in between finds it still live and cleans up
      // itself, where the other order let a stop find it gone and end the JVM before its journal was.
      if (!journalLeft) {
        discard();
      }
      LiveSets.remove(this);
    }

    /** Deletes the temporary files, then (when they are gone) the journal that names them. */
    void discard() {
      try {
        for (TempFile temp : temps) {
          Files.deleteIfExists(temp.path());
        }
        if (writing != null) {
          Files.deleteIfExists(writing);
        }
      } catch (IOException e) {
        // left, with its journal, for the next run into the folder to remove
      }
    }
  }

  static Path folder(Path target) {
    return target.toAbsolutePath().getParent();
  }
}
