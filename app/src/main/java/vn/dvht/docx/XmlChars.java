package vn.dvht.docx;

/** The one rule for the characters XML cannot hold, for every document dvht writes. */
public final class XmlChars {
  private XmlChars() {}

  /**
   * The text with every character XML cannot hold (controls but tab and line ends, lone surrogates,
   * U+FFFE/FFFF) as U+FFFD.
   */
  public static String legal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= 0xFFFE) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
