package vn.dvht.ruleset;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.OfficeForms;
import vn.dvht.model.ReportLayout;

/**
 * Reads {@code report: {template: mau-so-4.docx, letter: mau-so-5.docx, language: vi, office: {answer: …,
 * appraisal: …, submission: …, decision: …}}}: a DOCX template a province issues, and optionally its request
 * letter (appended to the filled report as a section), the office's documents in the province's own forms,
 * each resolved from the folder of the ruleset file that names it, and the language its forms are written in
 * (Vietnamese unless it says {@code en}). Each is read with the limits {@code extends} has (a regular file, at
 * most {@link #MAX_BYTES}) and checked at once as the filler will read it ({@link FormCheck}: what it may not
 * hold, the bounds of filling, its fields), so {@code ruleset check} finds what {@code evaluate} and {@code
 * tham-dinh} would. Every problem is reported at the value naming the form; nothing of the file is shown but
 * field names and where they stand.
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
    byte[] read(String from, String name, long limit, FormKind kind) throws Unreadable;
  }

  /** Why a named file cannot be read, ready to show. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    Unreadable(Message reason) {
      super(reason.vietnamese(), null, false, false);
      this.reason = reason;
    }

    /** Why, as a message worded where it is shown. */
    Message reason() {
      return reason;
    }
  }

  private final Diagnostics diagnostics;
  private final Files files;
  /** The rows a form's tables may repeat for this ruleset, by kind: its criteria, indicators, levels. */
  private final Map<String, Integer> items;

  ReportReader(Diagnostics diagnostics, Files files, Map<String, Integer> items) {
    this.diagnostics = diagnostics;
    this.files = files;
    this.items = Map.copyOf(items);
  }

  ReportLayout read(MapReader doc) {
    Optional<MapReader> found = doc.map("report", false);
    if (found.isEmpty()) {
      return ReportLayout.BUILT_IN;
    }
    MapReader report = found.get();
    String language = language(report);
    OfficeForms officeForms = office(report);
    boolean unitForms = report.has("template") || report.has("letter") || !report.has("office");
    report.allow("template");
    String name = unitForms ? report.text("template").strip() : "";
    SourcePosition.InText at = report.positionOf("template");
    String letterName = report.text("letter", "").strip();
    Optional<ReportLayout.Form> letter = letterName.isEmpty() ? Optional.of(ReportLayout.Form.NONE)
        : form(FormKind.LETTER, letterName, report.positionOf("letter"));
    report.finish();
    if (name.isEmpty()) {
      return officeForms.isEmpty() ? ReportLayout.BUILT_IN : new ReportLayout.BuiltIn(officeForms, language);
    }
    // An unusable form has been reported: the ruleset is refused, whatever layout stands here.
    return form(FormKind.TEMPLATE, name, at)
        .flatMap(f -> letter.<ReportLayout>map(l -> new ReportLayout.Template(f, language, l, officeForms)))
        .orElse(ReportLayout.BUILT_IN);
  }

  /** The language the forms are written in: Vietnamese unless {@code en}; anything else is an error. */
  private String language(MapReader report) {
    String language = report.text("language", ReportLayout.Template.VIETNAMESE).strip();
    if (language.equals(ReportLayout.Template.VIETNAMESE) || language.equals(ReportLayout.Template.ENGLISH)) {
      return language;
    }
    diagnostics.error("R025", report.positionOf("language"), Message.of("ruleset.templateLanguage", language));
    return ReportLayout.Template.VIETNAMESE;
  }

  /** The office's forms under {@code office:}, each by its document's key (an unusable one has been reported). */
  private OfficeForms office(MapReader report) {
    Optional<MapReader> office = report.map("office", false);
    if (office.isEmpty()) {
      return OfficeForms.NONE;
    }
    Map<OfficeDocument, ReportLayout.Form> forms = new EnumMap<>(OfficeDocument.class);
    for (OfficeDocument document : OfficeDocument.values()) {
      String name = office.get().text(document.key(), "").strip();
      if (!name.isEmpty()) {
        form(FormKind.of(document), name, office.get().positionOf(document.key())).ifPresent(f -> forms.put(document, f));
      }
    }
    office.get().finish();
    return new OfficeForms(forms);
  }

  private Optional<ReportLayout.Form> form(FormKind kind, String name, SourcePosition.InText at) {
    if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      diagnostics.error("R025", at, kind.message("Kind"));
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = files.read(at.file(), name, MAX_BYTES, kind);
    } catch (Unreadable e) {
      diagnostics.error("R025", at, e.reason());
      return Optional.empty();
    }
    FormCheck.Checked checked;
    try {
      checked = FormCheck.check(bytes, kind, items);
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
