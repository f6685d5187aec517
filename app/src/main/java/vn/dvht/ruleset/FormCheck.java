package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Message;
import vn.dvht.docx.Finding;
import vn.dvht.docx.Form;
import vn.dvht.docx.FormException;
import vn.dvht.docx.FormLimits;
import vn.dvht.docx.Place;
import vn.dvht.docx.Syntax;
import vn.dvht.model.TemplateField;

/**
 * Checks a province's DOCX form before any member is read, as the filler will read it ({@link Form}):
 * what it holds that dvht refuses to carry into an official document (R040 a remote fetch, R041
 * active content, R042 an unsafe package), the bounds of filling (R043), and its fields (R026: a name
 * not among its kind's fields ({@link FormKind}), a row field outside a table row, a row mixing two
 * kinds, a {@code {{} never closed, in a letter what cannot be appended or repeated, and in a letter
 * filled once per unit a field of the unit in a page header). Nothing of the file is shown but the
 * names of its fields, field code types and where they stand.
 */
final class FormCheck {
  /** Fields renamed since a form may have been written, to the name that replaced them: no typo away. */
  private static final Map<String, String> RENAMED = Map.of("chi_tieu_yeu_cau", "chi_tieu_nguong");

  private FormCheck() {}

  /** A problem: its code and its message, without the form's name, which the caller adds. */
  record Problem(String code, Message message) {}

  /** What a check found: the problems, and the known fields the form uses, each once, in order. */
  record Checked(List<Problem> problems, List<String> used) {
    Checked {
      problems = List.copyOf(problems);
      used = List.copyOf(used);
    }
  }

  /**
   * Every problem of a form of this kind: a unit's form with its output estimated with {@code items}
   * rows of each kind ({@link TemplateField.Scope} names), an office's with each copy bounded.
   *
   * @throws FormException when the bytes are not a Word document dvht can read at all
   */
  static Checked check(byte[] docx, FormKind kind, Map<String, Integer> items) throws FormException {
    Syntax syntax = kind.syntax();
    Form form = kind.letter() ? Form.readLetter(docx, syntax) : Form.read(docx, syntax);
    List<Problem> problems = new ArrayList<>();
    for (Finding f : form.findings()) {
      problems.add(finding(f, kind));
    }
    Set<String> known = new LinkedHashSet<>(kind.names());
    Set<String> used = new LinkedHashSet<>();
    for (Form.FieldUse use : form.fields()) {
      Optional<String> row = syntax.rowKind(use.name());
      if (!known.contains(use.name())) {
        problems.add(new Problem("R026", unknown(use, kind)));
        continue;
      }
      used.add(use.name());
      if (row.isPresent() && !use.inRow()) {
        problems.add(new Problem("R026", Message.of("template.rowField", "{{" + use.name() + "}}", where(use.place()),
            Message.of("template.scope." + row.get()))));
      } else if (!kind.inHeader(use.name()) && use.place().kind() != Place.Kind.BODY) {
        problems.add(new Problem("R026", Message.of("template.sharedHeader", "{{" + use.name() + "}}",
            where(use.place()))));
      }
    }
    for (Form.RepeatedRow row : form.repeatedRows()) {
      if (row.kinds().size() > 1) {
        List<Message> kinds = row.kinds().stream().map(s -> Message.of("template.scope." + s)).toList();
        problems.add(new Problem("R026", Message.of("template.mixedRow", where(row.place()), kinds.get(0), kinds.get(1))));
      }
    }
    form.unclosed().forEach(p -> problems.add(new Problem("R026", Message.of("template.unclosed", where(p)))));
    if (kind.office().isPresent()) {
      form.copyBounds(kind.letter()).forEach(f -> problems.add(finding(f, kind)));
    } else {
      outputBound(form, items).ifPresent(problems::add);
    }
    return new Checked(problems, List.copyOf(used));
  }

  /** R043 when a unit's form filled with the ruleset's rows would pass the bound, at its largest repeated row. */
  private static Optional<Problem> outputBound(Form form, Map<String, Integer> items) {
    long estimate = form.estimate(items);
    if (estimate <= FormLimits.MAX_OUTPUT_XML) {
      return Optional.empty();
    }
    Place at = form.repeatedRows().stream().max(Comparator.comparingLong(r -> r.size()
        * items.getOrDefault(r.kinds().iterator().next(), 1))).map(Form.RepeatedRow::place)
        .orElse(new Place(Place.Kind.PACKAGE, "", 0, 0, 0));
    return Optional.of(new Problem("R043", Message.of("form.outputTooLarge", where(at), estimate / 1024 / 1024,
        FormLimits.MAX_OUTPUT_XML / 1024 / 1024)));
  }

  /** The rows a form's tables may repeat for a ruleset: its criteria, indicators and levels. */
  static Map<String, Integer> items(int criteria, int indicators, int levels) {
    return Map.of(TemplateField.Scope.CRITERION.name(), criteria, TemplateField.Scope.INDICATOR.name(), indicators,
        TemplateField.Scope.LEVEL.name(), levels);
  }

  /** The message of a form that cannot be used at all. */
  static Message unusable(FormException e) {
    if (e.reason() == FormException.Reason.REFUSED) {
      return e.findings().stream().map(f -> finding(f, FormKind.TEMPLATE).message()).reduce((a, b) -> Message.of("message.joined", a, b))
          .orElse(Message.verbatim(""));
    }
    return Message.of("template." + e.reason().key(), e.args().toArray());
  }

  /** The code of a form that cannot be used at all: R025, or the code of what it holds. */
  static String code(FormException e) {
    return e.findings().isEmpty() ? "R025" : finding(e.findings().get(0), FormKind.TEMPLATE).code();
  }

  private static Problem finding(Finding f, FormKind kind) {
    return switch (f.problem().group()) {
      case FETCH -> new Problem("R040", Message.of("form." + f.problem().key(), where(f.place()), f.detail()));
      case ACTIVE -> new Problem("R041", Message.of("form." + f.problem().key(), where(f.place()), f.detail()));
      case PACKAGE -> new Problem("R042", Message.of("form." + f.problem().key(), where(f.place()), f.detail()));
      case BOUND -> new Problem("R043", Message.of("form." + f.problem().key(), where(f.place()), f.detail()));
      case LETTER -> new Problem("R026", Message.of(kind == FormKind.ANSWER ? "template.answerUnsupported"
          : "template.letterUnsupported", where(f.place()), Message.of("template." + f.problem().key())));
    };
  }

  /** Where something stands, as the clerk finds it in Word. */
  static Message where(Place place) {
    return switch (place.kind()) {
      case HEADER -> Message.of("template.inHeader", place.fileName());
      case FOOTER -> Message.of("template.inFooter", place.fileName());
      case BODY -> place.table() > 0 ? Message.of("template.inTable", place.table(), place.row())
          : place.paragraph() > 0 ? Message.of("template.inParagraph", place.paragraph())
          : Message.of("form.inPart", place.part());
      case PART -> Message.of("form.inPart", place.part());
      case PACKAGE -> Message.of("form.inPackage");
    };
  }

  private static Message unknown(Form.FieldUse use, FormKind kind) {
    String shown = "{{" + use.name() + "}}";
    Optional<Message> elsewhere = kind.elsewhere(use.name());
    if (elsewhere.isPresent()) {
      return Message.of("template.otherForm", shown, where(use.place()), elsewhere.get());
    }
    List<String> keys = kind.names();
    return Optional.ofNullable(kind.office().isEmpty() ? RENAMED.get(use.name()) : null)
        .or(() -> Spelling.closest(use.name(), keys))
        .map(guess -> Message.of("template.unknownGuess", shown, where(use.place()), "{{" + guess + "}}"))
        .orElseGet(() -> Message.of("template.unknown", shown, where(use.place())));
  }
}
