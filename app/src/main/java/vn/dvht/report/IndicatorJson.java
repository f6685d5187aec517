package vn.dvht.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Scorecard;
import vn.dvht.json.PlainNumber;
import vn.dvht.json.ResultJson;
import vn.dvht.model.Answer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Ruleset;

/** One indicator of a result as its {@link ResultJson.Indicator}: counts and share, or a unit fact's value. */
final class IndicatorJson {
  private IndicatorJson() {}

  static ResultJson.Indicator of(EvaluationResult result, IndicatorResult row) {
    Indicator indicator = row.indicator();
    Outcome outcome = row.outcome();
    String population = null;
    JsonNode numerator = NullNode.instance;
    JsonNode denominator = NullNode.instance;
    JsonNode percent = null;
    JsonNode threshold = NullNode.instance;
    Long shortfall = null;
    JsonNode value = null;
    String evidence = null;
    if (outcome instanceof Outcome.Share s) {
      population = ((Measure.Share) indicator.measure()).population();
      numerator = LongNode.valueOf(s.numerator());
      denominator = LongNode.valueOf(s.denominator());
      percent = PlainNumber.of(s.percent());
      threshold = PlainNumber.of(s.threshold());
      shortfall = s.shortfall();
    } else if (outcome instanceof Outcome.Rank r) {
      threshold = TextNode.valueOf(r.requiredItem());
      value = rankValue(result.ruleset(), indicator, r.answer());
      evidence = r.evidence();
    } else if (outcome instanceof Outcome.Fact f) {
      value = f.answer() instanceof Answer.Flag flag ? BooleanNode.valueOf(flag.yes())
          : f.answer() instanceof Answer.Score score ? PlainNumber.of(score.value()) : NullNode.instance;
      evidence = f.evidence();
    }
    Optional<Scorecard.IndicatorScore> score = score(result, indicator);
    var target = Phrases.targetOf(outcome);
    return new ResultJson.Indicator(indicator.id(), indicator.criterionId(), indicator.measure().kind(),
        row.status().key(), outcome.missingEvidence() ? "missing-evidence" : null, population, numerator, denominator,
        percent, threshold, shortfall, value, evidence, score.map(sc -> sc.earned().shown()).orElse(null),
        score.map(Scorecard.IndicatorScore::max).orElse(null), score.isPresent() ? indicator.credit().key() : null,
        target.map(t -> t.confidence().key()).orElse(null), target.map(t -> t.citation()).orElse(null),
        target.map(t -> t.note()).filter(n -> !n.isBlank()).orElse(null));
  }

  private static Optional<Scorecard.IndicatorScore> score(EvaluationResult result, Indicator indicator) {
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      return scored.indicators().stream().filter(s -> s.indicator().id().equals(indicator.id())).reduce((a, b) -> b);
    }
    return Optional.empty();
  }

  private static JsonNode rankValue(Ruleset ruleset, Indicator indicator, Answer answer) {
    if (answer instanceof Answer.Rank rank) {
      var item = ruleset.scale(((Measure.UnitRank) indicator.measure()).scale()).itemAt(rank.rank());
      return TextNode.valueOf(item.isPresent() ? item.get().id() : "");
    }
    return NullNode.instance;
  }
}
