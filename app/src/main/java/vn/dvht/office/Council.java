package vn.dvht.office;

import java.util.List;

/**
 * The appraisal council (Hội đồng đánh giá, công nhận "Đơn vị học tập", Điều 10, 16 khoản 2 điểm b):
 * its members in the order listed.
 *
 * <p>The circular reads "gồm có chủ tịch, thư ký và các ủy viên, số lượng ủy viên của hội đồng là số
 * lẻ, tối thiểu là 05 người". dvht reads "ủy viên của hội đồng" as every member of the council, the
 * chair and the secretary included — the same words name those whose written opinions the council
 * gathers (điểm c), and an odd number matters for a vote of all — so it counts everyone listed:
 * an odd number, five or more ({@link #legalSize()}). Read the other way (the ủy viên apart from the
 * chair and the secretary, an odd number of at least five) a council needs seven or more; the total
 * is odd either way.
 */
public record Council(List<CouncilMember> members) {
  /** The smallest council the circular allows, everyone counted. */
  public static final int MINIMUM = 5;

  public Council {
    members = List.copyOf(members);
  }

  /** An odd number of members, {@value #MINIMUM} or more. */
  public boolean legalSize() {
    return members.size() >= MINIMUM && members.size() % 2 == 1;
  }

  public List<CouncilMember> with(Role role) {
    return members.stream().filter(m -> m.role() == role).toList();
  }

  /** The groups the circular names that no member represents. */
  public List<Group> missingGroups() {
    return java.util.Arrays.stream(Group.values())
        .filter(g -> members.stream().noneMatch(m -> m.group().filter(g::equals).isPresent())).toList();
  }

  /** The chair's name, or "" when the sheet names no chair. */
  public String chair() {
    return with(Role.CHAIR).stream().map(CouncilMember::name).findFirst().orElse("");
  }

  /** The secretary's name, or "". */
  public String secretary() {
    return with(Role.SECRETARY).stream().map(CouncilMember::name).findFirst().orElse("");
  }
}
