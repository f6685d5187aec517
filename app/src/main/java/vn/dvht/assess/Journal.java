package vn.dvht.assess;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Message;

/**
 * The journal of a set of outputs: a small UTF-8 file that dvht alone writes and reads, the line
 * {@value #HEADER}, then one line per file of the set — its output name, its temporary name and, when
 * an old file is being replaced, the name that file is kept under ({@code a-ket-qua.xlsx⇥.dvht-….tmp⇥.dvht-….bak}).
 * A {@code .writing} journal names a set's temporary files while they are written; a {@code .commit}
 * journal, the moves of a set going into place ({@link OutputFiles}).
 *
 * <p>A journal is read only if it is a regular file (not a link, a folder, a FIFO), owned by the user
 * running dvht, at most {@value #MAX_BYTES} bytes, and every name in it is plain and of dvht's own
 * pattern ({@link OwnNames}); anything else is {@link Refused} and nothing in it is acted on. An empty one
 * is a journal whose run was killed between making it and its single write: nothing followed it. It is read
 * through positional reads, which fail on a FIFO swapped in at the last moment instead of waiting.
 */
final class Journal {
  static final String HEADER = "dvht-journal 1";
  /** Larger than any journal dvht writes: sixteen entries of the longest names. */
  static final int MAX_BYTES = 16 * 1024;
  static final int MAX_ENTRIES = 16;

  private Journal() {}

  /** One file of a set: its output name, its temporary name, and its old file's name while replaced ("" if none). */
  record Entry(String target, String fresh, String backup) {
    String line() {
      return target + "\t" + fresh + "\t" + backup;
    }
  }

  /** A journal that is not one dvht wrote, with what is wrong with it; never acted on. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    Refused(Message reason) {
      super(reason.vietnamese(), null, false, false);
      this.reason = reason;
    }

    /** What is wrong with it, worded where it is shown. */
    Message reason() {
      return reason;
    }
  }

  /** Writes a new journal (never over an existing file, never through a link), through the handle it creates. */
  static void write(Path journal, List<Entry> entries) throws IOException {
    if (entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("a set of at most " + MAX_ENTRIES + " files");
    }
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    entries.forEach(e -> text.append(e.line()).append('\n'));
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
    FileChannel out = FileChannel.open(journal, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
    try (out) {
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // nothing acted on it yet: a journal cut short (a full disk) is only in the way
      Files.deleteIfExists(journal);
      throw e;
    }
  }

  /**
   * The entries of a journal in {@code folder}, checked; {@code owner} tells a journal of this run's user
   * from another's. A {@code .writing} journal has no backups.
   */
  static List<Entry> read(Path journal, JournalOwner owner) throws Refused, IOException {
    FileKind kind = FileKind.of(journal);
    if (kind != FileKind.REGULAR) {
      throw new Refused(kind.described());
    }
    long size = Files.readAttributes(journal, java.nio.file.attribute.BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS).size();
    if (size > MAX_BYTES) {
      throw new Refused(Message.of("out.journal.tooLarge", MAX_BYTES));
    }
    Optional<String> stranger = owner.stranger(journal);
    if (stranger.isPresent()) {
      throw new Refused(Message.of("out.journal.owner", stranger.get()));
    }
    if (size == 0) {
      // made, then the run was killed before its one write: nothing was done after it
      return List.of();
    }
    return entries(text(journal), journal.toAbsolutePath().getParent(),
        OwnNames.of(journal).endsWith(OwnNames.WRITING));
  }

  /** The journal's text: at most {@link #MAX_BYTES} + 1 bytes read, strict UTF-8. */
  private static String text(Path journal) throws Refused, IOException {
    ByteBuffer bytes = ByteBuffer.allocate(MAX_BYTES + 1);
    // Read and write, so that a FIFO put there since it was looked at opens at once; positional reads then fail on it.
    try (FileChannel in = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS)) {
      for (long at = 0; bytes.hasRemaining(); ) {
        int n = in.read(bytes, at);
        if (n < 0) {
          break;
        }
        at += n;
      }
    }
    if (bytes.position() > MAX_BYTES) {
      throw new Refused(Message.of("out.journal.tooLarge", MAX_BYTES));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
    } catch (CharacterCodingException e) {
      throw new Refused(Message.of("out.journal.header", HEADER));
    }
  }

  private static List<Entry> entries(String text, Path folder, boolean writing) throws Refused {
    String[] lines = text.split("\n", -1);
    if (!lines[0].equals(HEADER) || !text.endsWith("\n")) {
      throw new Refused(Message.of("out.journal.header", HEADER));
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] f = lines[i].split("\t", -1);
      boolean shaped = f.length == 3 && OwnNames.isOwn(f[1], OwnNames.TEMP)
          && (f[2].isEmpty() || !writing && OwnNames.isOwn(f[2], OwnNames.BACKUP));
      if (!shaped || entries.size() == MAX_ENTRIES) {
        throw new Refused(Message.of("out.journal.line", i + 1));
      }
      if (!OwnNames.isPlain(f[0], folder)) {
        throw new Refused(Message.of("out.journal.name", i + 1, vn.dvht.diag.Visible.of(f[0])));
      }
      for (String name : f) {
        if (!name.isEmpty() && !names.add(name)) {
          throw new Refused(Message.of("out.journal.line", i + 1));
        }
      }
      entries.add(new Entry(f[0], f[1], f[2]));
    }
    return entries;
  }
}
