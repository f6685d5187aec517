package vn.dvht.bench;

import java.io.InputStream;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The reading floor: a lean StAX pass over the first worksheet of an .xlsx that only counts
 * {@code <c>} elements — no cell decoding, no shared strings. What any reader of the file must pay.
 */
public final class BarePass {
  private BarePass() {}

  public static void main(String[] args) throws Exception {
    try (ZipFile zip = new ZipFile(args[0]); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(in);
      long cells = 0;
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          cells++;
        }
      }
      System.out.println(cells + " cells");
    }
  }
}
