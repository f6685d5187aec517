package vn.dvht.ruleset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.ReportLayout;

/**
 * Reads {@code report: {template: mau-so-4.docx, letter: mau-so-5.docx, language: vi}}: a DOCX template
 * a province issues, and optionally its request letter (appended to the filled report as a section),
 * resolved from the folder of the ruleset file that names it, and the language its form is written in
 * (Vietnamese unless it says {@code en}). It is read with the limits {@code extends} has (a
 * regular file, at most {@link #MAX_BYTES}) and checked at once as the filler will read it
 * ({@link FormCheck}: what it may not hold, the bounds of filling, its fields), so {@code ruleset
 * check} finds what {@code evaluate} would. Every problem is reported at the {@code template} (or
 * {@code letter}) value; nothing of the file is shown but field names and where they stand.
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
     * @param kind which form it is, for the message
     * @throws Unreadable with the message to show after the template's name
     */
    byte[] read(String from, String name, long limit, Kind kind) throws Unreadable;
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
  /** The rows a form's tables may repeat for this ruleset, by kind: its criteria, indicators, levels. */
  private final java.util.Map<String, Integer> items;

  ReportReader(Diagnostics diagnostics, Files files, java.util.Map<String, Integer> items) {
    this.diagnostics = diagnostics;
    this.files = files;
    this.items = java.util.Map.copyOf(items);
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
      diagnostics.error("R025", report.get().positionOf("language"), Message.of("ruleset.templateLanguage", language));
      language = ReportLayout.Template.VIETNAMESE;
    }
    String letterName = report.get().text("letter", "").strip();
    Optional<ReportLayout.Form> letter = letterName.isEmpty() ? Optional.of(ReportLayout.Form.NONE)
        : form(Kind.LETTER, letterName, report.get().positionOf("letter"));
    report.get().finish();
    if (name.isEmpty()) {
      return ReportLayout.BUILT_IN;
    }
    Optional<ReportLayout.Form> form = form(Kind.TEMPLATE, name, at);
    if (form.isEmpty() || letter.isEmpty()) {
      return ReportLayout.BUILT_IN;
    }
    return new ReportLayout.Template(form.get(), language, letter.get());
  }

  /** The two forms a ruleset may name, and the prefix of their messages' keys. */
  enum Kind {
    TEMPLATE("template"), LETTER("letter");

    final String messages;

    Kind(String messages) {
      this.messages = messages;
    }

    String message(String what, Object... args) {
      return Messages.get("ruleset." + messages + what, args);
    }
  }

  private Optional<ReportLayout.Form> form(Kind kind, String name, SourcePosition.InText at) {
    if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      diagnostics.error("R025", at, kind.message("Kind"));
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = files.read(at.file(), name, MAX_BYTES, kind);
    } catch (Unreadable e) {
      diagnostics.error("R025", at, e.getMessage());
      return Optional.empty();
    }
    FormCheck.Checked checked;
    try {
      checked = FormCheck.check(bytes, kind == Kind.LETTER, items);
    } catch (vn.dvht.docx.FormException e) {
      diagnostics.error(FormCheck.code(e), at, kind.message("NotDocx", name, FormCheck.unusable(e)));
      return Optional.empty();
    }
    List<FormCheck.Problem> problems = checked.problems();
    for (FormCheck.Problem problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
      diagnostics.error(problem.code(), at, kind.message("Field", name, problem.message()));
    }
    if (problems.size() > MAX_PROBLEMS) {
      diagnostics.error(problems.get(MAX_PROBLEMS).code(), at, kind.message("MoreFields", name,
          problems.size() - MAX_PROBLEMS));
    }
    return problems.isEmpty() ? Optional.of(new ReportLayout.Form(name, bytes, checked.used())) : Optional.empty();
  }
}
