package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.TemplateField;
import vn.dvht.testing.CliRun;

/**
 * {@code report: {template: …}}: a bad, missing, hostile or wrongly filled-in template is one positioned
 * diagnostic at the {@code template} value, found alike by {@code ruleset check} and {@code evaluate}
 * (exit 3, before any member is read), and nothing of the file but its placeholder names is shown.
 */
@Timeout(60)
class ReportTemplateTest {
  private static final Path MEMBERS = Path.of("src", "test", "resources", "bad-input", "ok-baseline.xlsx");
  private static final String TOKEN = "dvht-planted-token-7f3a91";
  private static final String AT = "con.yaml:6:13: lỗi[";

  @TempDir Path dir;

  @Test
  void aGoodTemplateIsLoadedAndCountsInTheStamp() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> doc.createParagraph().createRun().setText("{{ten_don_vi}}")));
    LoadedRuleset loaded = new RulesetLoader().load(child("mau.docx"));
    assertThat(loaded.ruleset().report()).isInstanceOf(ReportLayout.Template.class);
    assertThat(((ReportLayout.Template) loaded.ruleset().report()).file()).isEqualTo("mau.docx");
    Files.write(dir.resolve("mau.docx"), docx(doc -> doc.createParagraph().createRun().setText("{{nam_danh_gia}}")));
    assertThat(new RulesetLoader().load(child("mau.docx")).sha256()).isNotEqualTo(loaded.sha256());
    assertThat(new RulesetLoader().resolve("tt24").ruleset().report()).isEqualTo(ReportLayout.BUILT_IN);
  }

  @Test
  void unknownMisplacedAndUnclosedPlaceholdersAreNamedWithWhereTheyStand() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> {
      doc.createParagraph().createRun().setText("Kính gửi {{ten_donvi}}");
      doc.createParagraph().createRun().setText("{{chi_tieu_ma}} và {{ngay_thang}}");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(1).getCell(0).setText("{{chi_tieu_ma}}");
      table.getRow(1).getCell(1).setText("{{muc_ten}}");
      doc.createParagraph().createRun().setText("Số {{ten_don_vi");
    }));
    for (CliRun run : checkAndEvaluate(child("mau.docx"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err())
          .contains(AT + "R026]: mẫu báo cáo \"mau.docx\": trường {{ten_donvi}} ở đoạn văn thứ 1 (ngoài bảng) không "
              + "có trong danh sách các trường — có phải {{ten_don_vi}}?")
          .contains("trường {{chi_tieu_ma}} ở đoạn văn thứ 2 (ngoài bảng) chỉ dùng được trong một hàng của bảng, hàng"
              + " đó được lặp lại cho từng chỉ tiêu")
          .contains("trường {{ngay_thang}} ở đoạn văn thứ 2 (ngoài bảng) không có trong danh sách các trường")
          .contains("hàng ở bảng 1, hàng 2 có cả trường của chỉ tiêu và của mức độ")
          .contains("ở đoạn văn thứ 3 (ngoài bảng) có \"{{\" mà không có \"}}\" đóng lại")
          .doesNotContain("Exception", "at vn.dvht");
    }
  }

  @Test
  void theThresholdsFormerFieldNameIsAnsweredWithItsNewOne() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> {
      XWPFTable table = doc.createTable(1, 2);
      table.getRow(0).getCell(0).setText("{{chi_tieu_ma}}");
      table.getRow(0).getCell(1).setText("{{chi_tieu_yeu_cau}}");
    }));
    for (CliRun run : checkAndEvaluate(child("mau.docx"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains(AT + "R026]: mẫu báo cáo \"mau.docx\": trường {{chi_tieu_yeu_cau}} ở "
          + "bảng 1, hàng 1 không có trong danh sách các trường — có phải {{chi_tieu_nguong}}?");
    }
  }

  @Test
  void notAZipTheSecretFileBehindItIsNeverShown() throws Exception {
    Files.writeString(dir.resolve("mau.docx"), "GITHUB_TOKEN=" + TOKEN + "\n");
    for (CliRun run : checkAndEvaluate(child("mau.docx"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err()).contains(AT + "R025]: mẫu báo cáo \"mau.docx\" không dùng được: không phải "
          + "tệp Word .docx").doesNotContain(TOKEN, "GITHUB_TOKEN");
    }
  }

  @Test
  void aWorkbookRenamedDocxIsNotAWordDocument() throws Exception {
    Files.copy(MEMBERS, dir.resolve("mau.docx"));
    assertThat(check(child("mau.docx"))).contains(AT + "R025]", "tệp không phải văn bản Word (có thể là bảng tính");
  }

  @Test
  void aZipBombStopsAtTheInflationLimit() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/media/anh.png"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 80; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(1 << 20);
    Files.write(dir.resolve("mau.docx"), bytes.toByteArray());
    assertThat(check(child("mau.docx"))).contains(AT + "R025]", "giải nén ra hơn 64 MB");
  }

  @Test
  void aDirectoryAHugeFileAFifoAMissingFileAndAnotherKindAreRefusedAtTheTemplateLine() throws Exception {
    Files.createDirectory(dir.resolve("thu-muc.docx"));
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("lon.docx").toFile(), "rw")) {
      huge.setLength(ReportReader.MAX_BYTES + 1);
    }
    assertThat(check(child("thu-muc.docx"))).contains(AT + "R025]", "thư mục");
    assertThat(check(child("lon.docx"))).contains(AT + "R025]", "lớn hơn 10 MB");
    assertThat(check(child("khong-co.docx"))).contains(AT + "R025]: không tìm thấy mẫu báo cáo \"khong-co.docx\"");
    assertThat(check(child("mau.doc"))).contains(AT + "R025]: \"template\" cần đường dẫn tới tệp Word .docx");
    assertThat(check(child("/proc/self/environ.docx"))).contains(AT + "R025]").doesNotContain("PATH=");
    Path fifo = dir.resolve("ong.docx");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    assertThat(check(child("ong.docx"))).contains(AT + "R025]", "ống FIFO");
  }

  @Test
  void parsedTextHasNoFolderToFindATemplateIn() {
    String yaml = "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n  template: mau.docx\n";
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> new RulesetLoader().parse("con.yaml", yaml.getBytes(StandardCharsets.UTF_8), false),
        RulesetException.class).diagnostics()).extracting(d -> d.code() + " " + vn.dvht.diag.Wording.of("vi").text(d.message()))
        .containsExactly("R025 không tìm được mẫu báo cáo \"mau.docx\": bộ tiêu chí này không đọc từ một tệp nên "
            + "không có thư mục để tìm mẫu");
  }

  @Test
  void aGoodLetterIsLoadedWithTheFieldsItUsesAndCountsInTheStamp() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> doc.createParagraph().createRun().setText("{{ten_don_vi}}")));
    Files.write(dir.resolve("thu.docx"), docx(doc -> doc.createParagraph().createRun()
        .setText("Kính gửi {{noi_nhan_ho_so}}: đề nghị công nhận {{muc_de_nghi}} ({{ket_qua_de_nghi}}), {{noi_nhan_ho_so}}")));
    LoadedRuleset loaded = new RulesetLoader().load(withLetter("thu.docx"));
    ReportLayout.Template template = (ReportLayout.Template) loaded.ruleset().report();
    assertThat(template.form().fields()).containsExactly(TemplateField.TEN_DON_VI.key());
    assertThat(template.letter()).hasValueSatisfying(l -> assertThat(l.fields()).containsExactly(
        TemplateField.NOI_NHAN_HO_SO.key(), TemplateField.MUC_DE_NGHI.key(), TemplateField.KET_QUA_DE_NGHI.key()));
    assertThat(new RulesetLoader().load(child("mau.docx")).sha256()).isNotEqualTo(loaded.sha256());
    assertThat(((ReportLayout.Template) new RulesetLoader().load(child("mau.docx")).ruleset().report()).letter())
        .isEmpty();
  }

  @Test
  void aLetterWithWhatCannotBeCarriedOverIsRefusedSayingWhat() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> doc.createParagraph().createRun().setText("{{ten_don_vi}}")));
    Files.write(dir.resolve("thu.docx"), docx(doc -> {
      doc.createParagraph().createRun().setText("Kính gửi {{noi_nhan_hoso}}");
      XWPFParagraph numbered = doc.createParagraph();
      numbered.createRun().setText("Hồ sơ kèm theo");
      numbered.setNumID(java.math.BigInteger.ONE);
      try {
        doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(PNG),
            org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "quoc-huy.png", 9525, 9525);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }));
    String letterAt = "con.yaml:7:11: lỗi[";
    for (CliRun run : checkAndEvaluate(withLetter("thu.docx"))) {
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.out() + run.err())
          .contains(letterAt + "R026]: mẫu tờ trình \"thu.docx\": trường {{noi_nhan_hoso}} ở đoạn văn thứ 1 (ngoài bảng) "
              + "không có trong danh sách các trường — có phải {{noi_nhan_ho_so}}?")
          .contains(letterAt + "R026]: mẫu tờ trình \"thu.docx\": ở đoạn văn thứ 2 (ngoài bảng) có danh sách đánh số "
              + "tự động; dvht chưa ghép được thứ này vào sau báo cáo")
          .contains("ở đoạn văn thứ 3 (ngoài bảng) có hình ảnh, liên kết hoặc đối tượng nhúng")
          .doesNotContain("Exception", "at vn.dvht");
    }
  }

  @Test
  void aMissingOrWrongKindOfLetterIsNamedAsTheLetter() throws Exception {
    Files.write(dir.resolve("mau.docx"), docx(doc -> doc.createParagraph().createRun().setText("{{ten_don_vi}}")));
    assertThat(check(withLetter("khong-co.docx")))
        .contains("con.yaml:7:11: lỗi[R025]: không tìm thấy mẫu tờ trình \"khong-co.docx\"");
    assertThat(check(withLetter("thu.pdf"))).contains("con.yaml:7:11: lỗi[R025]: \"letter\" cần đường dẫn tới tệp Word");
    Files.writeString(dir.resolve("thu.docx"), "GITHUB_TOKEN=" + TOKEN + "\n");
    assertThat(check(withLetter("thu.docx"))).contains("R025]: mẫu tờ trình \"thu.docx\" không dùng được")
        .doesNotContain(TOKEN);
  }

  /** A one-pixel PNG. */
  private static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private Path withLetter(String letter) throws IOException {
    return Files.writeString(dir.resolve("con.yaml"), "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n"
        + "  template: mau.docx\n  letter: " + letter + "\n");
  }

  private Path child(String template) throws IOException {
    return Files.writeString(dir.resolve("con.yaml"),
        "schema: 1\nextends: tt24\nid: con\ntitle: Con\nreport:\n  template: " + template + "\n");
  }

  private static String check(Path ruleset) {
    CliRun run = CliRun.of("ruleset", "check", ruleset.toString());
    assertThat(run.code()).isEqualTo(3);
    return run.out() + run.err();
  }

  private List<CliRun> checkAndEvaluate(Path ruleset) {
    return List.of(CliRun.of("ruleset", "check", ruleset.toString()),
        CliRun.of("evaluate", MEMBERS.toString(), "--ruleset", ruleset.toString(), "--out", dir.resolve("out").toString()));
  }

  interface Builder {
    void build(XWPFDocument doc);
  }

  static byte[] docx(Builder builder) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      builder.build(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }
}
