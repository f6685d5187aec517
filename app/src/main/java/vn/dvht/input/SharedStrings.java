package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared-string table of an .xlsx, kept compact: every string as UTF-8 in one byte array with
 * offsets (a million unique names take tens of megabytes, not hundreds), short repeated words
 * ("Có", "Lao động tiên tiến") kept as shared {@code String}s. Rich-text runs are joined, phonetic
 * runs left out.
 */
final class SharedStrings {
  private static final int SHORT = 24;

  private byte[] bytes = new byte[1 << 16];
  private int[] offsets = new int[1 << 10];
  private String[] common = new String[1 << 10];
  private int size;
  private int used;

  static SharedStrings empty() {
    return new SharedStrings();
  }

  String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("shared string " + index + " of " + size);
    }
    if (common[index] != null) {
      return common[index];
    }
    return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
  }

  int size() {
    return size;
  }

  private void add(String text, Map<String, String> distinct) {
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
      common = Arrays.copyOf(common, common.length * 2);
    }
    if (text.length() <= SHORT && distinct.size() < 10_000) {
      common[size] = distinct.computeIfAbsent(text, k -> k);
    } else {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (used + utf8.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + utf8.length));
      }
      System.arraycopy(utf8, 0, bytes, used, utf8.length);
      used += utf8.length;
    }
    size++;
    offsets[size] = used;
  }

  /** Reads a shared-string part with the byte scanner. */
  static SharedStrings read(InputStream in) throws IOException {
    SharedStrings strings = new SharedStrings();
    Map<String, String> distinct = new HashMap<>();
    try (in) {
      new SheetScanner(in, strings, new boolean[0], false).sharedStrings(text -> strings.add(text, distinct));
    }
    return strings;
  }
}
