package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvht.model.Named;
import vn.dvht.model.Ruleset;
import vn.dvht.ruleset.RulesetLoader;

/** "Loại đơn vị" as clerks of the units TT 24 covers write it, recognised with the built-in lists. */
class UnitTypeRecogniserTest {
  static Ruleset tt24;

  @BeforeAll
  static void load() throws Exception {
    tt24 = new RulesetLoader().resolve("tt24").ruleset();
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Ủy ban nhân dân xã                          | ubnd-xa                  | -",
      "Uỷ ban nhân dân phường Bến Nghé             | ubnd-xa                  | -",
      "UBND thị trấn Tân Biên                      | ubnd-xa                  | -",
      "Ủy ban nhân dân huyện Đắk Glong             | co-quan-nha-nuoc         | -",
      "Văn phòng HĐND&UBND huyện                   | co-quan-nha-nuoc         | -",
      "Phòng Nội vụ                                | co-quan-nha-nuoc         | -",
      "Cơ quan hành chính nhà nước                 | co-quan-nha-nuoc         | -",
      "Ban Tuyên giáo Huyện ủy                     | co-quan-dang             | -",
      "Văn phòng Tỉnh ủy                           | co-quan-dang             | -",
      "Đảng ủy xã Tân Hòa                          | co-quan-dang             | -",
      "Cơ quan Huyện ủy                            | co-quan-dang             | -",
      "Tổ chức chính trị - xã hội                  | mttq-doan-the            | -",
      "Hội Liên hiệp Phụ nữ huyện                  | mttq-doan-the            | -",
      "Ủy ban Mặt trận Tổ quốc Việt Nam xã         | mttq-doan-the            | -",
      "Huyện đoàn                                  | mttq-doan-the            | -",
      "Hội Nông dân xã                             | mttq-doan-the            | -",
      "Hội Khuyến học huyện                        | hoi                      | -",
      "Hội đồng nhân dân tỉnh                      | co-quan-nha-nuoc         | -",
      "Trạm Y tế xã                                | don-vi-su-nghiep-cong-lap| -",
      "Công ty TNHH Minh Phát                      | to-chuc-kinh-te          | -",
      "Trường mầm non                              | mam-non                  | -",
      "Trường Mầm non tư thục Hoa Mai              | mam-non                  | ngoai-cong-lap",
      "Nhóm trẻ dân lập                            | mam-non                  | ngoai-cong-lap",
      "Trường TH&THCS Kim Đồng                     | thcs                     | -",
      "Trường trung học phổ thông tư thục          | thpt                     | ngoai-cong-lap",
      "Trường THPT tư thục Nguyễn Khuyến           | thpt                     | ngoai-cong-lap",
      "Trường THCS và THPT Hoa Sen                 | thpt                     | -",
      "Trường THPT công lập                        | thpt                     | cong-lap",
      "Trung tâm GDNN-GDTX huyện                   | gdnn-gdtx                | -",
      "Trung tâm Giáo dục thường xuyên tỉnh        | gdtx                     | -",
      "Công an huyện Tân Biên                      | cong-an                  | -",
      "Ban Chỉ huy quân sự huyện                   | quan-su                  | -",
      "Bộ Chỉ huy quân sự tỉnh Tây Ninh            | quan-su                  | -",
      "Bộ Tư lệnh Thủ đô Hà Nội                    | quan-su                  | -",
      "Ban Quản lý các khu công nghiệp tỉnh        | ban-quan-ly-khu          | -",
      "Ban Quản lý Khu kinh tế tỉnh An Giang       | ban-quan-ly-khu          | -",
      "Hợp tác xã nông nghiệp Tân Hòa              | to-chuc-kinh-te          | -",
      "Trường PTDTBT Tiểu học Nậm Ban              | pt-dan-toc-ban-tru       | -",
      "Trường Phổ thông Dân tộc nội trú tỉnh       | pt-dan-toc-noi-tru       | -",
      "Trường THPT chuyên Lê Quý Đôn               | truong-chuyen            | -",
      "Trường Năng khiếu Thể dục thể thao          | truong-chuyen            | -",
      "Trường Dự bị đại học Dân tộc                | du-bi-dai-hoc            | -",
      "Trường giáo dưỡng số 2                      | giao-duong               | -",
      "Trung tâm Hỗ trợ phát triển giáo dục hòa nhập| hoa-nhap                | -",
      "Trường chuyên biệt Hy Vọng                  | khuyet-tat               | -",
      "Trung tâm Ngoại ngữ - Tin học tư thục       | co-so-giao-duc-khac      | ngoai-cong-lap",
      "Trường Cao đẳng Sư phạm                     | giao-duc-nghe-nghiep     | -",
      "Trường đại học tư thục                      | dai-hoc                  | ngoai-cong-lap",
      "Trường Đại học ngoài công lập Văn Lang      | dai-hoc                  | ngoai-cong-lap",
      "Truong dai hoc tu thuc                      | dai-hoc                  | ngoai-cong-lap",
      "Tổ chức kinh tế                             | to-chuc-kinh-te          | -"})
  void recognisesTheKindAndTheOwnershipFromTheWords(String text, String type, String ownership) {
    UnitTypeRecogniser recogniser = new UnitTypeRecogniser(tt24);

    assertThat(recogniser.type(text).map(Named::id)).as(text).contains(type);
    assertThat(recogniser.ownership(text).map(Named::id)).as(text).isEqualTo(Optional.ofNullable(ownership));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Cơ quan                      | Cơ quan của Đảng, Cơ quan nhà nước",
      "Co quan Dang                 | Cơ quan của Đảng",
      "Truong tieu hoc va trung hoc | Trường tiểu học, Trường trung học cơ sở"})
  void anUnknownOrAmbiguousTypeGetsTheClosestOnes(String text, String closest) {
    UnitTypeRecogniser recogniser = new UnitTypeRecogniser(tt24);

    if (text.equals("Cơ quan")) {
      assertThat(recogniser.type(text)).as("\"Cơ quan\" alone names no kind: state or Party").isEmpty();
    }
    assertThat(recogniser.closest(text, 3)).hasSize(3).extracting(Named::label)
        .containsAll(java.util.List.of(closest.split(", ")));
  }
}
