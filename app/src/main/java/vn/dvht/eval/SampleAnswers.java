package vn.dvht.eval;

import java.util.Map;
import vn.dvht.model.Answer;
import vn.dvht.model.FieldType;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;

/**
 * The cells of a made-up member who passes, or fails, a member test: what a ruleset's {@code tests:} and
 * an office replaying a summary's counts put in the members they make, one case per kind of test.
 *
 * <pre>{@code
 * SampleAnswers.of(ruleset, new MemberTest.IsYes("ky-luat-lao-dong"), true);  // {ky-luat-lao-dong=Flag[yes]}
 * }</pre>
 */
public final class SampleAnswers {
  private SampleAnswers() {}

  /** The answers, by field, of a member who passes {@code test} (or fails it, when not {@code passes}). */
  public static Map<String, Answer> of(Ruleset ruleset, MemberTest test, boolean passes) {
    return test.accept(new MemberTest.Cases<Map<String, Answer>>() {
      @Override
      public Map<String, Answer> isYes(MemberTest.IsYes yes) {
        return Map.of(yes.field(), new Answer.Flag(passes, ""));
      }

      @Override
      public Map<String, Answer> atLeast(MemberTest.AtLeast at) {
        FieldType.Ranked type = (FieldType.Ranked) ruleset.field(at.field()).type();
        int rank = passes ? ruleset.scale(type.scale()).rank(at.item()) : 0;
        return Map.of(at.field(), new Answer.Rank(rank, passes ? at.item() : ""));
      }

      @Override
      public Map<String, Answer> scored(MemberTest.Scored scored) {
        // No scores: the title given directly counts.
        return Map.of(scored.field(), new Answer.Flag(passes, ""));
      }
    });
  }

  /** Whether an answer made here is the failing one of its kind: "no", rank 0. */
  public static boolean failing(Answer answer) {
    return answer instanceof Answer.Flag f && !f.yes() || answer instanceof Answer.Rank r && r.rank() == 0;
  }
}
