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
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/** Which cell styles of an .xlsx format numbers as dates, so their serial numbers are read as dates. */
final class Styles {
  private Styles() {}

  static boolean[] dateStyles(InputStream in, XMLInputFactory factory) throws IOException, XMLStreamException {
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> cellFormats = new ArrayList<>();
    try (in) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      boolean inCellXfs = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("numFmt")) {
            formats.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
          } else if (name.equals("cellXfs")) {
            inCellXfs = true;
          } else if (name.equals("xf") && inCellXfs) {
            String id = xml.getAttributeValue(null, "numFmtId");
            cellFormats.add(id == null ? 0 : Integer.parseInt(id));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
      xml.close();
    }
    boolean[] dates = new boolean[cellFormats.size()];
    for (int i = 0; i < dates.length; i++) {
      int id = cellFormats.get(i);
      String code = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
      dates[i] = code != null && DateUtil.isADateFormat(id, code);
    }
    return dates;
  }
}
