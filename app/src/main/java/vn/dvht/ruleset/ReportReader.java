package vn.dvht.ruleset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.ReportLayout;

/**
 * Reads {@code report: {template: mau-so-4.docx, language: vi}}: a DOCX template a province issues,
 * resolved from the folder of the ruleset file that names it, and the language its form is written in
 * (Vietnamese unless it says {@code en}). It is read with the limits {@code extends} has (a
 * regular file, at most {@link #MAX_BYTES}, a zip inflated through a count) and its placeholders are
 * checked at once, so {@code ruleset check} finds what {@code evaluate} would. Every problem is
 * reported at the {@code template} value; nothing of the file is shown.
 */
final class ReportReader {
  /** A template with the national emblem or a scanned seal is a few hundred KB; ten MB leaves room. */
  static final long MAX_BYTES = 10L * 1024 * 1024;
  /** At most this many placeholder problems are listed: the rest are the same mistake again. */
  static final int MAX_PROBLEMS = 20;

  /** Reads the files a ruleset names: only the loader opens files. */
  interface Files {
    /**
     * The bytes of {@code name}, relative to the folder of the ruleset file {@code from}, at most
     * {@code limit} long.
     *
     * @throws Unreadable with the message to show after the template's name
     */
    byte[] read(String from, String name, long limit) throws Unreadable;
  }

  /** Why a named file cannot be read, ready to show. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private final Diagnostics diagnostics;
  private final Files files;

  ReportReader(Diagnostics diagnostics, Files files) {
    this.diagnostics = diagnostics;
    this.files = files;
  }

  ReportLayout read(MapReader doc) {
    Optional<MapReader> report = doc.map("report", false);
    if (report.isEmpty()) {
      return ReportLayout.BUILT_IN;
    }
    String name = report.get().text("template").strip();
    SourcePosition.InText at = report.get().positionOf("template");
    String language = report.get().text("language", ReportLayout.Template.VIETNAMESE).strip();
    if (!language.equals(ReportLayout.Template.VIETNAMESE) && !language.equals(ReportLayout.Template.ENGLISH)) {
      diagnostics.error("R025", report.get().positionOf("language"), Messages.get("ruleset.templateLanguage", language));
      language = ReportLayout.Template.VIETNAMESE;
    }
    report.get().finish();
    if (name.isEmpty()) {
      return ReportLayout.BUILT_IN;
    }
    return template(name, at, language).map(ReportLayout.class::cast).orElse(ReportLayout.BUILT_IN);
  }

  private Optional<ReportLayout.Template> template(String name, SourcePosition.InText at, String language) {
    if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      diagnostics.error("R025", at, Messages.get("ruleset.templateKind"));
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = files.read(at.file(), name, MAX_BYTES);
    } catch (Unreadable e) {
      diagnostics.error("R025", at, e.getMessage());
      return Optional.empty();
    }
    List<DocxPlaceholders.Problem> problems;
    try {
      problems = DocxPlaceholders.check(bytes);
    } catch (DocxPlaceholders.NotDocx e) {
      diagnostics.error("R025", at, Messages.get("ruleset.templateNotDocx", name, e.getMessage()));
      return Optional.empty();
    }
    for (DocxPlaceholders.Problem problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
      diagnostics.error("R026", at, Messages.get("ruleset.templateField", name, problem.message()));
    }
    if (problems.size() > MAX_PROBLEMS) {
      diagnostics.error("R026", at, Messages.get("ruleset.templateMoreFields", name, problems.size() - MAX_PROBLEMS));
    }
    return problems.isEmpty() ? Optional.of(new ReportLayout.Template(name, bytes, language)) : Optional.empty();
  }
}
