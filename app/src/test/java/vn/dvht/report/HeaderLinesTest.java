package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agency names in the header block break where a clerk would break them. */
class HeaderLinesTest {
  /** The left header cell less its margins, as DocxWriter sets it. */
  private static final int CELL = (int) Math.round((11906 - 1701 - 851) * DocxWriter.HEADER_LEFT) - 216;

  @Test
  void aNameThatFitsStaysOnOneLine() {
    assertThat(HeaderLines.of("TRƯỜNG MẦM NON HOA SEN", 12, true, CELL)).containsExactly("TRƯỜNG MẦM NON HOA SEN");
    assertThat(HeaderLines.of("TRƯỜNG THPT LÝ NHÂN", 12, true, CELL)).containsExactly("TRƯỜNG THPT LÝ NHÂN");
  }

  @Test
  void aLongNameBreaksBeforeItsPlace() {
    assertThat(HeaderLines.of("PHÒNG NỘI VỤ HUYỆN TÂN BIÊN", 12, true, CELL))
        .containsExactly("PHÒNG NỘI VỤ", "HUYỆN TÂN BIÊN");
    assertThat(HeaderLines.of("BAN QUẢN LÝ KHU KINH TẾ TỈNH AN GIANG", 12, true, CELL))
        .containsExactly("BAN QUẢN LÝ KHU KINH TẾ", "TỈNH AN GIANG");
    assertThat(HeaderLines.of("VĂN PHÒNG HĐND VÀ UBND HUYỆN ĐẮK GLONG", 12, true, CELL))
        .containsExactly("VĂN PHÒNG HĐND VÀ UBND", "HUYỆN ĐẮK GLONG");
    assertThat(HeaderLines.of("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH", 12, false, CELL))
        .containsExactly("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "THÀNH PHỐ HỒ CHÍ MINH");
  }

  @Test
  void withoutAPlaceTheLinesAreBalancedNeverBesideVaNorALoneWord() {
    assertThat(HeaderLines.of("TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP VÀ GIÁO DỤC THƯỜNG XUYÊN", 12, true, CELL))
        .containsExactly("TRUNG TÂM GIÁO DỤC", "NGHỀ NGHIỆP VÀ GIÁO DỤC", "THƯỜNG XUYÊN");
    assertThat(HeaderLines.of("TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN NGUYỄN BỈNH KHIÊM", 12, true, CELL))
        .noneMatch(line -> !line.contains(" "));
  }

  @Test
  void theNationalNameFitsTheRightColumn() {
    int right = (11906 - 1701 - 851) - (int) Math.round((11906 - 1701 - 851) * DocxWriter.HEADER_LEFT) - 216;
    assertThat(HeaderLines.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true)).isLessThan(right * 0.98);
    assertThat(HeaderLines.width("SOCIALIST REPUBLIC OF VIETNAM", 12, true)).isLessThan(right * 0.98);
  }
}
