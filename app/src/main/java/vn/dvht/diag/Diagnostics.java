package vn.dvht.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics so that every problem is reported at once. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();
  private int errorCount;

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
    if (diagnostic.isError()) {
      errorCount++;
    }
  }

  public void error(String code, SourcePosition position, Message message) {
    add(Diagnostic.error(code, position, message));
  }

  public void warning(String code, SourcePosition position, Message message) {
    add(Diagnostic.warning(code, position, message));
  }

  /** An error whose text is already worded. */
  public void error(String code, SourcePosition position, String message) {
    add(Diagnostic.error(code, position, message));
  }

  /** A warning whose text is already worded. */
  public void warning(String code, SourcePosition position, String message) {
    add(Diagnostic.warning(code, position, message));
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  public int errorCount() {
    return errorCount;
  }

  public List<Diagnostic> all() {
    return List.copyOf(items);
  }

  public List<Diagnostic> errors() {
    return items.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return items.stream().filter(d -> !d.isError()).toList();
  }
}
