package vn.dvht.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes outputs so that nothing is ever half-written, lost or mixed: the files of one unit (its
 * XLSX summary and its report) are written to temporary files beside them, then moved into place
 * together — both land or neither; with {@code --overwrite} the old pair is replaced as a pair, never
 * mixed. The moves are listed first in a journal ({@code .dvht-….commit}), so a run killed between
 * two of them leaves what the next run into the folder finishes or undoes ({@link OutputFolder}). A
 * run stopped with Ctrl-C or kill waits for a commit under way, and no new one starts.
 *
 * <p>Files are made with the user's umask (not private to the user, as temporary files would be);
 * a replaced file keeps its mode. An existing file is replaced only when asked, and never an input.
 */
public final class OutputFiles {
  /** Writes the body of one file. */
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** One file of a set: where it goes and what it holds. */
  public record Part(Path target, Body body) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final boolean overwrite;

  public OutputFiles(boolean overwrite) {
    this.overwrite = overwrite;
  }

  /** The first planned output that would overwrite an input or, without --overwrite, any file (or link). */
  public String conflict(List<Path> outputs, List<Path> inputs) throws IOException {
    for (Path output : outputs) {
      boolean there = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
      for (Path input : inputs) {
        if (there && Files.exists(output) && Files.isSameFile(output, input)) {
          return output.toString();
        }
      }
      if (!overwrite && there) {
        return output.toString();
      }
    }
    return "";
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
    Pending pending = new Pending(targets);
    try {
      for (Path target : targets) {
        Path folder = folder(target);
        Files.createDirectories(folder);
        pending.temps.add(Temporaries.create(folder));
      }
      return pending;
    } catch (IOException e) {
      pending.close();
      throw OutputException.of(e, targets.get(pending.temps.size()));
    }
  }

  /** A set of files being written, each to its temporary file until the commit. */
  public final class Pending implements AutoCloseable {
    private final List<Path> targets;
    private final List<Path> temps = new ArrayList<>();
    private boolean closed;

    private Pending(List<Path> targets) {
      this.targets = List.copyOf(targets);
    }

    /** Where file number {@code i} of the set is written; the caller closes it before the commit. */
    public OutputStream open(int i) throws OutputException {
      try {
        return Files.newOutputStream(temps.get(i), StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw OutputException.of(e, targets.get(i));
      }
    }

    /** Moves every file of the set into place together. */
    public void commit() throws OutputException {
      try {
        Temporaries.commit(targets, temps, overwrite);
      } catch (IOException e) {
        throw OutputException.of(e, targets.get(0));
      } finally {
        close();
      }
    }

    /** Removes what the set left, committed or not. */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        Temporaries.delete(temps);
      }
    }
  }

  static Path folder(Path target) {
    return target.toAbsolutePath().getParent();
  }

  /** A fresh name for dvht's own files in a folder: short, so any output name beside it fits. */
  static Path fresh(Path folder, String suffix) {
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    return folder.resolve(OutputFolder.PREFIX + HexFormat.of().formatHex(id) + suffix);
  }

  /** Finishes a journal's commit when every file was moved into place, else undoes it. */
  static void recover(Path journal) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Path folder = journal.getParent();
    for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length == 3) {
        entries.add(new Entry(folder.resolve(f[0]), folder.resolve(f[1]), f[2].isEmpty() ? null : folder.resolve(f[2])));
      }
    }
    boolean allPlaced = true;
    for (Entry e : entries) {
      allPlaced &= e.placed();
    }
    if (allPlaced) {
      for (Entry e : entries) {
        e.clean();
      }
    } else {
      undo(entries);
    }
    Files.deleteIfExists(journal);
  }

  /** One move of a commit: the new file to {@code target}, the old one (if replaced) kept at {@code backup}. */
  private record Entry(Path target, Path fresh, Path backup) {
    boolean placed() throws IOException {
      if (!Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      }
      return Files.exists(target) && Files.isSameFile(target, fresh);
    }

    void clean() throws IOException {
      Files.deleteIfExists(fresh);
      if (backup != null) {
        Files.deleteIfExists(backup);
      }
    }

    String line(Path folder) {
      return folder.relativize(target) + "\t" + folder.relativize(fresh) + "\t"
          + (backup == null ? "" : folder.relativize(backup).toString());
    }
  }

  private static void undo(List<Entry> entries) throws IOException {
    for (Entry e : entries) {
      if (e.placed()) {
        Files.deleteIfExists(e.target());
      }
      if (e.backup() != null && Files.exists(e.backup(), LinkOption.NOFOLLOW_LINKS)) {
        Files.move(e.backup(), e.target(), StandardCopyOption.REPLACE_EXISTING);
      }
      Files.deleteIfExists(e.fresh());
    }
  }

  /**
   * The temporary files being written, and the commits. A run stopped with Ctrl-C or kill unwinds no
   * finally block and its worker threads go on while the JVM shuts down: the shutdown hook takes the
   * same lock as a commit, so it waits for one under way, then deletes every temporary file and stops
   * new ones being made or committed.
   */
  private static final class Temporaries {
    private static final Set<Path> LIVE = new HashSet<>();
    private static boolean stopping;

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(Temporaries::deleteAll, "dvht-temporaries"));
    }

    static synchronized Path create(Path folder) throws IOException {
      refuseWhenStopping();
      for (int attempt = 0; ; attempt++) {
        Path temp = fresh(folder, ".tmp");
        try {
          // No attributes: the file gets the user's umask, as the final output should.
          Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
          LIVE.add(temp);
          return temp;
        } catch (FileAlreadyExistsException e) {
          if (attempt > 10) {
            throw e;
          }
        }
      }
    }

    static synchronized void delete(List<Path> temps) {
      for (Path temp : temps) {
        LIVE.remove(temp);
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // left for the next run into the folder to remove
        }
      }
    }

    static synchronized void commit(List<Path> targets, List<Path> temps, boolean overwrite) throws IOException {
      refuseWhenStopping();
      Path folder = folder(targets.get(0));
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i).toAbsolutePath();
        boolean replacing = overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        entries.add(new Entry(target, temps.get(i), replacing ? fresh(folder, ".bak") : null));
      }
      Path journal = fresh(folder, ".commit");
      StringBuilder lines = new StringBuilder();
      entries.forEach(e -> lines.append(e.line(folder)).append('\n'));
      try {
        Files.writeString(journal, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (IOException full) {
        // Nothing was moved yet: a journal cut short (a full disk) is only in the way.
        Files.deleteIfExists(journal);
        throw full;
      }
      try {
        for (Entry e : entries) {
          if (e.backup() != null) {
            keepMode(e.target(), e.fresh());
            Files.move(e.target(), e.backup());
          }
        }
        for (Entry e : entries) {
          place(e);
        }
        for (Entry e : entries) {
          e.clean();
        }
      } catch (IOException | RuntimeException failed) {
        try {
          undo(entries);
        } catch (IOException alsoFailed) {
          failed.addSuppressed(alsoFailed);
          throw failed; // the journal stays: the next run into the folder puts things right
        }
        Files.deleteIfExists(journal);
        throw failed;
      }
      Files.deleteIfExists(journal);
    }

    /** Moves a new file into place; without a backup the target must not exist (a hard link cannot replace). */
    private static void place(Entry e) throws IOException {
      if (e.backup() != null) {
        Files.move(e.fresh(), e.target(), StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      try {
        Files.createLink(e.target(), e.fresh());
        Files.delete(e.fresh());
      } catch (FileAlreadyExistsException exists) {
        throw exists;
      } catch (IOException | UnsupportedOperationException noLinks) {
        if (Files.exists(e.target(), LinkOption.NOFOLLOW_LINKS)) {
          throw new FileAlreadyExistsException(e.target().toString());
        }
        Files.move(e.fresh(), e.target());
      }
    }

    private static void keepMode(Path from, Path to) throws IOException {
      PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
      if (source != null) {
        Files.setPosixFilePermissions(to, source.readAttributes().permissions());
      }
    }

    private static void refuseWhenStopping() throws IOException {
      if (stopping) {
        throw new IOException("dvht đang dừng");
      }
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
}
