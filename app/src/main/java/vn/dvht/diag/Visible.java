package vn.dvht.diag;

/**
 * Text read from a file made safe to print: control characters (an escape sequence could recolour
 * or clear a terminal), bidirectional overrides (which reorder what a reader sees) and invisible
 * characters (zero-width space, BOM, NUL, …) are shown by their code, {@code "Có\u200B"} as
 * {@code "Có[U+200B]"}. Letters, marks and ordinary spaces pass unchanged.
 */
public final class Visible {
  private Visible() {}

  /** One line: every such character, line breaks included, written as {@code [U+XXXX]}. */
  public static String of(String text) {
    return convert(text, false);
  }

  /** Several lines: as {@link #of}, but {@code \n} stays a line break. */
  public static String lines(String text) {
    return convert(text, true);
  }

  /** Whether {@code c} is one of the characters {@link #of} writes by its code. */
  public static boolean isHidden(int c) {
    if (c == '\t') {
      return false;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.UNASSIGNED && c >= 0xFFF0
        || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF;
  }

  private static String convert(String text, boolean keepLines) {
    if (!needsWork(text, keepLines)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (keepLines && c == '\n') {
        out.append('\n');
      } else if (keepLines && c == '\r' && i < text.length() && text.charAt(i) == '\n') {
        continue;
      } else if (isHidden(c)) {
        out.append(String.format("[U+%04X]", c));
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static boolean needsWork(String text, boolean keepLines) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && !(keepLines && c == '\n') || c >= 0x7F && isHidden(c)) {
        return true;
      }
    }
    return false;
  }
}
