package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared-string table of an .xlsx: each {@code <si>} as its text, rich-text runs joined, phonetic runs left out. */
final class SharedStrings {
  private SharedStrings() {}

  static List<String> read(InputStream in, XMLInputFactory factory) throws IOException, XMLStreamException {
    List<String> strings = new ArrayList<>();
    Map<String, String> distinct = new HashMap<>();
    try (in) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      int phonetic = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("si")) {
            text.setLength(0);
          } else if (name.equals("rPh")) {
            phonetic++;
          } else if (name.equals("t") && phonetic == 0) {
            text.append(xml.getElementText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("rPh")) {
            phonetic--;
          } else if (name.equals("si")) {
            String s = text.toString();
            strings.add(s.length() <= 32 ? distinct.computeIfAbsent(s, k -> k) : s);
          }
        }
      }
      xml.close();
    }
    return strings;
  }
}
