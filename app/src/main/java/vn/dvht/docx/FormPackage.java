package vn.dvht.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A form's package read once, in this order, each step only on what the steps before let through:
 * the zip within {@link FormLimits} and its entry names; every XML part with StAX (no DOCTYPE, nesting
 * bounded); the content types and every part's relationships as DOMs; the main document and the
 * Word text parts its relationships name (body, headers, footers, notes, comments), each walked as a
 * {@link Story}. What is refused anywhere is a {@link Finding}; a package that is not a Word document
 * at all is a {@link FormException}.
 */
final class FormPackage {
  static final String PACKAGE_RELS = "_rels/.rels";

  final byte[] zip;
  /** Whether this is a request letter, read with what it may not hold besides. */
  final boolean letter;
  final List<String> names;
  final Map<String, byte[]> xml;
  final List<Finding> findings = new ArrayList<>();
  final Map<String, Relationships> rels = new LinkedHashMap<>();
  final List<Story> stories = new ArrayList<>();
  /** Parts whose DOM replaces their bytes when the package is written (the styles a letter joined). */
  final Map<String, org.w3c.dom.Document> changed = new LinkedHashMap<>();
  /** Parts added to the package (a letter's headers and footers), written after the form's own. */
  final List<String> added = new ArrayList<>();
  ContentTypes types;
  String main = "word/document.xml";

  private FormPackage(byte[] zip, boolean letter, List<String> names, Map<String, byte[]> xml) {
    this.zip = zip;
    this.letter = letter;
    this.names = names;
    this.xml = xml;
  }

  static FormPackage read(byte[] docx, boolean letter) throws FormException {
    ZipReader.Entries entries = ZipReader.read(docx, FormPackage::xmlName);
    FormPackage pkg = new FormPackage(docx, letter, new ArrayList<>(entries.names()), new LinkedHashMap<>(entries.kept()));
    pkg.findings.addAll(entries.findings());
    if (pkg.prescan(List.of(ContentTypes.PART, PACKAGE_RELS)) && pkg.locateMain() && pkg.readRemainingXml()
        && pkg.prescan(pkg.xml.keySet().stream().toList())) {
      pkg.relationships();
      pkg.namesAndTypes();
      new StoryReader(pkg).read();
    }
    return pkg;
  }

  private static boolean xmlName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels");
  }

  /** Reads parts with StAX; false when one holds a DOCTYPE or nests too deep (nothing more is read). */
  private boolean prescan(List<String> parts) throws FormException {
    for (String part : parts) {
      if (xml.containsKey(part)) {
        findings.addAll(XmlScan.scan(part, xml.get(part), Place.of(Place.Kind.PART, part), false));
      }
    }
    return findings.stream().noneMatch(f -> f.problem() == Finding.Problem.DOCTYPE
        || f.problem() == Finding.Problem.TOO_DEEP);
  }

  /** The content types and the main document: a Word document's, or the reason it is not one. */
  private boolean locateMain() throws FormException {
    types = new ContentTypes(parse(ContentTypes.PART).orElseThrow(
        () -> new FormException(names.contains(main) ? FormException.Reason.NOT_WORD : FormException.Reason.NO_DOCUMENT)));
    relationshipsOf("").flatMap(r -> r.first("officeDocument")).flatMap(Relationships.Relationship::part)
        .ifPresent(m -> main = m);
    if (!names.contains(main)) {
      throw new FormException(FormException.Reason.NO_DOCUMENT);
    }
    String type = types.of(main).orElse("");
    if (ContentRules.contentType(type).isPresent()) {
      findings.add(new Finding(ContentRules.contentType(type).get(), Place.of(Place.Kind.PART, main), ""));
      return false;
    }
    if (!type.equals(ContentTypes.DOCUMENT) && !type.equals(ContentTypes.TEMPLATE)) {
      throw new FormException(FormException.Reason.NOT_WORD);
    }
    return true;
  }

  /** Parts whose content type is XML though their name does not say so: read too. */
  private boolean readRemainingXml() throws FormException {
    Set<String> more = new java.util.HashSet<>();
    for (String name : names) {
      if (!xml.containsKey(name) && types.of(name).filter(ContentTypes::isXml).isPresent()) {
        more.add(name);
      }
    }
    if (!more.isEmpty()) {
      long already = xml.values().stream().mapToLong(b -> b.length).sum();
      Map<String, byte[]> extra = ZipReader.read(zip, more::contains).kept();
      if (already + extra.values().stream().mapToLong(b -> b.length).sum() > FormLimits.MAX_XML) {
        throw new FormException(List.of(new Finding(Finding.Problem.XML_TOO_LARGE, Place.zip(),
            String.valueOf(FormLimits.MAX_XML / 1024 / 1024))));
      }
      xml.putAll(extra);
    }
    return true;
  }

  /** Every relationships part: refused relationships, by id, for the walk of their source to place. */
  private void relationships() throws FormException {
    for (String name : List.copyOf(xml.keySet())) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".rels") && name.contains("_rels/")) {
        relationshipsOf(Relationships.sourceOf(name));
      }
    }
  }

  /** Part names and content types of macros and controls. */
  private void namesAndTypes() {
    for (String name : names) {
      Place place = Place.of(Place.Kind.PART, name);
      ContentRules.partName(name).or(() -> types.of(name).flatMap(ContentRules::contentType))
          .ifPresent(p -> findings.add(new Finding(p, place, "")));
    }
    for (var entry : types.entries()) {
      ContentRules.contentType(entry.getAttribute("ContentType")).filter(p -> p == Finding.Problem.MACRO)
          .ifPresent(p -> findings.add(new Finding(p, Place.of(Place.Kind.PART, ContentTypes.PART), "")));
    }
  }

  /** The relationships of a part ("" for the package), read once, if it has any. */
  Optional<Relationships> relationshipsOf(String source) throws FormException {
    if (!rels.containsKey(source)) {
      String part = source.isEmpty() ? PACKAGE_RELS : Relationships.partOf(source);
      Optional<org.w3c.dom.Document> doc = parse(part);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      rels.put(source, new Relationships(source, doc.get()));
    }
    return Optional.of(rels.get(source));
  }

  /** The relationships of a part, an empty list to add to when it has none. */
  Relationships relationshipsFor(String source) throws IOException {
    try {
      Optional<Relationships> found = relationshipsOf(source);
      if (found.isPresent()) {
        return found.get();
      }
    } catch (FormException e) {
      throw new IOException("relationships of " + source, e);
    }
    Relationships empty = Relationships.empty(source);
    rels.put(source, empty);
    added.add(Relationships.partOf(source)); // written with the package, as a part added to it
    return empty;
  }

  Optional<org.w3c.dom.Document> parse(String part) throws FormException {
    if (!xml.containsKey(part)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Xml.parse(xml.get(part)));
    } catch (IOException e) {
      throw new FormException(FormException.Reason.BAD_XML, part);
    }
  }

  /** The text parts dvht fills: the body and the headers and footers. */
  List<Story> filled() {
    return stories.stream().filter(s -> s.kind() != Place.Kind.PART).toList();
  }
}
