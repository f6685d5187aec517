package vn.dvht.office;

import java.util.List;
import vn.dvht.input.TextKey;

/**
 * A council member's role (Điều 10, 16 khoản 2 điểm b: "chủ tịch, thư ký và các ủy viên"), with the
 * words an office writes for it; {@code key} is the message and JSON name.
 */
public enum Role {
  CHAIR("chu-tich", List.of("Chủ tịch", "Chủ tịch Hội đồng", "Chủ tịch HĐ")),
  VICE_CHAIR("pho-chu-tich", List.of("Phó Chủ tịch", "Phó Chủ tịch Hội đồng", "Phó Chủ tịch HĐ")),
  SECRETARY("thu-ky", List.of("Thư ký", "Ủy viên thư ký", "Ủy viên, thư ký", "Thư ký Hội đồng", "Ủy viên - Thư ký")),
  MEMBER("uy-vien", List.of("Ủy viên", "Thành viên", "Ủy viên Hội đồng"));

  private final String key;
  private final List<String> words;

  Role(String key, List<String> words) {
    this.key = key;
    this.words = words;
  }

  public String key() {
    return key;
  }

  /** The role a cell names, compared as a {@link TextKey}. */
  static java.util.Optional<Role> of(String text) {
    for (Role role : values()) {
      if (role.words.stream().anyMatch(w -> TextKey.same(w, text)) || role.key.equals(text.strip())) {
        return java.util.Optional.of(role);
      }
    }
    return java.util.Optional.empty();
  }

  /** The words a cell may hold, for an error message. */
  static String accepted() {
    return String.join(", ", java.util.Arrays.stream(values()).map(r -> r.words.get(0)).toList());
  }
}
