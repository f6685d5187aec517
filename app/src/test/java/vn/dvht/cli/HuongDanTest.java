package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.XlsxDump;

/**
 * The clerk's guide ({@code docs/huong-dan/}): the README links it first, its pictures are there, and the blank
 * workbook it ships beside dvht.cmd is what {@code dvht template} makes today ({@code -Ddvht.regenerate=true}
 * rewrites it).
 */
class HuongDanTest {
  static final Path GUIDE = Path.of("../docs/huong-dan");

  @Test
  void theBlankWorkbookIsTheTemplateDvhtMakes(@TempDir Path dir) throws Exception {
    Path fresh = dir.resolve("mau-danh-gia.xlsx");
    assertThat(CliRun.of("template", "-r", "tt24", "-o", fresh.toString()).code()).isZero();
    if (Boolean.getBoolean("dvht.regenerate")) {
      Files.copy(fresh, GUIDE.resolve("mau-danh-gia.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(XlsxDump.of(GUIDE.resolve("mau-danh-gia.xlsx"))).isEqualTo(XlsxDump.of(fresh));
  }

  @Test
  void theGuideWalksTheWholePathWithItsPicturesAndTheReadmeLinksItFirst() throws Exception {
    String guide = Files.readString(GUIDE.resolve("README.md"));
    assertThat(guide).contains("## 1. Tải về", "## 2. Giải nén", "## 3. Điền bảng tính mẫu", "## 4. Kéo thả",
        "## 6. Điền các ô tô vàng", "## 7. Ký, đóng dấu", "## 8. Nộp hồ sơ", "mau-danh-gia.xlsx");
    Matcher picture = Pattern.compile("!\\[[^]]+]\\(([^)]+\\.png)\\)").matcher(guide);
    int pictures = 0;
    for (; picture.find(); pictures++) {
      assertThat(GUIDE.resolve(picture.group(1))).isNotEmptyFile();
    }
    assertThat(pictures).isGreaterThanOrEqualTo(3);
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme.substring(readme.indexOf("](") + 2)).as("the guide is the README's first link")
        .startsWith("docs/huong-dan/README.md)");
  }
}
