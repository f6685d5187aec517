package vn.dvht.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvht.model.Answer;
import vn.dvht.model.EvidenceRule;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.RulesetLoader;

/**
 * No evidence, no pass (Thông tư 24/2023 Điều 9, 15 khoản 3): under a ruleset whose {@code evidence} is
 * required, a unit-level answer claiming an indicator with an empty "Minh chứng" is not met, for that
 * reason alone and said so; without the rule (Thông tư 22 as encoded) the answer stands.
 */
class EvidenceRuleTest {
  static Ruleset plain;
  static Ruleset strict;

  @BeforeAll
  static void load() throws Exception {
    String mini = Files.readString(Path.of("src/test/resources/eval/mini.yaml"), StandardCharsets.UTF_8);
    plain = new RulesetLoader().parse("mini.yaml", mini.getBytes(StandardCharsets.UTF_8), false).ruleset();
    String withRule = mini + "evidence: {required: true, citation: Điều 9 khoản 3, text: Không có minh chứng thì không đạt.}\n";
    strict = new RulesetLoader().parse("mini-evidence.yaml", withRule.getBytes(StandardCharsets.UTF_8), false)
        .ruleset();
  }

  @Test
  void theRuleIsReadFromTheRuleset() {
    assertThat(plain.evidence()).isEqualTo(EvidenceRule.NONE);
    assertThat(strict.evidence()).isEqualTo(new EvidenceRule(true, "Điều 9 khoản 3", "Không có minh chứng thì không đạt."));
  }

  @ParameterizedTest(name = "KH \"{0}\" with evidence \"{1}\": strict {2}, plain {3}, missing evidence {4}")
  @CsvSource(delimiter = '|', value = {
    "Có    | Kế hoạch số 1 | dat       | dat       | false",
    "Có    | ''            | khong-dat | dat       | true",
    "Có    | '   '         | khong-dat | dat       | true",
    "Không | ''            | khong-dat | khong-dat | false",
    "Không | Kế hoạch số 1 | khong-dat | khong-dat | false",
  })
  void aYesWithoutEvidenceIsNotMet(String value, String evidence, String strictStatus, String plainStatus,
      boolean missing) {
    Map<String, FactAnswer> facts = Map.of("KH", fact("KH", new Answer.Flag(value.equals("Có"), value), evidence),
        "TT", fact("TT", new Answer.Rank(2, "x"), "Quyết định 5"));
    Outcome strictOutcome = outcome(new Evaluator().evaluate(strict, unit(facts)), "muc-1", "KH");
    Outcome plainOutcome = outcome(new Evaluator().evaluate(plain, unit(facts)), "muc-1", "KH");

    assertThat(strictOutcome.status().key()).isEqualTo(strictStatus);
    assertThat(plainOutcome.status().key()).isEqualTo(plainStatus);
    assertThat(strictOutcome.missingEvidence()).isEqualTo(missing);
    assertThat(plainOutcome.missingEvidence()).isFalse();
  }

  @Test
  void aRankWithoutEvidenceIsNotMetAndTheLevelIsLost() {
    Map<String, FactAnswer> backed = Map.of("KH", fact("KH", new Answer.Flag(true, "Có"), "Kế hoạch số 1"),
        "TT", fact("TT", new Answer.Rank(2, "Xuất sắc"), "Quyết định 5"));
    Map<String, FactAnswer> unbacked = Map.of("KH", backed.get("KH"), "TT", fact("TT", new Answer.Rank(2, "Xuất sắc"), ""));

    EvaluationResult withEvidence = new Evaluator().evaluate(strict, unit(backed));
    EvaluationResult without = new Evaluator().evaluate(strict, unit(unbacked));

    assertThat(withEvidence.decision().reached()).map(l -> l.id()).contains("muc-2");
    assertThat(outcome(without, "muc-1", "TT").status()).isEqualTo(Status.NOT_MET);
    assertThat(outcome(without, "muc-1", "TT").missingEvidence()).isTrue();
    assertThat(without.decision().reached()).isEmpty();
    assertThat(new Evaluator().evaluate(plain, unit(unbacked)).decision().reached()).map(l -> l.id())
        .contains("muc-2");
  }

  @Test
  void aRankOfNoneNeedsNoEvidenceToFail() {
    Outcome none = new Outcome.Rank(null, "tien-tien", 1, new Answer.Rank(0, "Không"), "", true);
    assertThat(none.status()).isEqualTo(Status.NOT_MET);
    assertThat(none.missingEvidence()).as("not met for its answer, not for the evidence").isFalse();
  }

  @ParameterizedTest(name = "score {0} of 10 with evidence \"{1}\", rule {2}: {3}")
  @CsvSource(delimiter = '|', value = {
    "10    | Tự chấm | true  | dat",
    "10    | ''      | false | dat",
    "10.00 | Tự chấm | true  | dat",
    "12    | Tự chấm | true  | dat",
    "9.99  | Tự chấm | true  | khong-dat",
    "10    | ''      | true  | khong-dat",
    "0     | ''      | true  | khong-dat",
  })
  void aScoreIsMetExactlyAtFullPointsAndOnlyWithItsEvidenceWhenRequired(String score, String evidence,
      boolean required, String status) {
    Outcome.Fact fact = new Outcome.Fact(null, new Answer.Score(new BigDecimal(score), score), evidence,
        BigDecimal.TEN, required);
    assertThat(fact.status().key()).isEqualTo(status);
    assertThat(fact.missingEvidence()).isEqualTo(required && evidence.isBlank() && new BigDecimal(score).signum() > 0);
  }

  private static FactAnswer fact(String key, Answer answer, String evidence) {
    return new FactAnswer(key, answer, evidence, new SourceRow("Đơn vị", 2));
  }

  private static Unit unit(Map<String, FactAnswer> facts) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      members.add(new Member(new SourceRow("Thành viên", i + 2), "Người " + i, "", "thanh-vien",
          Map.of("ky-luat", new Answer.Flag(true, "Có"), "danh-hieu", new Answer.Rank(1, "LĐTT"))));
    }
    for (int i = 0; i < 10; i++) {
      members.add(new Member(new SourceRow("Thành viên", i + 20), "Học sinh " + i, "", "nguoi-hoc",
          Map.of("ky-luat", new Answer.Flag(true, "Có"))));
    }
    return new Unit(new UnitProfile("Đơn vị thử", "huyen", "truong", 2025, ""), facts, members);
  }

  private static Outcome outcome(EvaluationResult result, String level, String indicator) {
    return result.levels().stream().filter(l -> l.level().id().equals(level)).findFirst().orElseThrow()
        .indicators().stream().filter(i -> i.indicator().id().equals(indicator)).findFirst().orElseThrow().outcome();
  }
}
