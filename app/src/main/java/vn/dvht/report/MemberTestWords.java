package vn.dvht.report;

import vn.dvht.diag.Wording;
import vn.dvht.model.FieldType;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;

/** Member tests in words, one case per kind of test. */
final class MemberTestWords {
  private MemberTestWords() {}

  /** What a member must have to pass a test: "Kỷ luật lao động", "Danh hiệu thi đua ≥ Lao động tiên tiến". */
  static String test(Wording words, Ruleset ruleset, MemberTest test) {
    return test.accept(new MemberTest.Cases<String>() {
      @Override
      public String isYes(MemberTest.IsYes yes) {
        return ruleset.field(yes.field()).header();
      }

      @Override
      public String atLeast(MemberTest.AtLeast at) {
        FieldType.Ranked type = (FieldType.Ranked) ruleset.field(at.field()).type();
        return ruleset.field(at.field()).header() + " ≥ " + ruleset.scale(type.scale()).item(at.item()).label();
      }

      @Override
      public String scored(MemberTest.Scored scored) {
        return words.get("test.scored", ruleset.field(scored.field()).header(), scored.rule().parts().size(),
            ScoreRule.plain(scored.rule().minTotal()), ScoreRule.plain(scored.rule().minEach()));
      }
    });
  }
}
