package vn.dvht.input;

import java.text.Normalizer;
import java.util.Locale;
import vn.dvht.diag.Visible;

/**
 * The canonical form used to compare headers and values a clerk typed: Unicode NFC, lower case,
 * any run of spaces (including non-breaking ones) as one space, and old/new tone placement
 * unified ({@code "Hoà" ≡ "Hòa"}, {@code "Thuỷ" ≡ "Thủy"}); invisible characters (zero-width space,
 * BOM, NUL and other controls) left out. {@code "đ"} stays distinct from {@code "d"}.
 */
public final class TextKey {
  /**
   * Keys already made: the same ruleset words (headers, unit types, indicator texts) and cell values
   * (Có, Không, LĐTT) are keyed again for every unit of a batch. Bounded: emptied when full.
   */
  private static final int MEMO_ENTRIES = 8192;
  private static final int MEMO_CHARS = 1000;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private TextKey() {}

  public static String of(String text) {
    return remembered(KEYS, text, TextKey::key);
  }

  /** The key of a text met once (a member's id or name): not remembered, since it will not come again. */
  public static String ofUnique(String text) {
    return key(text);
  }

  private static String remembered(java.util.concurrent.ConcurrentHashMap<String, String> memo, String text,
      java.util.function.UnaryOperator<String> make) {
    if (text.length() > MEMO_CHARS) {
      return make.apply(text);
    }
    String known = memo.get(text);
    if (known != null) {
      return known;
    }
    if (memo.size() >= MEMO_ENTRIES) {
      memo.clear();
    }
    String key = make.apply(text);
    memo.put(text, key);
    return key;
  }

  private static String key(String text) {
    if (isPlainAscii(text)) {
      return asciiKey(text);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(decomposed.length());
    StringBuilder tones = new StringBuilder(1);
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Visible.isHidden(c) && !Character.isWhitespace(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        flushTones(out, tones);
        continue;
      }
      if (isToneMark(c)) {
        tones.append(c);
        continue;
      }
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        flushTones(out, tones);
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    flushTones(out, tones);
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * The key with every accent removed and "đ" read as "d": "Kỷ luật lao động" → "ky luat lao dong".
   * Used only as a last resort, where it is unambiguous.
   */
  public static String folded(String text) {
    return remembered(FOLDED, text, TextKey::fold);
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(of(text), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c == 'đ' ? 'd' : c);
      }
    }
    return out.toString();
  }

  /** Letters, digits and punctuation of ASCII only: nothing to decompose, only case and spaces to fold. */
  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
        return false;
      }
    }
    return true;
  }

  private static String asciiKey(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return out.toString();
  }

  /** Whether two texts are the same for a clerk. */
  public static boolean same(String a, String b) {
    return of(a).equals(of(b));
  }

  /** A tone mark moves to the end of its syllable, so both placements yield the same key. */
  private static void flushTones(StringBuilder out, StringBuilder tones) {
    if (tones.length() > 0) {
      out.append(tones);
      tones.setLength(0);
    }
  }

  private static boolean isToneMark(char c) {
    // grave, acute, tilde, hook above, dot below: the five Vietnamese tones
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }
}
