package vn.dvht.model;

import java.util.List;

/**
 * The test a member's row must pass to count towards a share indicator. Code that must treat each kind
 * in its own way implements {@link Cases}: a new kind is then a compile error wherever it is not handled.
 */
public sealed interface MemberTest {
  /** The member columns it reads. */
  List<String> fields();

  /** Hands this test to the case for its kind. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of test. */
  interface Cases<R> {
    R isYes(IsYes test);

    R atLeast(AtLeast test);
  }

  /** The cell says yes. */
  record IsYes(String field) implements MemberTest {
    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.isYes(this);
    }
  }

  /** The cell names a step of the field's scale at least as high as {@code item}. */
  record AtLeast(String field, String item) implements MemberTest {
    @Override
    public List<String> fields() {
      return List.of(field);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.atLeast(this);
    }
  }
}
