package vn.dvht.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one XML part with StAX before anything else reads it: a DOCTYPE (the door to external
 * entities and entity expansion) or elements nested past {@link FormLimits#MAX_DEPTH} stop it with a
 * finding; XML that is not well formed is a {@link FormException}. With {@code rules}, the elements
 * and attributes {@link ContentRules} refuses are findings at the part, each kind once.
 */
final class XmlScan {
  private XmlScan() {}

  static List<Finding> scan(String part, byte[] xml, Place place, boolean rules) throws FormException {
    List<Finding> findings = new ArrayList<>();
    Set<Finding.Problem> said = EnumSet.noneOf(Finding.Problem.class);
    int depth = 0;
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader reader = Xml.stax().createXMLStreamReader(in);
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamReader.DTD || event == XMLStreamReader.ENTITY_REFERENCE) {
          findings.add(new Finding(Finding.Problem.DOCTYPE, place, ""));
          return findings;
        }
        if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamReader.START_ELEMENT) {
          if (++depth > FormLimits.MAX_DEPTH) {
            findings.add(new Finding(Finding.Problem.TOO_DEEP, place, String.valueOf(FormLimits.MAX_DEPTH)));
            return findings;
          }
          if (rules) {
            apply(reader, place, findings, said);
          }
        }
      }
    } catch (XMLStreamException | IOException | RuntimeException e) {
      throw new FormException(FormException.Reason.BAD_XML, part);
    }
    return findings;
  }

  private static void apply(XMLStreamReader reader, Place place, List<Finding> findings, Set<Finding.Problem> said) {
    ContentRules.element(reader.getNamespaceURI(), reader.getLocalName()).filter(said::add)
        .ifPresent(p -> findings.add(new Finding(p, place, "")));
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (ContentRules.remote(reader.getAttributeLocalName(i), reader.getAttributeValue(i))
          && said.add(Finding.Problem.REMOTE_ADDRESS)) {
        findings.add(new Finding(Finding.Problem.REMOTE_ADDRESS, place, ""));
      }
    }
  }
}
