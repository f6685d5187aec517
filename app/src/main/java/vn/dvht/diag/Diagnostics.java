package vn.dvht.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects diagnostics so that every problem is reported at once. Every error is kept; warnings are
 * counted by code and kept up to {@value Warnings#LISTED} of each ({@link Warnings}), so a file that
 * warns on every one of a million rows costs a bounded list and a count.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();
  private final Warnings.Counter warnings = new Warnings.Counter();
  private int errorCount;

  public void add(Diagnostic diagnostic) {
    if (diagnostic.isError()) {
      items.add(diagnostic);
      errorCount++;
    } else if (warnings.lists(diagnostic.code())) {
      items.add(diagnostic);
      warnings.add(diagnostic);
    } else {
      warnings.count(diagnostic.code(), 1);
    }
  }

  public void error(String code, SourcePosition position, Message message) {
    add(Diagnostic.error(code, position, message));
  }

  public void warning(String code, SourcePosition position, Message message) {
    add(Diagnostic.warning(code, position, message));
  }

  /**
   * A warning whose place and message are made only when it is listed: past {@value Warnings#LISTED}
   * of a code, a warning met on every row costs a count, not a message.
   */
  public void warning(String code, Supplier<? extends SourcePosition> position, Supplier<Message> message) {
    if (warnings.lists(code)) {
      warning(code, position.get(), message.get());
    } else {
      warnings.count(code, 1);
    }
  }

  /** Counts {@code more} warnings of {@code code} that are not listed one by one. */
  public void unlisted(String code, long more) {
    warnings.count(code, more);
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  public int errorCount() {
    return errorCount;
  }

  /** The errors and the warnings listed, in the order they were met. */
  public List<Diagnostic> all() {
    return List.copyOf(items);
  }

  public List<Diagnostic> errors() {
    return items.stream().filter(Diagnostic::isError).toList();
  }

  /** The warnings listed, in the order they were met. */
  public List<Diagnostic> warnings() {
    return items.stream().filter(d -> !d.isError()).toList();
  }

  /** Every warning counted by code, the first of each code listed. */
  public Warnings counted() {
    return warnings.warnings();
  }
}
