package vn.dvht.report;

import vn.dvht.diag.Visible;

/** HTML text escaping for the HTML report and its inline SVG. */
final class Html {
  private Html() {}

  /** Text as HTML character data or attribute value; control and invisible characters shown by code. */
  static String escape(String raw) {
    String text = Visible.lines(raw);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
