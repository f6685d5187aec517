package vn.dvht.docx;

/**
 * Something in a form that dvht refuses to carry into an official document, or a bound the form
 * goes past, and where it stands.
 *
 * @param detail what the message names besides the place: a field code's type ("INCLUDEPICTURE"), a
 *     count, a limit; never text of the form beyond a field code's type word
 */
public record Finding(Problem problem, Place place, String detail) {
  /** The groups of problems: each is one diagnostic code of the ruleset check. */
  public enum Group {
    /** Something Word would fetch from another file, machine or address when the document is opened. */
    FETCH,
    /** Content that runs code: macros, ActiveX controls, embedded OLE objects, command fields. */
    ACTIVE,
    /** A package dvht will not read: a DOCTYPE, an unsafe entry name, a relationship out of the package. */
    PACKAGE,
    /** A bound on the work of filling: nesting, fields per paragraph, sizes. */
    BOUND,
    /** What a request letter may not hold, as it is appended to the report as a section. */
    LETTER
  }

  /** What was found; {@link #key} names its message. */
  public enum Problem {
    EXTERNAL_RELATIONSHIP(Group.FETCH, "external"),
    REMOTE_ADDRESS(Group.FETCH, "remoteAddress"),
    ATTACHED_TEMPLATE(Group.FETCH, "attachedTemplate"),
    ALT_CHUNK(Group.FETCH, "altChunk"),
    SUB_DOCUMENT(Group.FETCH, "subDocument"),
    MAIL_MERGE(Group.FETCH, "mailMerge"),
    FETCHING_FIELD(Group.FETCH, "fetchingField"),
    MACRO(Group.ACTIVE, "macro"),
    ACTIVE_X(Group.ACTIVE, "activeX"),
    OLE_OBJECT(Group.ACTIVE, "oleObject"),
    FIELD_NOT_ALLOWED(Group.ACTIVE, "fieldNotAllowed"),
    COMPUTED_FIELD(Group.ACTIVE, "computedField"),
    DOCTYPE(Group.PACKAGE, "doctype"),
    UNSAFE_NAME(Group.PACKAGE, "unsafeName"),
    TARGET_OUTSIDE(Group.PACKAGE, "targetOutside"),
    MISSING_PART(Group.PACKAGE, "missingPart"),
    TOO_DEEP(Group.BOUND, "tooDeep"),
    XML_TOO_LARGE(Group.BOUND, "xmlTooLarge"),
    TEXT_TOO_LARGE(Group.BOUND, "textTooLarge"),
    FIELDS_IN_PARAGRAPH(Group.BOUND, "fieldsInParagraph"),
    FIELDS_IN_FORM(Group.BOUND, "fieldsInForm"),
    NESTED_ROWS(Group.BOUND, "nestedRows"),
    OUTPUT_TOO_LARGE(Group.BOUND, "outputTooLarge"),
    COPY_TOO_LARGE(Group.BOUND, "copyTooLarge"),
    LETTER_OBJECT(Group.LETTER, "letterObject"),
    LETTER_NUMBERING(Group.LETTER, "letterNumbering"),
    LETTER_NOTES(Group.LETTER, "letterNotes"),
    LETTER_COMMENTS(Group.LETTER, "letterComments");

    private final Group group;
    private final String key;

    Problem(Group group, String key) {
      this.group = group;
      this.key = key;
    }

    public Group group() {
      return group;
    }

    /** The last part of its message's key. */
    public String key() {
      return key;
    }
  }
}
