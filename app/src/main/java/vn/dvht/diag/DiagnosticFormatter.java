package vn.dvht.diag;

import java.util.List;
import java.util.function.Function;

/**
 * Prints diagnostics for people: {@code file:line:col: lỗi[CODE]: message} followed by the
 * source line and a caret for text positions; file, sheet, cell and header for sheet positions.
 * Control and invisible characters from the files are shown by their code ({@link Visible}). Messages
 * are worded here, at the edge, in the language given.
 */
public final class DiagnosticFormatter {
  private final Wording wording;
  private final Function<String, List<String>> sourceLines;

  /**
   * @param wording the language the diagnostics are worded in
   * @param sourceLines the lines of a text file by name, or an empty list when unknown
   */
  public DiagnosticFormatter(Wording wording, Function<String, List<String>> sourceLines) {
    this.wording = wording;
    this.sourceLines = sourceLines;
  }

  public static DiagnosticFormatter withoutSources(Wording wording) {
    return new DiagnosticFormatter(wording, file -> List.of());
  }

  public String format(Diagnostic d) {
    String head = Visible.of(where(d.position(), wording)) + ": " + wording.text(d.severity().label())
        + "[" + d.code() + "]: " + Visible.of(wording.text(d.message()));
    if (d.position() instanceof SourcePosition.InText t && t.line() > 0) {
      List<String> lines = sourceLines.apply(t.file());
      if (t.line() <= lines.size()) {
        String line = lines.get(t.line() - 1);
        String before = Visible.of(line.substring(0, Math.min(line.length(), Math.max(0, t.column() - 1))));
        return head + "\n  " + Visible.of(line) + "\n  " + caretPad(before, before.length() + 1) + "^";
      }
    }
    return head;
  }

  public String formatAll(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(format(d)).append('\n');
    }
    return out.toString();
  }

  /** The position alone, as shown before a message, in {@code wording}'s language. */
  public static String where(SourcePosition position, Wording wording) {
    if (position instanceof SourcePosition.InText t) {
      return t.file() + ":" + t.line() + ":" + t.column();
    }
    if (position instanceof SourcePosition.InSheet s) {
      return sheetPlace(s, wording);
    }
    return position.file();
  }

  private static String sheetPlace(SourcePosition.InSheet s, Wording wording) {
    StringBuilder place = new StringBuilder(s.file());
    place.append(", ").append(wording.get("position.sheet", s.sheet()));
    if (s.row() > 0 && s.column() >= 0) {
      place.append(", ").append(wording.get("position.cell", SourcePosition.columnLetters(s.column()) + s.row()));
    } else if (s.row() > 0) {
      place.append(", ").append(wording.get("position.row", s.row()));
    } else if (s.column() >= 0) {
      place.append(", ").append(wording.get("position.column", SourcePosition.columnLetters(s.column())));
    }
    if (!s.header().isEmpty()) {
      place.append(" ").append(wording.get("position.header", s.header()));
    }
    return place.toString();
  }

  /** Spaces up to the caret, keeping tabs so the caret lines up under the reported column. */
  private static String caretPad(String line, int column) {
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < column - 1 && i < line.length(); i++) {
      pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return pad.toString();
  }
}
