package vn.dvht.office;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.diag.Wording;
import vn.dvht.input.TextKey;

/**
 * Reads back what dvht wrote in words, in either language: a message of the catalogue as a pattern
 * whose placeholders are groups ("Đơn vị: {0} — {1}, …" finds the unit's name, its authority …), or a
 * fixed text such as a status or a sheet name compared as a {@link TextKey}.
 */
final class Readback {
  private Readback() {}

  /** The message {@code key} in every language. */
  static List<String> all(String key) {
    return Wording.every().stream().map(w -> w.get(key)).distinct().toList();
  }

  /** Whether {@code text} is the message {@code key} in one of the languages. */
  static boolean is(String text, String key) {
    return all(key).stream().anyMatch(m -> TextKey.same(m, text));
  }

  /** The placeholders' texts where {@code text} holds the message {@code key} (anywhere in it). */
  static Optional<List<String>> find(String text, String key) {
    for (String template : all(key)) {
      Matcher m = pattern(template).matcher(text);
      if (m.find()) {
        List<String> groups = new java.util.ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
          groups.add(m.group(g).strip());
        }
        return Optional.of(groups);
      }
    }
    return Optional.empty();
  }

  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher holes = Pattern.compile("\\{\\d+}").matcher(template);
    int at = 0;
    while (holes.find()) {
      regex.append(Pattern.quote(template.substring(at, holes.start()))).append("(.+?)");
      at = holes.end();
    }
    String tail = template.substring(at);
    // A hole at the very end takes the rest of the text.
    if (tail.isEmpty() && regex.length() > 0) {
      regex.setLength(regex.length() - "(.+?)".length());
      regex.append("(.+)");
    }
    return Pattern.compile(regex + Pattern.quote(tail));
  }
}
