package vn.dvht.model;

/** The test a member's row must pass to count towards a share indicator. */
public sealed interface MemberTest {
  /** The field it reads. */
  String field();

  /** The cell says yes. */
  record IsYes(String field) implements MemberTest {}

  /** The cell names a step of the field's scale at least as high as {@code item}. */
  record AtLeast(String field, String item) implements MemberTest {}
}
