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

    R scored(Scored test);
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

  /**
   * The member holds the title of {@code field}: computed by {@code rule} when the row has every score,
   * else as the title column says.
   */
  record Scored(String field, ScoreRule rule) implements MemberTest {
    @Override
    public List<String> fields() {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of(field), rule.parts().stream()).toList();
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.scored(this);
    }

    /** Whether the member holds the title, and from where: as checked when the row was read, else checked now. */
    public Title title(Member member) {
      Title checked = member.titles().get(field);
      return checked != null ? checked : check(member);
    }

    /** Checks the member's scores under the rule of the member's group: the one place a title is decided. */
    public Title check(Member member) {
      ScoreRule.ScoreCheck check = rule.check(member);
      boolean given = member.answer(field) instanceof Answer.Flag f && f.yes();
      return new Title(check.complete() ? check.titled() : given, check, member.answer(field));
    }
  }

  /** A member's title under a {@link Scored} test: what counted, the scores' check, the title given. */
  record Title(boolean holds, ScoreRule.ScoreCheck check, Answer given) {
    /** The title counted is the one computed from scores. */
    public boolean fromScores() {
      return check.complete();
    }

    /** Scores complete and a title given directly that says otherwise. */
    public boolean disagrees() {
      return fromScores() && given instanceof Answer.Flag f && f.yes() != check.titled();
    }
  }
}
