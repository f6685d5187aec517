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

  /** Excel's limit of cell formats per workbook; styles past it are read as not dates. */
  private static final int MAX_STYLES = 65_000;

  /** A format id; a missing or damaged one is General (0), as Excel treats it. */
  private static int id(String text) {
    if (text == null || text.isBlank() || text.strip().length() > 6 || !text.strip().chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(text.strip());
  }

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
            formats.put(id(xml.getAttributeValue(null, "numFmtId")), String.valueOf(xml.getAttributeValue(null,
                "formatCode")));
          } else if (name.equals("cellXfs")) {
            inCellXfs = true;
          } else if (name.equals("xf") && inCellXfs) {
            cellFormats.add(id(xml.getAttributeValue(null, "numFmtId")));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
      xml.close();
    }
    boolean[] dates = new boolean[Math.min(cellFormats.size(), MAX_STYLES)];
    for (int i = 0; i < dates.length; i++) {
      int id = cellFormats.get(i);
      String code = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
      dates[i] = code != null && DateUtil.isADateFormat(id, code);
    }
    return dates;
  }
}
