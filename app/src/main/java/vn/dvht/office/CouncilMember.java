package vn.dvht.office;

/**
 * One member of the appraisal council as the office listed them: the sheet row, name, post and
 * workplace, role in the council, and whom they represent as written ("" when not said).
 */
public record CouncilMember(int row, String name, String post, Role role, String represents) {

  /** The group the member represents: from "Thành phần", else from the post. */
  public java.util.Optional<Group> group() {
    return Group.in(represents).or(() -> Group.in(post));
  }
}
