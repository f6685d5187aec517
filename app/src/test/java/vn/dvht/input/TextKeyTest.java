package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** What counts as the same header or value for a clerk. */
class TextKeyTest {

  @Test
  void caseSpacesAndUnicodeFormDoNotMatter() {
    assertThat(TextKey.same("Kỷ luật lao động", "  KỶ LUẬT   lao\u00A0động ")).isTrue();
    String nfd = Normalizer.normalize("Công dân học tập", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Công dân học tập");
    assertThat(TextKey.same(nfd, "Công dân học tập")).isTrue();
  }

  @Test
  void oldAndNewTonePlacementAreTheSame() {
    assertThat(TextKey.same("Hoà", "Hòa")).isTrue();
    assertThat(TextKey.same("Thuỷ", "Thủy")).isTrue();
    assertThat(TextKey.same("hoá học", "hóa học")).isTrue();
    assertThat(TextKey.same("Người học", Normalizer.normalize("Người học", Normalizer.Form.NFD))).isTrue();
  }

  @Test
  void differentWordsStayDifferent() {
    assertThat(TextKey.same("đạt", "dat")).as("đ does not decompose").isFalse();
    assertThat(TextKey.same("Có", "Co")).as("tones matter").isFalse();
    assertThat(TextKey.same("Hoà", "Hoa")).isFalse();
  }
}
