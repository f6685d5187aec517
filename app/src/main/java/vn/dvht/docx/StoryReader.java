package vn.dvht.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The last step of reading a form's package: the main document and the text parts its relationships
 * name — headers, footers, notes, comments, whatever their names — each walked as a {@link Story},
 * with the refused relationships placed where an element names them; every other XML part scanned
 * with StAX for what {@link ContentRules} refuses. The text parts are read whole, within
 * {@link FormLimits#MAX_TEXT_XML}.
 */
final class StoryReader {
  private static final Map<String, Place.Kind> KINDS = Map.of("header", Place.Kind.HEADER,
      "footer", Place.Kind.FOOTER, "footnotes", Place.Kind.PART, "endnotes", Place.Kind.PART,
      "comments", Place.Kind.PART, "glossaryDocument", Place.Kind.PART);

  private final FormPackage pkg;
  private final Map<String, Place.Kind> kinds = new LinkedHashMap<>();
  /** The main document's relationships to its headers and footers: all a letter may name. */
  private final Set<String> sections = new HashSet<>();

  StoryReader(FormPackage pkg) {
    this.pkg = pkg;
  }

  void read() throws FormException {
    locate();
    long text = kinds.keySet().stream().mapToLong(p -> pkg.xml.get(p).length).sum();
    if (text > FormLimits.MAX_TEXT_XML) {
      pkg.findings.add(new Finding(Finding.Problem.TEXT_TOO_LARGE, Place.zip(),
          String.valueOf(FormLimits.MAX_TEXT_XML / 1024 / 1024)));
      return;
    }
    for (String part : pkg.xml.keySet()) {
      if (!kinds.containsKey(part) && !part.equals(ContentTypes.PART) && !part.toLowerCase(Locale.ROOT).endsWith(".rels")) {
        pkg.findings.addAll(XmlScan.scan(part, pkg.xml.get(part), Place.of(Place.Kind.PART, part), true));
      }
    }
    Map<String, Map<String, Finding.Problem>> flagged = flagged();
    for (Map.Entry<String, Place.Kind> story : kinds.entrySet()) {
      Map<String, Finding.Problem> left = flagged.getOrDefault(story.getKey(), new HashMap<>());
      walk(story.getKey(), story.getValue(), left);
      flagged.remove(story.getKey());
      left.values().forEach(p -> pkg.findings.add(new Finding(p, Place.of(story.getValue(), story.getKey()), "")));
    }
    flagged.forEach((source, refused) -> refused.values().forEach(p -> pkg.findings.add(new Finding(p,
        Place.of(Place.Kind.PART, source.isEmpty() ? FormPackage.PACKAGE_RELS : source), ""))));
  }

  /** The text parts: the main document and the parts its relationships name, each of its kind. */
  private void locate() throws FormException {
    kinds.put(pkg.main, Place.Kind.BODY);
    for (Relationships.Relationship r : pkg.relationshipsOf(pkg.main).map(Relationships::all).orElse(List.of())) {
      Place.Kind kind = KINDS.get(r.kind());
      if (kind == null || r.part().isEmpty()) {
        continue;
      }
      if (!pkg.xml.containsKey(r.part().get())) {
        pkg.findings.add(new Finding(Finding.Problem.MISSING_PART, Place.of(Place.Kind.PART, pkg.main), r.kind()));
      } else {
        kinds.putIfAbsent(r.part().get(), kind);
        if (kind == Place.Kind.HEADER || kind == Place.Kind.FOOTER) {
          sections.add(r.id());
        }
      }
    }
  }

  private void walk(String part, Place.Kind kind, Map<String, Finding.Problem> flagged) throws FormException {
    Document doc = pkg.parse(part).orElseThrow();
    if (!shaped(doc, kind)) {
      throw new FormException(FormException.Reason.BAD_XML, part);
    }
    Story walked = pkg.letter
        ? Story.walkLetter(part, kind, doc, flagged, kind == Place.Kind.BODY ? sections : Set.of())
        : Story.walk(part, kind, doc, flagged);
    pkg.stories.add(walked);
    pkg.findings.addAll(walked.findings());
  }

  /** Whether a text part is what its kind holds: a document with a body, a header, a footer. */
  private static boolean shaped(Document doc, Place.Kind kind) {
    Element root = doc.getDocumentElement();
    return switch (kind) {
      case BODY -> Xml.isW(root, "document") && Xml.child(root, "body").isPresent();
      case HEADER -> Xml.isW(root, "hdr");
      case FOOTER -> Xml.isW(root, "ftr");
      default -> true;
    };
  }

  /** The refused relationships of each source part, by id. */
  private Map<String, Map<String, Finding.Problem>> flagged() {
    Map<String, Map<String, Finding.Problem>> flagged = new LinkedHashMap<>();
    pkg.rels.forEach((source, relationships) -> {
      for (Relationships.Relationship r : relationships.all()) {
        ContentRules.relationship(r).ifPresent(p -> flagged.computeIfAbsent(source, s -> new LinkedHashMap<>())
            .put(r.id(), p));
      }
    });
    return flagged;
  }
}
