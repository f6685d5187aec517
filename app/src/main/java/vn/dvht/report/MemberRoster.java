package vn.dvht.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;

/**
 * Who the members are, in reading order — row, name, id and population of each — for the member
 * grid, which lists every one of them beside their verdicts. Kept compactly in memory (some 40
 * bytes a member) up to {@value #IN_MEMORY} bytes, then spilled to a temporary file that no one
 * else sees and that is gone when the roster is closed (on POSIX systems as soon as it is made).
 * See ADR 8.
 *
 * <pre>{@code
 * try (MemberRoster roster = MemberRoster.forRuleset(ruleset)) {
 *   members.forEach(roster::add);                // as they are read
 *   MemberRoster.Cursor c = roster.cursor();
 *   while (c.next()) { c.row(); c.name(); }
 * }
 * }</pre>
 */
public final class MemberRoster implements Closeable {
  /** Bytes kept in memory before the roster moves to a file: a unit of some 200,000 members. */
  static final int IN_MEMORY = 8 << 20;

  private final Map<String, Integer> populations = new HashMap<>();
  private final int inMemory;
  private byte[] memory = new byte[4096];
  private int length;
  private FileChannel file;
  private long spilled;
  private int size;
  private boolean closed;

  MemberRoster(List<String> populations, int inMemory) {
    for (int i = 0; i < populations.size(); i++) {
      this.populations.put(populations.get(i), i);
    }
    this.inMemory = inMemory;
  }

  /** An empty roster for members of this ruleset's populations. */
  public static MemberRoster forRuleset(Ruleset ruleset) {
    return new MemberRoster(ruleset.populations().stream().map(p -> p.id()).toList(), IN_MEMORY);
  }

  /** A roster of members already in memory (a unit read whole). */
  public static MemberRoster of(Ruleset ruleset, List<Member> members) {
    MemberRoster roster = forRuleset(ruleset);
    members.forEach(roster::add);
    return roster;
  }

  /** How many members were added. */
  public int size() {
    return size;
  }

  /** Adds the next member. */
  public void add(Member member) {
    Integer population = populations.get(member.population());
    if (population == null) {
      throw new IllegalArgumentException("population " + member.population());
    }
    byte[] name = member.name().getBytes(StandardCharsets.UTF_8);
    byte[] id = member.memberId().getBytes(StandardCharsets.UTF_8);
    ensure(15 + name.length + id.length);
    length = varint(memory, length, member.source().row());
    length = varint(memory, length, population);
    length = varint(memory, length, name.length);
    System.arraycopy(name, 0, memory, length, name.length);
    length += name.length;
    length = varint(memory, length, id.length);
    System.arraycopy(id, 0, memory, length, id.length);
    length += id.length;
    size++;
  }

  private void ensure(int more) {
    if (length + more <= memory.length) {
      return;
    }
    if (length + more > inMemory && length > 0) {
      spill();
    }
    if (length + more > memory.length) {
      int grown = Math.min(Math.max(length + more, memory.length * 2), Math.max(inMemory, length + more));
      memory = Arrays.copyOf(memory, grown);
    }
  }

  private void spill() {
    try {
      if (file == null) {
        Path path = Files.createTempFile("dvht-members-", ".bin");
        file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
        try {
          Files.deleteIfExists(path); // POSIX: the open channel keeps the bytes, no name is left behind
        } catch (IOException onWindows) {
          // an open file cannot be deleted there; DELETE_ON_CLOSE removes it at close
        }
      }
      ByteBuffer bytes = ByteBuffer.wrap(memory, 0, length);
      while (bytes.hasRemaining()) {
        spilled += file.write(bytes, spilled);
      }
      length = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int varint(byte[] into, int at, int value) {
    while ((value & ~0x7F) != 0) {
      into[at++] = (byte) (value & 0x7F | 0x80);
      value >>>= 7;
    }
    into[at++] = (byte) value;
    return at;
  }

  /** Reads the members from the first, in the order they were added; several cursors may read at once. */
  public Cursor cursor() {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    return new Cursor();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    memory = new byte[0];
    if (file != null) {
      file.close();
    }
  }

  /** One member at a time: {@link #next()} moves on, the accessors read the member it moved to. */
  public final class Cursor {
    private final byte[] block = new byte[1 << 16];
    private long filePosition;
    private int memoryPosition;
    private byte[] source;
    private int at;
    private int end;
    private int read;
    private int row;
    private int population;
    private String name;
    private String memberId;

    private Cursor() {}

    public boolean next() {
      if (read == size) {
        return false;
      }
      row = varint();
      population = varint();
      name = text();
      memberId = text();
      read++;
      return true;
    }

    /** The row number as the spreadsheet shows it. */
    public int row() {
      return row;
    }

    public String name() {
      return name;
    }

    public String memberId() {
      return memberId;
    }

    /** The population's position in the ruleset's list of populations. */
    public int population() {
      return population;
    }

    private int varint() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        int b = next(1)[at++];
        value |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
    }

    private String text() {
      int n = varint();
      byte[] bytes = next(n);
      String s = new String(bytes, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }

    /** The array holding the next {@code n} bytes from {@code at}. */
    private byte[] next(int n) {
      if (source != null && at + n <= end) {
        return source;
      }
      if (filePosition < spilled) {
        return fromFile(n);
      }
      if (source != memory) {
        at = memoryPosition;
        source = memory;
        end = length;
      }
      return source;
    }

    private byte[] fromFile(int n) {
      int left = source != null ? end - at : 0;
      byte[] target = n <= block.length ? block : new byte[n];
      if (left > 0) {
        System.arraycopy(source, at, target, 0, left);
      }
      try {
        ByteBuffer buffer = ByteBuffer.wrap(target, left, target.length - left);
        while (buffer.hasRemaining() && filePosition < spilled) {
          int got = file.read(buffer, filePosition);
          if (got < 0) {
            break;
          }
          filePosition += got;
        }
        source = target;
        at = 0;
        end = buffer.position();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return source;
    }
  }
}
