package vn.dvht.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvht.model.Answer;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetTest;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;

/**
 * Runs the tests a ruleset carries: builds each test's unit (facts met unless the test says
 * otherwise, each with evidence unless listed in {@code withoutEvidence}; members passing every
 * indicator of their population but for the counts given), evaluates it, and compares level, grade and
 * statuses with what the test expects.
 *
 * <pre>{@code
 * for (RulesetTestRunner.Result r : new RulesetTestRunner().run(ruleset)) { … r.passed() … }
 * }</pre>
 */
public final class RulesetTestRunner {
  /** The "Minh chứng" of every unit-level answer a test gives, unless it names the indicator in {@code withoutEvidence}. */
  static final String EVIDENCE = "(minh chứng của ca kiểm thử)";

  /** One test's outcome; {@code failures} says, in words, each expectation that was not met. */
  public record Result(RulesetTest test, List<Mismatch> failures) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** An expectation not met: what was checked, what the test expected, what came out. */
  public record Mismatch(String what, String expected, String actual) {}

  public List<Result> run(Ruleset ruleset) {
    List<Result> results = new ArrayList<>();
    for (RulesetTest test : ruleset.tests()) {
      EvaluationResult result = new Evaluator().evaluate(ruleset, unit(ruleset, test));
      results.add(new Result(test, mismatches(test.expect(), result)));
    }
    return results;
  }

  static Unit unit(Ruleset ruleset, RulesetTest test) {
    Map<String, FactAnswer> facts = new LinkedHashMap<>();
    for (Indicator indicator : ruleset.indicators()) {
      Answer answer = test.facts().containsKey(indicator.id()) ? test.facts().get(indicator.id()) : met(ruleset, indicator);
      if (answer != null) {
        String evidence = test.withoutEvidence().contains(indicator.id()) ? "" : EVIDENCE;
        facts.put(indicator.id(), new FactAnswer(indicator.id(), answer, evidence, new SourceRow("tests", test.line())));
      }
    }
    for (var fact : ruleset.facts()) {
      Answer answer = test.facts().get(fact.id());
      if (answer != null) {
        facts.put(fact.id(), new FactAnswer(fact.id(), answer, "", new SourceRow("tests", test.line())));
      }
    }
    List<Member> members = new ArrayList<>();
    for (RulesetTest.Members spec : test.members()) {
      for (int i = 0; i < spec.count(); i++) {
        members.add(new Member(new SourceRow("tests", i + 1), "#" + (i + 1), "", spec.population(),
            answers(ruleset, spec, i)));
      }
    }
    return new Unit(test.profile(), facts, members);
  }

  /** A unit-level answer that meets the indicator at every level; null for shares. */
  private static Answer met(Ruleset ruleset, Indicator indicator) {
    return indicator.measure().accept(new Measure.Cases<Answer>() {
      @Override
      public Answer share(Measure.Share share) {
        return null;
      }

      @Override
      public Answer unitFact(Measure.UnitFact fact) {
        return new Answer.Flag(true, "");
      }

      @Override
      public Answer unitRank(Measure.UnitRank rank) {
        return new Answer.Rank(ruleset.scale(rank.scale()).items().size(), "");
      }
    });
  }

  /**
   * The {@code i}-th member's cells: each passes the tests of its population but those that pass fewer
   * members than {@code i}; a field two tests read fails both when either fails, else passes the stricter.
   */
  private static Map<String, Answer> answers(Ruleset ruleset, RulesetTest.Members spec, int i) {
    Map<String, Answer> answers = new HashMap<>();
    for (Indicator indicator : ruleset.indicators()) {
      if (indicator.measure() instanceof Measure.Share share && share.population().equals(spec.population())) {
        boolean pass = i < spec.passing().getOrDefault(indicator.id(), spec.count());
        SampleAnswers.of(ruleset, share.test(), pass).forEach((field, answer) ->
            answers.merge(field, answer, RulesetTestRunner::stricter));
      }
    }
    return answers;
  }

  /** Of two answers made for one field, the failing one, else the higher step. */
  private static Answer stricter(Answer a, Answer b) {
    if (SampleAnswers.failing(a) || SampleAnswers.failing(b)) {
      return SampleAnswers.failing(a) ? a : b;
    }
    return a instanceof Answer.Rank x && b instanceof Answer.Rank y && y.rank() > x.rank() ? b : a;
  }

  /** What {@code result} does not give of what {@code expect} asks: level, eligible level, grade, statuses, dossier. */
  public static List<Mismatch> mismatches(RulesetTest.Expectation expect, EvaluationResult result) {
    List<Mismatch> failures = new ArrayList<>();
    check(failures, "level", expect.level(), result.decision().reached().map(l -> l.id()).orElse("none"));
    check(failures, "eligible", expect.eligible(), result.decision().requestable().map(l -> l.id()).orElse("none"));
    var profile = result.unit().profile();
    var dossier = result.ruleset().authority(profile.authority()).dossierFor(profile.year());
    check(failures, "recipient", expect.recipient(),
        dossier.map(d -> d.recipient()).filter(r -> !r.isBlank()).orElse("none"));
    check(failures, "decidedBy", expect.decidedBy(),
        dossier.map(d -> d.decidedBy()).filter(r -> !r.isBlank()).orElse("none"));
    for (Map.Entry<String, Integer> e : expect.clauses().entrySet()) {
      Indicator indicator = result.ruleset().indicator(e.getKey()).orElseThrow();
      String shown = result.levels().get(0).indicators().stream().filter(r -> r.indicator().id().equals(e.getKey()))
          .findFirst().map(r -> r.indicator().text()).orElse("");
      long count = indicator.clauses().stream().filter(c -> shown.contains(c.text())).count();
      check(failures, "clauses " + e.getKey(), String.valueOf(e.getValue()), String.valueOf(count));
    }
    String grade = result.scorecard() instanceof Scorecard.Scored s ? s.grade().id() : "none";
    if (!expect.grade().isEmpty() && !expect.grade().equals(grade)) {
      failures.add(new Mismatch("grade", expect.grade(), grade));
    }
    for (Map.Entry<String, String> e : expect.statuses().entrySet()) {
      String[] key = e.getKey().split("@");
      String actual = result.levels().stream().filter(l -> l.level().id().equals(key[1])).findFirst()
          .flatMap(l -> l.indicators().stream().filter(r -> r.indicator().id().equals(key[0])).findFirst())
          .map(r -> r.status().key()).orElse("?");
      if (!actual.equals(e.getValue())) {
        failures.add(new Mismatch(e.getKey(), e.getValue(), actual));
      }
    }
    return failures;
  }

  private static void check(List<Mismatch> failures, String what, String expected, String actual) {
    if (!expected.isEmpty() && !expected.equals(actual)) {
      failures.add(new Mismatch(what, expected, actual));
    }
  }
}
