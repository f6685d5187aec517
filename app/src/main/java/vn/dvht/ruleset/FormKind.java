package vn.dvht.ruleset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Message;
import vn.dvht.docx.Syntax;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.OfficeField;
import vn.dvht.model.TemplateField;

/**
 * The Word forms a ruleset may name under {@code report:}: the unit's report and request letter, and the
 * office's four documents under {@code report.office}. Each knows the fields it may hold ({@link
 * TemplateField} or {@link OfficeField}), whether it is read as a letter (appended as a section, or filled
 * once per unit: no image, link, numbering, notes or comments), and how its messages name it.
 */
enum FormKind {
  TEMPLATE(Optional.empty()),
  LETTER(Optional.empty()),
  ANSWER(Optional.of(OfficeDocument.ANSWER)),
  APPRAISAL(Optional.of(OfficeDocument.APPRAISAL)),
  SUBMISSION(Optional.of(OfficeDocument.SUBMISSION)),
  DECISION(Optional.of(OfficeDocument.DECISION));

  private final Optional<OfficeDocument> office;

  FormKind(Optional<OfficeDocument> office) {
    this.office = office;
  }

  static FormKind of(OfficeDocument document) {
    return Arrays.stream(values()).filter(k -> k.office.filter(document::equals).isPresent()).findFirst().orElseThrow();
  }

  Optional<OfficeDocument> office() {
    return office;
  }

  /** Whether it is read as a letter: appended to the report as a section, or filled once per unit. */
  boolean letter() {
    return this == LETTER || this == ANSWER;
  }

  /** A message about this form: the unit's forms have their own, the office's name the document. */
  Message message(String what, Object... args) {
    if (office.isEmpty()) {
      return Message.of("ruleset." + (this == TEMPLATE ? "template" : "letter") + what, args);
    }
    Object[] named = new Object[args.length + 1];
    named[0] = Message.of("ruleset.officeForm." + office.get().key());
    System.arraycopy(args, 0, named, 1, args.length);
    return Message.of("ruleset.office" + what, named);
  }

  /** Every field name it may hold, as a form writes it. */
  List<String> names() {
    return office.isEmpty() ? Arrays.stream(TemplateField.values()).map(TemplateField::key).toList()
        : OfficeField.of(office.get()).stream().map(OfficeField::key).toList();
  }

  /**
   * How a check reads its fields: which make their table row repeat, and for what. Row groups and conditions
   * matter only when a form is filled, from the values' own syntax.
   */
  Syntax syntax() {
    Map<String, String> kinds = new HashMap<>();
    if (office.isEmpty()) {
      Arrays.stream(TemplateField.values()).filter(f -> f.scope().repeats())
          .forEach(f -> kinds.put(f.key(), f.scope().name()));
    } else {
      OfficeField.of(office.get()).stream().filter(f -> f.scope().repeats())
          .forEach(f -> kinds.put(f.key(), f.scope().name()));
    }
    return new Syntax(TemplateField.PLACEHOLDER, kinds, Map.of(), Set.of());
  }

  /**
   * Whether a field may stand in a page header or footer: a letter filled once per unit shares its
   * headers and footers between the letters, so they hold only the office's own fields.
   */
  boolean inHeader(String field) {
    return this != ANSWER || OfficeField.of(field).filter(OfficeField::common).isPresent();
  }

  /** The other forms a field name belongs to, for a message naming where it would be known. */
  Optional<Message> elsewhere(String field) {
    if (office.isEmpty()) {
      return OfficeField.of(field).map(f -> Message.of("ruleset.officeForm.any"));
    }
    Optional<OfficeField> known = OfficeField.of(field);
    if (known.isPresent()) {
      return Arrays.stream(OfficeDocument.values()).filter(known.get()::in).findFirst()
          .map(d -> Message.of("ruleset.officeForm." + d.key()));
    }
    return TemplateField.of(field).map(f -> Message.of("ruleset.officeForm.unit"));
  }
}
