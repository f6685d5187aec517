package vn.dvht.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.CliRun;

/**
 * A result a unit sent, decided again by the evaluator from its own counts, answers and evidence, comes
 * out exactly as the unit's evaluation: every indicator's status and k/n at every level, and the levels.
 */
class SummaryReplayTest {
  @TempDir
  Path dir;

  @Test
  void aResultReplayedIsDecidedExactlyAsTheUnitsEvaluation() throws Exception {
    var ruleset = new RulesetLoader().resolve("tt24").ruleset();
    for (String sample : new String[] {"000-bqlkkt-an-giang", "001-mn-hoa-sen", "003-thpt-ly-nhan"}) {
      Path json = dir.resolve(sample + ".json");
      Files.writeString(json, CliRun.of("evaluate", "../samples/" + sample + ".xlsx", "--ruleset", "tt24", "--json",
          "--no-files").out());
      SubmittedSummary summary = ResultJsonReader.read(json).get(0);
      SummaryReplay.Replay replay = SummaryReplay.replay(ruleset, summary, Optional.empty(), true);
      assertThat(replay.inconsistencies()).as(sample).isEmpty();
      EvaluationResult result = replay.result();
      assertThat(result.decision().reached().map(l -> l.id()).orElse("")).as(sample).isEqualTo(summary.level());
      assertThat(result.decision().requestable().map(l -> l.id()).orElse("")).as(sample).isEqualTo(summary.requested());
      for (LevelResult level : result.levels()) {
        for (IndicatorResult r : level.indicators()) {
          SubmittedIndicator row = summary.rows(r.indicator().id()).stream()
              .filter(x -> x.level().equals(level.level().id())).findFirst().orElseThrow();
          assertThat(r.status().key()).as(sample + " " + row.place()).isEqualTo(row.status());
          if (r.outcome() instanceof Outcome.Share s) {
            assertThat(s.numerator() + "/" + s.denominator()).isEqualTo(row.numerator() + "/" + row.denominator());
          }
        }
      }
      assertThat(SubmissionCheck.check(summary, replay, Optional.empty(), Optional.empty(), summary.rulesetSha()))
          .as(sample).isEmpty();
    }
  }
}
