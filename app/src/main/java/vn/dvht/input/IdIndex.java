package vn.dvht.input;

/**
 * Which identifiers have been seen, and on which row: an open-addressing table of 64-bit hashes and
 * row numbers, so a million identifiers take about 12 MB instead of a map of strings. Two different
 * identifiers sharing a 64-bit hash would be reported as a duplicate — vanishingly unlikely, and
 * only ever a warning.
 */
final class IdIndex {
  private long[] keys = new long[1 << 10];
  private int[] rows = new int[1 << 10];
  private int size;

  /** The row the identifier was first seen on, or 0 after recording it on {@code row}. */
  int putIfAbsent(String id, int row) {
    if (size * 2 >= keys.length) {
      grow();
    }
    long hash = hash(id);
    int slot = slot(hash, keys.length);
    while (rows[slot] != 0) {
      if (keys[slot] == hash) {
        return rows[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = hash;
    rows[slot] = Math.max(row, 1);
    size++;
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldRows.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldRows[i] != 0) {
        int slot = slot(oldKeys[i], keys.length);
        while (rows[slot] != 0) {
          slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = oldKeys[i];
        rows[slot] = oldRows[i];
      }
    }
  }

  private static int slot(long hash, int capacity) {
    return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
  }

  /** FNV-1a over the characters, then mixed. */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
