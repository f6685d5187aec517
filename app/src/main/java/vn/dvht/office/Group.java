package vn.dvht.office;

import java.util.List;
import java.util.Optional;
import vn.dvht.input.TextKey;

/**
 * Whom a council member represents (Điều 10, 16 khoản 2 điểm b: "đại diện cơ quan chuyên môn …; đại
 * diện Hội khuyến học …; đại diện tổ chức chính trị-xã hội …"), recognised in what the office wrote
 * in "Thành phần" or, failing that, in the member's post.
 */
public enum Group {
  SPECIALISED("co-quan-chuyen-mon", List.of("cơ quan chuyên môn", "sở ", "phòng ", "văn phòng", "ủy ban nhân dân",
      "ubnd", "sở giáo dục", "phòng giáo dục")),
  STUDY_PROMOTION("hoi-khuyen-hoc", List.of("khuyến học")),
  SOCIO_POLITICAL("chinh-tri-xa-hoi", List.of("chính trị - xã hội", "chính trị-xã hội", "chính trị xã hội",
      "mặt trận", "đoàn thanh niên", "đoàn tncs", "tỉnh đoàn", "huyện đoàn", "hội liên hiệp phụ nữ", "hội lhpn",
      "hội phụ nữ", "hội nông dân", "hội cựu chiến binh", "liên đoàn lao động", "công đoàn"));

  private final String key;
  private final List<String> words;

  Group(String key, List<String> words) {
    this.key = key;
    this.words = words;
  }

  public String key() {
    return key;
  }

  /** The group a text names; the study promotion association before the "hội …" of the others. */
  static Optional<Group> in(String text) {
    String key = " " + TextKey.of(text) + " ";
    for (Group group : List.of(STUDY_PROMOTION, SOCIO_POLITICAL, SPECIALISED)) {
      for (String word : group.words) {
        // A word ending in a space ("sở ") is a whole word; the others may start a longer one.
        if (key.contains(" " + TextKey.of(word) + (word.endsWith(" ") ? " " : ""))) {
          return Optional.of(group);
        }
      }
    }
    return Optional.empty();
  }
}
