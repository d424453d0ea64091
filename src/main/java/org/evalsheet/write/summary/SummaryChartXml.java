package org.evalsheet.write.summary;

import org.evalsheet.write.XmlText;

/**
 * The DrawingML of the summary's native charts (图表): a clustered column chart per statistic, its series pointing at
 * cells of the workbook with a cache of the same values, and the anchor that places it on its sheet.
 */
final class SummaryChartXml {
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private SummaryChartXml() {}

  /** The anchor of chart {@code c} in a drawing, its graphic frame numbered {@code id} and related as rId{@code id}. */
  static String anchor(SummaryXlsx.Chart c, int id) {
    return new StringBuilder("<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>")
        .append(c.top())
        .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(c.cols())
        .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.bottom())
        .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>"
            + "<xdr:cNvPr id=\"").append(id + 1).append("\" name=\"Chart ").append(id)
        .append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\""
            + " cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/"
            + "2006/chart\"><c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"")
        .append(REL).append("\" r:id=\"rId").append(id).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame>"
            + "<xdr:clientData/></xdr:twoCellAnchor>")
        .toString();
  }

  /** A clustered column chart: one series, its categories and values by reference with a cache of each. */
  static String chart(SummaryXlsx.Chart c) {
    StringBuilder x = new StringBuilder(DECL).append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/"
        + "drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"")
        .append(REL).append("\"><c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r>"
            + "<a:t>").append(escape(c.title())).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/>"
            + "</c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/>"
            + "<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>"
            + "<c:tx><c:v>").append(escape(c.series())).append("</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr"
            + " val=\"4472C4\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/><c:cat><c:strRef><c:f>")
        .append(escape(c.categoriesRef())).append("</c:f><c:strCache><c:ptCount val=\"").append(c.categories().size())
        .append("\"/>");
    for (int i = 0; i < c.categories().size(); i++) {
      x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(escape(c.categories().get(i))).append("</c:v></c:pt>");
    }
    x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(escape(c.valuesRef()))
        .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(c.values().size())
        .append("\"/>");
    for (int i = 0; i < c.values().size(); i++) {
      Number v = c.values().get(i);
      if (v != null && !Double.isNaN(v.doubleValue()) && !Double.isInfinite(v.doubleValue())) {
        x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(v).append("</c:v></c:pt>");
      }
    }
    x.append("</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"150\"/><c:axId val=\"1\"/><c:axId val=\"2\"/>"
        + "</c:barChart><c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete"
        + " val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark"
        + " val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses"
        + " val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl"
        + " val=\"0\"/></c:catAx><c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/><c:min"
        + " val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln><a:solidFill>"
        + "<a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode=\"0\""
        + " sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos"
        + " val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
        + "</c:valAx></c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
    return x.toString();
  }


  private static String escape(String s) {
    return XmlText.escape(s);
  }
}
