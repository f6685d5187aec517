package vn.dvht.report.ooxml;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A clustered column chart over cells of its own sheet: one category per row, one series per column,
 * values on a fixed axis. The cells' values are cached in the chart, as Excel does, so a viewer that
 * does not recalculate still draws it.
 *
 * @param anchor the cells the chart covers: first column, first row, last column, last row (from 0)
 * @param colors one DrawingML preset colour per series ({@code steelBlue}), repeated when fewer
 */
public record BarChart(String title, Column categories, List<Series> series, String axisFormat, BigDecimal min,
    BigDecimal max, int[] anchor, List<String> colors, String labelFormat, List<Bar> bars) {

  public BarChart {
    series = List.copyOf(series);
    colors = List.copyOf(colors);
    anchor = anchor.clone();
    bars = List.copyOf(bars);
  }

  /**
   * How the first series draws each bar: in its colour, in red (failed), or in orange (partly met: a
   * scored indicator that earned part of its points). Its values are written on the bars in
   * {@code labelFormat}.
   */
  public enum Bar {
    PLAIN(""), FAILED("C00000"), PARTLY_MET("ED7D31");

    final String color;

    Bar(String color) {
      this.color = color;
    }
  }

  /** Cells of one column, rows {@code first..last}, with the text they hold. */
  public record Column(int column, int first, int last, List<String> values) {
    public Column {
      values = List.copyOf(values);
    }
  }

  /** One series: its name (the cell above its values, row {@code titleRow}) and values (empty: no bar). */
  public record Series(String name, int titleRow, int column, int first, int last, List<Optional<BigDecimal>> values) {
    public Series {
      values = List.copyOf(values);
    }
  }

  void writeChart(XmlSink xml, String sheet) throws IOException {
    xml.ascii(Parts.XML_HEADER).ascii("<c:chartSpace xmlns:c=\"").ascii(Parts.CHART_NS).ascii("\" xmlns:a=\"")
        .ascii(Parts.DRAWING_NS).ascii("\" xmlns:r=\"").ascii(Parts.REL_NS).ascii("\"><c:roundedCorners val=\"0\"/>")
        .ascii("<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>").text(title)
        .ascii("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>")
        .ascii("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>")
        .ascii("<c:varyColors val=\"0\"/>");
    for (int s = 0; s < series.size(); s++) {
      series(xml, sheet, s);
    }
    xml.ascii("<c:gapWidth val=\"150\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>")
        .ascii("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        .ascii("<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
        .ascii("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
        .ascii("<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>")
        .ascii("<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
        .ascii("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"")
        .ascii(max.toPlainString()).ascii("\"/><c:min val=\"").ascii(min.toPlainString())
        .ascii("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/><c:numFmt formatCode=\"")
        .text(axisFormat).ascii("\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>")
        .ascii("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/>")
        .ascii("<c:crossBetween val=\"between\"/></c:valAx></c:plotArea>")
        .ascii("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"0\"/>")
        .ascii("<c:dispBlanksAs val=\"gap\"/></c:chart>")
        // Axis and legend text at 10 pt: the chart prints at the sheet's scale, and must stay above 9 pt.
        .ascii("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\"/></a:pPr>")
        .ascii("<a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr></c:chartSpace>");
  }

  private void series(XmlSink xml, String sheet, int s) throws IOException {
    Series one = series.get(s);
    xml.ascii("<c:ser><c:idx val=\"").number(s).ascii("\"/><c:order val=\"").number(s).ascii("\"/>")
        .ascii("<c:tx><c:strRef><c:f>").text(Parts.absolute(sheet, one.titleRow(), one.column())).ascii("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>")
        .text(one.name()).ascii("</c:v></c:pt></c:strCache></c:strRef></c:tx>")
        .ascii("<c:spPr><a:solidFill><a:prstClr val=\"").ascii(colors.get(s % colors.size()))
        .ascii("\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>");
    if (s == 0) {
      marks(xml);
    }
    xml.ascii("<c:cat><c:strRef><c:f>")
        .text(Parts.absolute(sheet, categories.first(), categories.column(), categories.last(), categories.column()))
        .ascii("</c:f><c:strCache><c:ptCount val=\"").number(categories.values().size()).ascii("\"/>");
    for (int i = 0; i < categories.values().size(); i++) {
      xml.ascii("<c:pt idx=\"").number(i).ascii("\"><c:v>").text(categories.values().get(i)).ascii("</c:v></c:pt>");
    }
    xml.ascii("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>")
        .text(Parts.absolute(sheet, one.first(), one.column(), one.last(), one.column()))
        .ascii("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").number(one.values().size())
        .ascii("\"/>");
    for (int i = 0; i < one.values().size(); i++) {
      if (one.values().get(i).isPresent()) {
        xml.ascii("<c:pt idx=\"").number(i).ascii("\"><c:v>").ascii(one.values().get(i).get().toPlainString())
            .ascii("</c:v></c:pt>");
      }
    }
    xml.ascii("</c:numCache></c:numRef></c:val></c:ser>");
  }

  /** The first series: failed bars in red, partly met ones in orange, and its values written above the bars. */
  private void marks(XmlSink xml) throws IOException {
    for (int i = 0; i < bars.size(); i++) {
      if (bars.get(i) != Bar.PLAIN) {
        xml.ascii("<c:dPt><c:idx val=\"").number(i).ascii("\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/>")
            .ascii("<c:spPr><a:solidFill><a:srgbClr val=\"").ascii(bars.get(i).color).ascii("\"/></a:solidFill></c:spPr>")
            .ascii("</c:dPt>");
      }
    }
    if (labelFormat.isEmpty()) {
      return;
    }
    xml.ascii("<c:dLbls><c:numFmt formatCode=\"").text(labelFormat).ascii("\" sourceLinked=\"0\"/>")
        .ascii("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>")
        .ascii("<a:defRPr sz=\"1000\" b=\"1\"/></a:pPr><a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>")
        .ascii("<c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>")
        .ascii("<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>")
        .ascii("<c:showBubbleSize val=\"0\"/></c:dLbls>");
  }

  void writeDrawing(XmlSink xml) throws IOException {
    xml.ascii(Parts.XML_HEADER).ascii("<xdr:wsDr xmlns:xdr=\"").ascii(Parts.SHEET_DRAWING_NS).ascii("\" xmlns:a=\"")
        .ascii(Parts.DRAWING_NS).ascii("\"><xdr:twoCellAnchor editAs=\"oneCell\"><xdr:from><xdr:col>").number(anchor[0])
        .ascii("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").number(anchor[1])
        .ascii("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").number(anchor[2])
        .ascii("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").number(anchor[3])
        .ascii("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>")
        .ascii("<xdr:cNvPr id=\"2\" name=\"").text(title).ascii("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
        .ascii("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>")
        .ascii("<a:graphicData uri=\"").ascii(Parts.CHART_NS).ascii("\"><c:chart xmlns:c=\"").ascii(Parts.CHART_NS)
        .ascii("\" xmlns:r=\"").ascii(Parts.REL_NS).ascii("\" r:id=\"rId1\"/></a:graphicData></a:graphic>")
        .ascii("</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>");
  }
}
