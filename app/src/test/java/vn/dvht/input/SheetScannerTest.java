package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte scanner reads the worksheet XML other writers produce, not only POI's. */
class SheetScannerTest {
  private static final String SHARED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
      <si><t>Nguyễn Văn A</t></si><si><r><t>Lao động </t></r><r><t>tiên tiến</t></r></si>
      <si><t xml:space="preserve">Hà &amp; Nội </t><rPh sb="0" eb="1"><t>ha</t></rPh></si><si/><si><t/></si></sst>""";

  @Test
  void readsPrefixedEntitiesCdataCommentsAndSelfClosingElements() throws Exception {
    String sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <x:sheetData>
        <!-- a comment with <c> inside -->
        <x:row r="2" spans="1:4"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row>
        <x:row r="3" hidden="1"/>
        <x:row r="5" ht="15"
           customHeight="1"><x:c r='B5' t="inlineStr"><x:is><x:t>Đạt &amp; &lt;tốt&gt; &#7871;&#x1EBF;</x:t>\
        <x:rPh sb="0" eb="1"><x:t>phonetic</x:t></x:rPh></x:is></x:c><x:c r="D5"/>\
        <x:c r="E5" t="str"><x:f>"Có"&amp;""</x:f><x:v><![CDATA[Có <x>]]></x:v></x:c></x:row>
        <x:row><x:c t="b"><x:v>1</x:v></x:c><x:c><x:v>12.50</x:v></x:c></x:row>
        </x:sheetData><x:mergeCells count="0"/></x:worksheet>""";
    List<String> rows = new ArrayList<>();
    List<Integer> hidden = new ArrayList<>();
    scanner(sheet).each((row, isHidden) -> {
      rows.add(row.number() + " " + row.cells());
      if (isHidden) {
        hidden.add(row.number());
      }
    });
    assertThat(rows).containsExactly(
        "2 [Nguyễn Văn A, , Lao động tiên tiến]",
        "3 []",
        "5 [, Đạt & <tốt> ếế, , , Có <x>]",
        "6 [TRUE, 12.5]");
    assertThat(hidden).containsExactly(3);
  }

  /**
   * Cells out of column order land in the columns their references name, and the scanner remembers the
   * first such cell and how many rows had one; a cell without a reference after them has no sure column.
   */
  @Test
  void cellsOutOfColumnOrderAreReadWhereTheyPointAndNotedOnce() throws Exception {
    String sheet = "<worksheet><sheetData>"
        + "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c><v>3</v></c></row>"
        + "<row r=\"2\"><c r=\"C2\"><v>3</v></c><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>2</v></c></row>"
        + "<row r=\"3\"><c r=\"B3\"><v>2</v></c><c r=\"D3\"><v>4</v></c><c r=\"A3\"><v>1</v></c></row>"
        + "</sheetData></worksheet>";
    List<String> rows = new ArrayList<>();
    SheetScanner scanner = scanner(sheet);
    scanner.each((row, hidden) -> rows.add(row.cells().toString()));
    assertThat(rows).containsExactly("[1, 2, 3]", "[1, 2, 3]", "[1, 2, , 4]");
    assertThat(scanner.disorder()).isEqualTo(new SheetScanner.Disorder(2, 0, 2, 2));

    SheetScanner inOrder = scanner("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"C1\"><v>3</v></c>"
        + "<c><v>4</v></c></row></sheetData></worksheet>");
    inOrder.each((row, hidden) -> { });
    assertThat(inOrder.disorder()).isNull();

    SheetScanner unplaced = scanner("<worksheet><sheetData><row r=\"1\"><c r=\"C1\"><v>3</v></c><c r=\"A1\"><v>1</v></c>"
        + "<c><v>2</v></c></row></sheetData></worksheet>");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> unplaced.each((row, hidden) -> { }))
        .isInstanceOfSatisfying(SheetScanner.BadCellException.class, e -> {
          assertThat(e.row).isEqualTo(1);
          assertThat(e.structure).isTrue();
          assertThat(e.getMessage()).contains("sau ô A1", "ô xa nhất là C1");
        });
  }

  @Test
  void readsSharedStringsJoiningRunsWithoutPhoneticText() throws Exception {
    SharedStrings strings = SharedStrings.read(new ByteArrayInputStream(SHARED.getBytes(StandardCharsets.UTF_8)), false);
    assertThat(strings.size()).isEqualTo(5);
    assertThat(List.of(strings.get(0), strings.get(1), strings.get(2), strings.get(3), strings.get(4)))
        .containsExactly("Nguyễn Văn A", "Lao động tiên tiến", "Hà & Nội ", "", "");
  }

  @Test
  void readsTheSameWhateverTheBufferBoundariesAndATagLongerThanTheBuffer() throws Exception {
    StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
    for (int r = 1; r <= 3_000; r++) {
      sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>Người &amp; số ")
          .append(r).append("</t></is></c><c r=\"C").append(r).append("\"><v>").append(r * 1.5).append("</v></c></row>");
    }
    sheet.append("<row r=\"3001\" note=\"").append("x".repeat(200_000)).append("\"><c r=\"B3001\" t=\"s\"><v>1</v></c></row>");
    sheet.append("</sheetData></worksheet>");
    byte[] bytes = sheet.toString().getBytes(StandardCharsets.UTF_8);
    List<String> whole = rows(new ByteArrayInputStream(bytes));
    List<String> trickled = rows(new ByteArrayInputStream(bytes) {
      private int turn;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + turn++ % 7));
      }
    });
    assertThat(whole).hasSize(3_001).startsWith("1 [Người & số 1, , 1.5]").endsWith("3001 [, Lao động tiên tiến]");
    assertThat(trickled).isEqualTo(whole);
  }

  private static List<String> rows(java.io.InputStream in) throws Exception {
    SharedStrings strings = SharedStrings.read(new ByteArrayInputStream(SHARED.getBytes(StandardCharsets.UTF_8)), false);
    List<String> rows = new ArrayList<>();
    new SheetScanner(in, strings, new boolean[0], false).each((row, hidden) -> rows.add(row.number() + " " + row.cells()));
    return rows;
  }

  @Test
  void decodesEntitiesInAttributesAndLeavesUnknownOnesAlone() {
    assertThat(XmlTag.decodeEntities("a&amp;b&quot;&apos;&foo;")).isEqualTo("a&b\"'&foo;");
  }

  private static SheetScanner scanner(String sheet) throws Exception {
    SharedStrings strings = SharedStrings.read(new ByteArrayInputStream(SHARED.getBytes(StandardCharsets.UTF_8)), false);
    return new SheetScanner(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), strings,
        new boolean[0], false);
  }
}
