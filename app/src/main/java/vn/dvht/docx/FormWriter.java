package vn.dvht.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;

/**
 * Writes a form's package filled: the entries in the form's order, the filled text parts written as
 * they are made, the content types and relationships from their DOMs, the parts a letter brought at
 * the end, the core properties (creator, date, description) replaced or added; every entry dated
 * with the document's date, so the same inputs give the same bytes.
 */
final class FormWriter {
  static final String CORE = "docProps/core.xml";
  private static final String CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";
  private static final String CORE_REL = Xml.PACKAGE_RELS + "/metadata/core-properties";

  private FormWriter() {}

  /**
   * Writes the package filled with {@code values}; when {@code each} is not empty, the main document's
   * body is written once per item of it, each copy a section ({@link StoryFiller#writeEach}).
   */
  static void write(FormPackage pkg, DocxForm.Values values, java.util.List<DocxForm.Values> each, OutputStream out,
      DocxForm.Properties properties) throws IOException {
    String core = coreProperties(pkg);
    if (ContentTypes.TEMPLATE.equals(pkg.types.of(pkg.main).orElse(""))) {
      pkg.types.override(pkg.main, ContentTypes.DOCUMENT); // a .dotx filled is a document
    }
    Map<String, Story> filled = new LinkedHashMap<>();
    pkg.filled().forEach(s -> filled.put(s.part(), s));
    Map<String, Document> doms = new LinkedHashMap<>(pkg.changed);
    doms.put(ContentTypes.PART, pkg.types.document());
    pkg.rels.forEach((source, r) -> doms.put(Relationships.partOf(source), r.document()));
    StoryFiller filler = new StoryFiller(values, each, pkg.main);
    ZipOutputStream zip = new ZipOutputStream(kept(out));
    try (ZipInputStream original = new ZipInputStream(new ByteArrayInputStream(pkg.zip))) {
      for (ZipEntry e = original.getNextEntry(); e != null; e = original.getNextEntry()) {
        if (!e.isDirectory() && pkg.names.contains(e.getName())) {
          begin(zip, e.getName(), properties);
          part(zip, e.getName(), core, filled, doms, filler, properties, original);
        }
      }
    }
    for (String name : pkg.added) {
      begin(zip, name, properties);
      part(zip, name, core, filled, doms, filler, properties, null);
    }
    if (!pkg.names.contains(core) && !pkg.added.contains(core)) {
      begin(zip, core, properties);
      writeText(zip, Core.xml(properties));
    }
    zip.finish();
    zip.flush();
  }

  private static void part(ZipOutputStream zip, String name, String core, Map<String, Story> filled,
      Map<String, Document> doms, StoryFiller filler, DocxForm.Properties properties, ZipInputStream original)
      throws IOException {
    if (name.equals(core)) {
      writeText(zip, Core.xml(properties));
    } else if (filled.containsKey(name)) {
      Writer writer = writer(zip);
      filler.write(filled.get(name), writer);
      writer.flush();
    } else if (doms.containsKey(name)) {
      Writer writer = writer(zip);
      writer.write(DomWriter.DECLARATION);
      new DomWriter(writer).write(doms.get(name).getDocumentElement());
      writer.flush();
    } else if (original != null) {
      original.transferTo(zip);
    }
    zip.closeEntry();
  }

  /** The core properties' part: the package's own, or one added with its relationship and content type. */
  private static String coreProperties(FormPackage pkg) throws IOException {
    Relationships packageRels = pkg.relationshipsFor("");
    for (Relationships.Relationship r : packageRels.all()) {
      if (r.type().equals(CORE_REL) && r.part().isPresent() && pkg.names.contains(r.part().get())) {
        return r.part().get();
      }
    }
    for (Relationships.Relationship r : packageRels.all()) {
      if (r.type().equals(CORE_REL)) {
        r.element().getParentNode().removeChild(r.element());
      }
    }
    packageRels.add(CORE_REL, CORE);
    pkg.types.override(CORE, CORE_TYPE);
    return CORE;
  }

  private static void begin(ZipOutputStream zip, String name, DocxForm.Properties properties) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(properties.created().atStartOfDay());
    zip.putNextEntry(entry);
  }

  private static void writeText(ZipOutputStream zip, String text) throws IOException {
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static Writer writer(OutputStream zip) {
    return new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
  }

  /** The caller's stream, never closed by the zip. */
  private static OutputStream kept(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** The core properties dvht writes. */
  static final class Core {
    private Core() {}

    static String xml(DocxForm.Properties p) {
      return DomWriter.DECLARATION + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
          + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
          + "http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>"
          + escape(p.creator()) + "</dc:creator>" + (p.description().isEmpty() ? "" : "<dc:description>"
          + escape(p.description()) + "</dc:description>") + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
          + p.created() + "T00:00:00Z</dcterms:created></cp:coreProperties>";
    }

    private static String escape(String text) {
      return XmlChars.legal(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
