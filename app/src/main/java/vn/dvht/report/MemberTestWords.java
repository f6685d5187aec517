package vn.dvht.report;

import vn.dvht.model.Confidence;
import vn.dvht.model.FieldType;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;
import vn.dvht.diag.Wording;

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
        return words.get("test.scored", ruleset.field(scored.field()).header(), rule(words, ruleset, scored.rule()));
      }
    });
  }

  /**
   * A title's score rule as every output prints it: "10 điểm tự đánh giá: tổng ≥ 80, không điểm nào dưới 5 (*)",
   * "(*)" when inferred, then each group with bars of its own ("; Người học: tổng ≥ 85, … (*)").
   */
  static String rule(Wording words, Ruleset ruleset, ScoreRule rule) {
    StringBuilder text = new StringBuilder(words.get("test.scoreRule", rule.parts().size(), bars(words, rule)));
    rule.groups().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(g -> text.append("; ").append(ruleset.population(g.getKey()).label()).append(": ")
            .append(bars(words, g.getValue())));
    return text.toString();
  }

  private static String bars(Wording words, ScoreRule rule) {
    return words.get("test.scoreBars", ScoreRule.plain(rule.minTotal()), ScoreRule.plain(rule.minEach()))
        + (rule.confidence() == Confidence.INFERRED ? " (*)" : "");
  }

  /** Whether a test rests on an inferred rule, so its words carry "(*)" and the output its footnote. */
  static boolean inferred(MemberTest test) {
    return test.accept(new MemberTest.Cases<Boolean>() {
      @Override
      public Boolean isYes(MemberTest.IsYes yes) {
        return false;
      }

      @Override
      public Boolean atLeast(MemberTest.AtLeast at) {
        return false;
      }

      @Override
      public Boolean scored(MemberTest.Scored scored) {
        return scored.rule().inferred();
      }
    });
  }
}
