package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.docx.FormException;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.RawDocx;

/**
 * A province form is hostile input: each thing Word would fetch, run or trip over when the official
 * document is opened is refused when the ruleset is loaded, with a code and the place in Word where
 * it stands — a small package built for each, as Word would never write it.
 */
class HostileFormTest {
  private static final String IMAGE = "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/"
      + "drawingml/2006/wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/"
      + "main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><a:blip r:%s=\"%s\"/>"
      + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
  private static final String SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";

  @TempDir Path dir;

  @Test
  void aPictureLinkedFromAnotherMachineIsRefusedWhereItStands() throws Exception {
    byte[] docx = RawDocx.body(RawDocx.p("{{ten_don_vi}}") + "<w:p>" + String.format(IMAGE, "link", "rId9") + "</w:p>")
        .rel("rId9", "image", "\\\\may-chu\\chia-se\\quoc-huy.png", true).bytes();
    assertThat(problems(docx)).containsExactly("R040 ở đoạn văn thứ 2 (ngoài bảng) có liên kết tới tệp hay địa chỉ bên "
        + "ngoài (TargetMode=\"External\"): Word tải về khi mở văn bản, nên mẫu không được có — hãy bỏ liên kết, chèn "
        + "thẳng ảnh hay nội dung vào văn bản");
  }

  @Test
  void aUncPathWithoutTheExternalModeAndOneInVmlAreRefusedToo() throws Exception {
    byte[] internal = RawDocx.body("<w:p>" + String.format(IMAGE, "embed", "rId9") + "</w:p>")
        .rel("rId9", "image", "\\\\may-chu\\chia-se\\a.png", false).bytes();
    assertThat(problems(internal)).singleElement().asString().startsWith("R042 ở đoạn văn thứ 1 (ngoài bảng) có quan hệ "
        + "(relationship) trỏ ra ngoài tệp nén");
    byte[] vml = RawDocx.body("<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:imagedata "
        + "xmlns:o=\"urn:schemas-microsoft-com:office:office\" o:href=\"\\\\may-chu\\a.png\" src=\"http://x.example/a.png\"/>"
        + "</v:shape></w:pict></w:r></w:p>").bytes();
    assertThat(problems(vml)).singleElement().asString().startsWith("R040 ở đoạn văn thứ 1 (ngoài bảng) có đường dẫn "
        + "tới máy khác hay địa chỉ mạng");
  }

  @Test
  void anAttachedTemplateAndAMailMergeInTheSettingsAreRefused() throws Exception {
    byte[] docx = RawDocx.body(RawDocx.p("{{ten_don_vi}}")).rel("rId5", "settings", "settings.xml", false)
        .part("word/settings.xml", SETTINGS, "<w:settings xmlns:w=\"" + RawDocx.W + "\" xmlns:r=\"" + RawDocx.R
            + "\"><w:attachedTemplate r:id=\"rId1\"/><w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/>"
            + "<w:query w:val=\"SELECT * FROM x\"/></w:mailMerge></w:settings>")
        .part("word/_rels/settings.xml.rels", "", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
            + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + RawDocx.REL_TYPE + "attachedTemplate\" "
            + "Target=\"file:///\\\\may-chu\\mau.dotm\" TargetMode=\"External\"/></Relationships>").bytes();
    assertThat(problems(docx)).extracting(p -> p.substring(0, p.indexOf(" (", 45))).containsExactlyInAnyOrder(
        "R040 ở phần word/settings.xml của tệp có gắn một mẫu", "R040 ở phần word/settings.xml của tệp có thiết lập "
        + "trộn thư");
  }

  @Test
  void anAltChunkASubdocumentAnActiveXControlAndAnOleObjectAreRefused() throws Exception {
    byte[] docx = RawDocx.body(RawDocx.p("a") + "<w:altChunk r:id=\"rId7\"/>" + RawDocx.p("b")
        + "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" ProgID=\"Package\"/>"
        + "</w:object></w:r></w:p>" + "<w:p><w:subDoc r:id=\"rId8\"/></w:p>")
        .rel("rId7", "aFChunk", "chunk.html", false).rel("rId8", "subDocument", "con.docx", true)
        .part("word/chunk.html", "text/html", "<html><img src=\"\\\\may-chu\\a.png\"></html>").bytes();
    assertThat(problems(docx)).extracting(p -> p.substring(0, p.indexOf(" có ") + 4)).containsExactly(
        "R040 ở đoạn văn thứ 1 (ngoài bảng) có ", "R041 ở đoạn văn thứ 3 (ngoài bảng) có ",
        "R040 ở đoạn văn thứ 4 (ngoài bảng) có ");
  }

  @Test
  void fieldCodesThatFetchOrRunAreRefusedAndThoseWordComputesItselfAreNot() throws Exception {
    String fields = complex(" INCLUDEPICTURE \"\\\\\\\\may-chu\\\\a.png\" \\d ") + simple("INCLUDETEXT \"c:\\\\a.docx\"")
        + complex(" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" ") + complex(" HYPERLINK \"http://x.example\" ")
        + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + complex(" QUOTE \"DDE\" ").replace("<w:p>", "")
        .replace("</w:p>", "") + "<w:r><w:instrText>AUTO cmd</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/>"
        + "</w:r></w:p>" + complex(" PAGE ") + complex(" HYPERLINK \\l \"muc-1\" ") + simple("NUMPAGES")
        + complex(" macrobutton x y ");
    assertThat(problems(RawDocx.body(fields).bytes())).extracting(p -> p.substring(0, p.indexOf(")") + 1) + " "
        + p.substring(p.indexOf("trường (field)") + 15, p.indexOf("trường (field)") + 30)).containsExactly(
        "R040 ở đoạn văn thứ 1 (ngoài bảng) INCLUDEPICTURE ", "R040 ở đoạn văn thứ 2 (ngoài bảng) INCLUDETEXT lấy",
        "R041 ở đoạn văn thứ 3 (ngoài bảng) DDEAUTO không đ", "R040 ở đoạn văn thứ 4 (ngoài bảng) HYPERLINK lấy n",
        "R041 ở đoạn văn thứ 5 (ngoài bảng) mà loại của nó ", "R041 ở đoạn văn thứ 9 (ngoài bảng) MACROBUTTON khô");
  }

  @Test
  void aMacroProjectIsFoundByItsNameItsTypeOrItsRelationshipWhereverTheStringStands() throws Exception {
    byte[] byName = RawDocx.body(RawDocx.p("a")).part("word/vbaProject.bin", "application/octet-stream", new byte[8])
        .bytes();
    byte[] byType = RawDocx.body(RawDocx.p("a")).part("word/du-lieu.bin", "application/vnd.ms-office.vbaProject",
        new byte[8]).bytes();
    byte[] byRelationship = RawDocx.body(RawDocx.p("a")).rel("rId3", "http://schemas.microsoft.com/office/2006/"
        + "relationships/vbaProject", "du-lieu.bin", false).part("word/du-lieu.bin", "", new byte[8]).bytes();
    // A macro-enabled main document whose content types also name the plain type elsewhere.
    byte[] docm = RawDocx.body(RawDocx.p("a")).mainType("application/vnd.ms-word.document.macroEnabled.main+xml")
        .contentType("<Override PartName=\"/word/khac.xml\" ContentType=\"" + RawDocx.MAIN + "\"/>").bytes();
    for (byte[] docx : List.of(byName, byType, byRelationship, docm)) {
      assertThat(problems(docx)).anySatisfy(p -> assertThat(p).startsWith("R041 ").contains("có macro (VBA)"));
    }
  }

  @Test
  void aDoctypeWithAnExternalEntityInAnyPartIsRefusedBeforeAnythingReadsIt() throws Exception {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:settings [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n";
    byte[] settings = RawDocx.body(RawDocx.p("{{ten_don_vi}}")).rel("rId5", "settings", "settings.xml", false)
        .part("word/settings.xml", SETTINGS, xxe + "<w:settings xmlns:w=\"" + RawDocx.W + "\"><w:zoom w:val=\"&x;\"/>"
            + "</w:settings>").bytes();
    assertThat(problems(settings)).containsExactly("R042 ở phần word/settings.xml của tệp có khai báo DOCTYPE hoặc "
        + "thực thể (entity) XML — cách đọc trộm tệp hay làm treo máy; Word không tạo ra thứ này nên mẫu không được có");
    byte[] document = RawDocx.body(RawDocx.p("&x;")).documentPrologue(xxe.replace("w:settings", "w:document")).bytes();
    assertThat(problems(document)).singleElement().asString().startsWith("R042 ở phần word/document.xml của tệp có "
        + "khai báo DOCTYPE");
  }

  @Test
  void unsafeEntryNamesAreRefused() throws Exception {
    for (String name : List.of("../../ngoai.txt", "/tuyet-doi/a.xml", "C:/Windows/a.xml", "word\\a.xml", "word/./a.xml")) {
      byte[] docx = RawDocx.body(RawDocx.p("a")).part(name, "", "x").bytes();
      assertThat(problems(docx)).as(name).containsExactly("R042 ở tệp nén .docx có phần mang tên không an toàn (../, "
          + "đường dẫn tuyệt đối, ổ đĩa C:, dấu \\ hoặc ký tự điều khiển) — hãy mở bằng Word rồi lưu lại");
    }
  }

  @Test
  void everyHeaderTheFillerWillFillIsReadByTheCheckWhateverItsName() throws Exception {
    byte[] docx = RawDocx.body(RawDocx.p("{{ten_don_vi}}")).rel("rId3", "header", "header10000.xml", false)
        .part("word/header10000.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
            "<w:hdr xmlns:w=\"" + RawDocx.W + "\">" + RawDocx.p("{{khong_co}}") + "</w:hdr>").bytes();
    assertThat(problems(docx)).containsExactly("R026 trường {{khong_co}} ở đầu trang (header10000.xml) không có trong "
        + "danh sách các trường (xem docs/rulesets.md hoặc dvht ruleset show)");
    byte[] missing = RawDocx.body(RawDocx.p("a")).rel("rId3", "footer", "footer7.xml", false).bytes();
    assertThat(problems(missing)).containsExactly("R042 ở phần word/document.xml của tệp có footer trỏ tới phần không "
        + "có trong tệp — hãy mở bằng Word rồi lưu lại");
  }

  @Test
  void refusedAtTheTemplateLineByRulesetCheckAndByEvaluateBeforeAnyMemberIsRead() throws Exception {
    Files.write(dir.resolve("mau.docx"), RawDocx.body(RawDocx.p("{{ten_don_vi}}") + complex(" INCLUDEPICTURE "
        + "\"http://x.example/a.png\" ")).bytes());
    Path ruleset = Files.writeString(dir.resolve("con.yaml"),
        "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n  template: mau.docx\n");
    for (CliRun run : List.of(CliRun.of("ruleset", "check", ruleset.toString()), CliRun.of("evaluate",
        Path.of("src", "test", "resources", "bad-input", "ok-baseline.xlsx").toString(), "--ruleset",
        ruleset.toString(), "--out", dir.resolve("out").toString()))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains("con.yaml:6:13: lỗi[R040]: mẫu báo cáo \"mau.docx\": ở đoạn văn thứ 2 "
          + "(ngoài bảng) có trường (field) INCLUDEPICTURE lấy nội dung từ tệp hay địa chỉ khác khi cập nhật")
          .doesNotContain("x.example", "Exception");
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }

  /** A paragraph holding a complex field with this code. */
  static String complex(String code) {
    return "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + code
        + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r>"
        + "<w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
  }

  /** A paragraph holding a simple field with this code. */
  static String simple(String code) {
    return "<w:p><w:fldSimple w:instr=\"" + code.replace("\"", "&quot;") + "\"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>";
  }

  static List<String> problems(byte[] docx) throws IOException {
    try {
      return FormCheck.check(docx, FormKind.TEMPLATE, FormCheck.items(3, 15, 2)).problems().stream()
          .map(p -> p.code() + " " + vn.dvht.diag.Wording.of("vi").text(p.message())).toList();
    } catch (FormException e) {
      return List.of(FormCheck.code(e) + " " + vn.dvht.diag.Wording.of("vi").text(FormCheck.unusable(e)));
    }
  }
}
