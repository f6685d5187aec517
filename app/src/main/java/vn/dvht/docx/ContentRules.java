package vn.dvht.docx;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What dvht refuses in a form, decided in one place for every reader of it (the StAX scan of the
 * package's parts and the walk of its Word text): elements that make Word fetch or run something,
 * attribute values naming another machine or a web address, relationships, part names and content
 * types of macros and controls.
 */
final class ContentRules {
  private static final String OFFICE = "urn:schemas-microsoft-com:office:office";
  private static final String ACTIVE_X = "http://schemas.microsoft.com/office/2006/activeX";
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  private ContentRules() {}

  /** An element dvht refuses wherever it stands. */
  static Optional<Finding.Problem> element(String namespace, String localName) {
    if (Xml.W.equals(namespace)) {
      return switch (localName) {
        case "attachedTemplate" -> Optional.of(Finding.Problem.ATTACHED_TEMPLATE);
        case "mailMerge" -> Optional.of(Finding.Problem.MAIL_MERGE);
        case "altChunk" -> Optional.of(Finding.Problem.ALT_CHUNK);
        case "subDoc" -> Optional.of(Finding.Problem.SUB_DOCUMENT);
        case "control" -> Optional.of(Finding.Problem.ACTIVE_X);
        case "object" -> Optional.of(Finding.Problem.OLE_OBJECT);
        default -> Optional.empty();
      };
    }
    if (OFFICE.equals(namespace) && localName.equals("OLEObject")) {
      return Optional.of(Finding.Problem.OLE_OBJECT);
    }
    if (ACTIVE_X.equals(namespace)) {
      return Optional.of(Finding.Problem.ACTIVE_X);
    }
    return Optional.empty();
  }

  /**
   * Whether an attribute names another machine or an address Word would fetch from: a UNC path
   * ({@code \\host\share}, which makes Windows send the reader's credentials), {@code //host},
   * {@code file:}, or any scheme in a {@code src} or {@code href}.
   */
  static boolean remote(String localName, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("\\\\") || v.startsWith("//") || v.startsWith("file:")) {
      return true;
    }
    String name = localName.toLowerCase(Locale.ROOT);
    return (name.equals("src") || name.equals("href")) && SCHEME.matcher(v).matches();
  }

  /** A relationship dvht refuses for its type or its mode. */
  static Optional<Finding.Problem> relationship(Relationships.Relationship r) {
    String kind = r.kind().toLowerCase(Locale.ROOT);
    if (kind.contains("vbaproject") || kind.contains("vbadata") || kind.equals("keymapcustomizations")
        || kind.equals("attachedtoolbars")) {
      return Optional.of(Finding.Problem.MACRO);
    }
    Optional<Finding.Problem> byKind = switch (kind) {
      case "control", "activexcontrolbinary" -> Optional.of(Finding.Problem.ACTIVE_X);
      case "oleobject" -> Optional.of(Finding.Problem.OLE_OBJECT);
      case "afchunk" -> Optional.of(Finding.Problem.ALT_CHUNK);
      case "subdocument" -> Optional.of(Finding.Problem.SUB_DOCUMENT);
      case "attachedtemplate" -> Optional.of(Finding.Problem.ATTACHED_TEMPLATE);
      default -> Optional.empty();
    };
    if (byKind.isPresent()) {
      return byKind;
    }
    if (r.external()) {
      return Optional.of(Finding.Problem.EXTERNAL_RELATIONSHIP);
    }
    return r.part().isEmpty() ? Optional.of(Finding.Problem.TARGET_OUTSIDE) : Optional.empty();
  }

  /** What a request letter may not hold in its text, as it is appended to the report. */
  static Optional<Finding.Problem> letterElement(String localName) {
    return switch (localName) {
      case "numPr" -> Optional.of(Finding.Problem.LETTER_NUMBERING);
      case "footnoteReference", "endnoteReference" -> Optional.of(Finding.Problem.LETTER_NOTES);
      case "commentReference", "commentRangeStart" -> Optional.of(Finding.Problem.LETTER_COMMENTS);
      default -> Optional.empty();
    };
  }

  /** A part named as a macro project or an ActiveX control is, whatever its content type says. */
  static Optional<Finding.Problem> partName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("vbaproject") || n.contains("vbadata")) {
      return Optional.of(Finding.Problem.MACRO);
    }
    return n.contains("activex") ? Optional.of(Finding.Problem.ACTIVE_X) : Optional.empty();
  }

  /** A content type of a macro project, a macro-enabled document or a control. */
  static Optional<Finding.Problem> contentType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.contains("vbaproject") || t.contains("macroenabled") || t.contains("vbadata")) {
      return Optional.of(Finding.Problem.MACRO);
    }
    if (t.contains("activex")) {
      return Optional.of(Finding.Problem.ACTIVE_X);
    }
    return t.contains("oleobject") ? Optional.of(Finding.Problem.OLE_OBJECT) : Optional.empty();
  }
}
