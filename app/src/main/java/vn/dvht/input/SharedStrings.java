package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared-string table of an .xlsx, kept compact: every string as UTF-8, behind a one- to three-byte
 * length, in pages of {@value #PAGE} bytes (so the table grows without ever being copied whole), found
 * by a four-byte position; short repeated words ("Có", "Lao động tiên tiến") kept once as shared
 * {@code String}s. Rich-text runs are joined, phonetic runs left out; a text longer than a cell holds
 * is kept to one character past it (the reader cuts it, warning I217). What it keeps is bounded
 * ({@link #BUDGET}, lifted by {@code --allow-large}): a workbook holding more distinct text is refused
 * before it fills the heap.
 */
final class SharedStrings {
  private static final int SHORT = 24;
  /** Well under half of G1's smallest region (1 MB), so a page is never a "humongous" object costing two. */
  private static final int PAGE = 1 << 17;
  /**
   * The bytes kept, at most (text and positions), unless {@code --allow-large}: 96 MB, so that a million
   * members with it all, both duplicate indexes full and the dossier written, stay within 256 MB of heap.
   */
  static final long BUDGET = 96L << 20;
  /** With {@code --allow-large}: positions are four bytes. */
  private static final long MOST = Integer.MAX_VALUE;

  private final List<byte[]> pages = new ArrayList<>();
  private final List<String> common = new ArrayList<>();
  private final long budget;
  private byte[] page;
  private int used = PAGE;
  /** By index: where its UTF-8 starts ({@code page * PAGE + offset}), or {@code -1 - n} for common string n. */
  private int[] positions = new int[1 << 10];
  private int size;

  private SharedStrings(long budget) {
    this.budget = budget;
  }

  static SharedStrings empty() {
    return new SharedStrings(BUDGET);
  }

  /** Thrown when the table would keep more than its budget. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long budget;

    TooLargeException(long budget) {
      super(null, null, false, false);
      this.budget = budget;
    }
  }

  String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("shared string " + index + " of " + size);
    }
    int at = positions[index];
    if (at < 0) {
      return common.get(-1 - at);
    }
    byte[] bytes = pages.get(at / PAGE);
    int offset = at % PAGE;
    int length = 0;
    int shift = 0;
    int b;
    do {
      b = bytes[offset++];
      length |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  int size() {
    return size;
  }

  /** The bytes kept: the pages and the positions. */
  long kept() {
    return (long) pages.size() * PAGE + 4L * positions.length;
  }

  private void add(String whole, Map<String, Integer> distinct) {
    if (size + 1 > positions.length) {
      if (kept() + 4L * positions.length > budget) {
        throw new TooLargeException(budget);
      }
      positions = Arrays.copyOf(positions, positions.length * 2);
    }
    // Longer than a cell can be: what is kept still tells the reader it was (I217), and fits a page.
    String text = whole.length() > RawRow.MAX_CELL + 1 ? whole.substring(0, RawRow.MAX_CELL + 1) : whole;
    if (text.length() <= SHORT && distinct.size() < 10_000) {
      positions[size++] = -1 - distinct.computeIfAbsent(text, k -> {
        common.add(k);
        return common.size() - 1;
      });
      return;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (used + 3 + utf8.length > PAGE) {
      if (kept() + PAGE > budget) {
        throw new TooLargeException(budget);
      }
      page = new byte[PAGE];
      pages.add(page);
      used = 0;
    }
    positions[size++] = (pages.size() - 1) * PAGE + used;
    for (int length = utf8.length; ; length >>>= 7) {
      page[used++] = (byte) (length > 0x7F ? (length & 0x7F) | 0x80 : length);
      if (length <= 0x7F) {
        break;
      }
    }
    System.arraycopy(utf8, 0, page, used, utf8.length);
    used += utf8.length;
  }

  /** Reads a shared-string part with the byte scanner, keeping at most {@link #BUDGET} bytes unless {@code large}. */
  static SharedStrings read(InputStream in, boolean large) throws IOException {
    SharedStrings strings = new SharedStrings(large ? MOST : BUDGET);
    Map<String, Integer> distinct = new HashMap<>();
    try (in) {
      new SheetScanner(in, strings, new boolean[0], false).sharedStrings(text -> strings.add(text, distinct));
    }
    return strings;
  }
}
