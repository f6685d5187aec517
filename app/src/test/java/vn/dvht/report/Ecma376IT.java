package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;
import vn.dvht.testing.SampleOutputs;

/**
 * Every XML part of every Office file dvht writes ({@link SampleOutputs}: summary workbooks, Word reports,
 * province forms, templates, the batch workbook, the office's documents) is valid ECMA-376 (transitional), so
 * that the writers, which stream their XML by hand, cannot drift from what Excel and Word accept. The markup
 * languages are validated with the schemas POI compiles for XMLBeans ({@code poi-ooxml-full}, on this test's
 * classpath only: the failsafe execution {@code ecma-376}); {@code [Content_Types].xml} and the core properties
 * against the Part 2 schemas in {@code src/test/resources/ecma376}. A part whose root element no schema
 * declares is a failure too, so nothing passes unchecked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ecma376IT {
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String CORE = "docProps/core.xml";
  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  private static final String DCTERMS = "http://purl.org/dc/terms/";
  /**
   * {@code xml:space="preserve"} on SpreadsheetML's {@code <t>}: the schema's {@code ST_Xstring} declares no
   * attribute, but the standard's own examples (Part 1, §18.4.12) and Excel write it, and the XML namespace's
   * attributes may stand on any element (XML 1.0 §2.10). The one error let through.
   */
  private static final String XML_SPACE_ON_T = "Attribute not allowed (no wildcards allowed): "
      + "space@http://www.w3.org/XML/1998/namespace in element t@http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @TempDir
  static Path dir;
  private List<Path> files;
  private final SchemaTypeLoader ooxml =
      XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem, XmlBeans.getBuiltinTypeSystem());
  private Schema contentTypes;
  private Schema coreProperties;

  @BeforeAll
  void writeEveryOutput() throws Exception {
    files = SampleOutputs.write(dir);
    contentTypes = schema("opc-contentTypes.xsd");
    coreProperties = schema("opc-coreProperties.xsd");
  }

  @Test
  void everyOutputKindIsThere() {
    List<String> names = files.stream().map(p -> dir.relativize(p).toString()).toList();
    assertThat(names).as("outputs").hasSizeGreaterThan(40)
        .anyMatch(n -> n.endsWith("-ket-qua.xlsx")).anyMatch(n -> n.endsWith("-bao-cao.docx"))
        .anyMatch(n -> n.endsWith("-quyet-dinh-cdht.docx"))
        .anyMatch(n -> n.startsWith("province")).anyMatch(n -> n.endsWith("tong-hop-don-vi.xlsx"))
        .anyMatch(n -> n.startsWith("template")).anyMatch(n -> n.startsWith("office-vi") && n.endsWith(".docx"))
        .anyMatch(n -> n.startsWith("office-en") && n.endsWith(".xlsx")).anyMatch(n -> n.startsWith("merge"));
  }

  @Test
  void everyXmlPartIsValid() throws Exception {
    List<String> problems = new ArrayList<>();
    int parts = 0;
    for (Path file : files) {
      parts += check(file, problems);
    }
    assertThat(problems).as("schema errors in %d parts of %d files", parts, files.size()).isEmpty();
    assertThat(parts).as("parts validated").isGreaterThan(files.size() * 8);
  }

  /** The check is not vacuous: a broken sheet, document, content-types or core part of a real output fails. */
  @Test
  void aBrokenPartFails() throws Exception {
    Path xlsx = files.stream().filter(p -> p.toString().endsWith("-ket-qua.xlsx")).findFirst().orElseThrow();
    Path docx = files.stream().filter(p -> p.toString().endsWith("-bao-cao.docx")).findFirst().orElseThrow();
    assertThat(problemsAfter(xlsx, "xl/worksheets/sheet1.xml", "<sheetData>", "<sheetData><bogus/>"))
        .isNotEmpty().allMatch(p -> p.contains("!xl/worksheets/sheet1.xml: "));
    assertThat(problemsAfter(docx, "word/document.xml", "<w:body>", "<w:body><w:tbl/>"))
        .isNotEmpty().allMatch(p -> p.contains("!word/document.xml: "));
    assertThat(problemsAfter(docx, CONTENT_TYPES, "<Default ", "<Default Bogus=\"x\" "))
        .isNotEmpty().allMatch(p -> p.contains("!" + CONTENT_TYPES + ": "));
    assertThat(problemsAfter(docx, CORE, "xsi:type=\"dcterms:W3CDTF\"", ""))
        .isNotEmpty().allMatch(p -> p.contains("!" + CORE + ": "));
  }

  /** The problems of a copy of {@code file} whose {@code part} has its first {@code from} replaced. */
  private List<String> problemsAfter(Path file, String part, String from, String to) throws Exception {
    Path broken = dir.resolve("broken-" + file.getFileName());
    try (ZipFile zip = new ZipFile(file.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
      for (ZipEntry entry : zip.stream().toList()) {
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(part)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          assertThat(xml).as(part).contains(from);
          bytes = xml.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    List<String> problems = new ArrayList<>();
    check(broken, problems);
    return problems;
  }

  /** Validates every XML part of one file, adding its problems; returns the number of parts. */
  private int check(Path file, List<String> problems) throws Exception {
    int parts = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
          byte[] xml = zip.getInputStream(entry).readAllBytes();
          String where = dir.relativize(file) + "!" + entry.getName();
          validate(entry.getName(), xml).forEach(p -> problems.add(where + ": " + p));
          parts++;
        }
      }
    }
    return parts;
  }

  private List<String> validate(String part, byte[] xml) throws Exception {
    if (part.equals(CONTENT_TYPES)) {
      return jaxp(contentTypes, xml);
    }
    if (part.equals(CORE)) {
      List<String> problems = new ArrayList<>(jaxp(coreProperties, xml));
      problems.addAll(w3cdtf(xml));
      return problems;
    }
    return xmlBeans(xml);
  }

  /** A markup part against the compiled schemas: its root element's document type, then every constraint. */
  private List<String> xmlBeans(byte[] xml) throws IOException, XMLStreamException {
    QName root = root(xml);
    SchemaType type = ooxml.findDocumentType(root);
    if (type == null) {
      return List.of("no ECMA-376 schema declares the root element " + root);
    }
    List<XmlError> errors = new ArrayList<>();
    XmlOptions options = new XmlOptions().setLoadLineNumbers().setErrorListener(errors);
    try {
      XmlObject document = ooxml.parse(new ByteArrayInputStream(xml), type, options);
      document.validate(options);
    } catch (XmlException e) {
      return List.of(e.getMessage());
    }
    return errors.stream().filter(e -> e.getSeverity() == XmlError.SEVERITY_ERROR)
        .filter(e -> !XML_SPACE_ON_T.equals(e.getMessage()))
        .map(e -> "line " + e.getLine() + ": " + e.getMessage()).toList();
  }

  private static List<String> jaxp(Schema schema, byte[] xml) throws IOException {
    Validator validator = schema.newValidator();
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
      return List.of();
    } catch (SAXParseException e) {
      return List.of("line " + e.getLineNumber() + ": " + e.getMessage());
    } catch (org.xml.sax.SAXException e) {
      return List.of(e.getMessage());
    }
  }

  /** Part 2 requires {@code xsi:type="dcterms:W3CDTF"} on {@code dcterms:created} and {@code dcterms:modified}. */
  private static List<String> w3cdtf(byte[] xml) throws XMLStreamException {
    List<String> problems = new ArrayList<>();
    XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT && DCTERMS.equals(reader.getNamespaceURI())) {
        String type = reader.getAttributeValue(XSI, "type");
        String prefix = type == null || !type.contains(":") ? "" : type.substring(0, type.indexOf(':'));
        if (type == null || !DCTERMS.equals(reader.getNamespaceURI(prefix))
            || !type.endsWith(":W3CDTF")) {
          problems.add("dcterms:" + reader.getLocalName() + " without xsi:type=\"dcterms:W3CDTF\"");
        }
      }
    }
    return problems;
  }

  private static QName root(byte[] xml) throws XMLStreamException {
    XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
    while (reader.next() != XMLStreamConstants.START_ELEMENT) {
      // the prolog
    }
    return reader.getName();
  }

  private static Schema schema(String name) throws Exception {
    URL url = Ecma376IT.class.getResource("/ecma376/" + name);
    try (InputStream in = url.openStream()) {
      StreamSource source = new StreamSource(in, url.toExternalForm());
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(source);
    }
  }
}
