package vn.dvht.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files dropped on {@code dvht.cmd} in Windows Explorer, read from the command line Windows ran:
 * {@code C:\Windows\system32\cmd.exe /c ""C:\dvht\dvht.cmd" C:\don vi\a&b.xlsx "C:\c d\e.xlsx""}.
 * Explorer quotes a path only when it holds a space, so cmd.exe cuts {@code %1} short at a {@code &} and
 * drops a {@code ^}; the line itself (cmd's {@code %CMDCMDLINE%}) keeps every character. A Windows path holds
 * no quote, so quotes only group: no escapes to undo.
 */
final class ExplorerLine {
  private ExplorerLine() {}

  /**
   * The paths after the script's own in {@code line}, in order; empty when the line is not cmd.exe's
   * {@code /c} form. {@code files("cmd.exe /c \"\"C:\\x\\dvht.cmd\" C:\\a&b.xlsx\"")} is {@code [C:\a&b.xlsx]}.
   */
  static List<String> files(String line) {
    int command = line.toLowerCase(Locale.ROOT).indexOf("/c ");
    if (command < 0) {
      return List.of();
    }
    String verb = line.substring(command + 3).strip();
    // cmd.exe /c removes the first and the last quote of a line that holds more than two (its rule 2).
    if (verb.length() >= 2 && verb.startsWith("\"") && verb.endsWith("\"")) {
      verb = verb.substring(1, verb.length() - 1);
    }
    List<String> words = words(verb);
    return words.isEmpty() ? List.of() : List.copyOf(words.subList(1, words.size()));
  }

  /** Words split at spaces and tabs outside quotes, the quotes removed. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        started = true;
      } else if ((c == ' ' || c == '\t') && !quoted) {
        if (started) {
          words.add(word.toString());
          word.setLength(0);
          started = false;
        }
      } else {
        word.append(c);
        started = true;
      }
    }
    if (started) {
      words.add(word.toString());
    }
    return words;
  }
}
