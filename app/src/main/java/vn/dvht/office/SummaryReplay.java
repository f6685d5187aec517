package vn.dvht.office;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.dvht.diag.Message;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Evaluator;
import vn.dvht.eval.SampleAnswers;
import vn.dvht.eval.Tally;
import vn.dvht.model.Answer;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;

/**
 * Decides a submitted summary again with the evaluator, as it decides a member list, so that a summary
 * and a member list are judged by the one rule: the unit's answers and evidence become its facts, and
 * each share's counts are replayed as people — {@code n} of the population, the first {@code k} of whom
 * pass that indicator. The evaluator only counts, so each share comes out at exactly {@code k/n}; the
 * thresholds, what applies to the unit and the levels are the office's ruleset's. Counts that cannot all
 * hold at once (two denominators for one population) are said in {@link Replay#inconsistencies()}.
 */
public final class SummaryReplay {
  private SummaryReplay() {}

  /** The re-decision, and what in the summary could not be replayed as written. */
  public record Replay(EvaluationResult result, List<Message> inconsistencies) {
    public Replay {
      inconsistencies = List.copyOf(inconsistencies);
    }
  }

  /**
   * Replays {@code summary} with {@code ruleset}; {@code levelOne} is the level-1 decision date the
   * 12-month rule counts from (the register's), {@code typed} to use the summary's own.
   */
  public static Replay replay(Ruleset ruleset, SubmittedSummary summary, Optional<LocalDate> levelOne, boolean typed) {
    UnitProfile profile = new UnitProfile(summary.name(), summary.authority(), summary.unitType(), summary.year(),
        summary.ownership());
    List<Message> problems = new ArrayList<>();
    Map<String, FactAnswer> facts = facts(ruleset, summary);
    Optional<LocalDate> date = typed ? typedDate(summary) : levelOne;
    date.ifPresent(d -> dateFact(ruleset).ifPresent(id -> facts.put(id,
        new FactAnswer(id, new Answer.Date(d, d.toString()), "", new SourceRow(summary.source().file(), 0)))));
    Tally tally = new Evaluator().tally(ruleset, profile, 0);
    people(ruleset, profile, summary, problems).forEach(group -> group.replay(tally));
    EvaluationResult result = new Evaluator().evaluate(ruleset, new Unit(profile, facts, List.of()), tally);
    return new Replay(result, problems);
  }

  private static Optional<LocalDate> typedDate(SubmittedSummary summary) {
    try {
      return summary.levelOneDate().isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(summary.levelOneDate()));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The fact the 12-month rule reads its date from. */
  public static Optional<String> dateFact(Ruleset ruleset) {
    return ruleset.procedures().stream().filter(p -> p.checkable()).map(p -> p.dateFact()).findFirst();
  }

  /** Each fact and rank indicator's answer and evidence, from the first row where it applies. */
  private static Map<String, FactAnswer> facts(Ruleset ruleset, SubmittedSummary summary) {
    Map<String, FactAnswer> facts = new HashMap<>();
    for (Indicator indicator : ruleset.indicators()) {
      if (indicator.measure() instanceof Measure.Share) {
        continue;
      }
      summary.rows(indicator.id()).stream().filter(r -> !r.status().equals("khong-ap-dung")).findFirst()
          .ifPresent(row -> answer(ruleset, indicator, row.value()).ifPresent(a -> facts.put(indicator.id(),
              new FactAnswer(indicator.id(), a, row.evidence(), new SourceRow(row.place(), 0)))));
    }
    return facts;
  }

  private static Optional<Answer> answer(Ruleset ruleset, Indicator indicator, String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return indicator.measure().accept(new Measure.Cases<Optional<Answer>>() {
      @Override
      public Optional<Answer> share(Measure.Share share) {
        return Optional.empty();
      }

      @Override
      public Optional<Answer> unitFact(Measure.UnitFact fact) {
        if (value.equals("true") || value.equals("false")) {
          // The raw text is what the file says ("true"): a replayed answer is evaluated, never printed.
          return Optional.of(new Answer.Flag(value.equals("true"), value));
        }
        try {
          return Optional.of(new Answer.Score(new BigDecimal(value), value));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }

      @Override
      public Optional<Answer> unitRank(Measure.UnitRank rank) {
        var scale = ruleset.scale(rank.scale());
        return scale.items().stream().filter(i -> i.id().equals(value)).findFirst()
            .map(i -> new Answer.Rank(scale.rank(i.id()), i.label()));
      }
    });
  }

  /** The people of each population the summary's counts describe. */
  private static List<People> people(Ruleset ruleset, UnitProfile profile, SubmittedSummary summary,
      List<Message> problems) {
    Map<String, People> byPopulation = new LinkedHashMap<>();
    for (Indicator indicator : ruleset.sharesFor(profile)) {
      Measure.Share share = (Measure.Share) indicator.measure();
      Optional<SubmittedIndicator> row = summary.rows(indicator.id()).stream().filter(SubmittedIndicator::share)
          .findFirst();
      if (row.isEmpty()) {
        problems.add(Message.of("office.replay.noCounts", indicator.id()));
        continue;
      }
      for (SubmittedIndicator other : summary.rows(indicator.id())) {
        if (other.share() && (other.numerator() != row.get().numerator() || other.denominator() != row.get().denominator())) {
          problems.add(Message.of("office.replay.levelsDiffer", indicator.id(), count(row.get()), count(other)));
        }
      }
      People people = byPopulation.computeIfAbsent(share.population(), p -> new People(p, ruleset));
      people.add(indicator, share.test(), row.get(), problems);
    }
    summary.members().forEach((population, n) -> {
      People people = byPopulation.get(population);
      if (people != null && people.size != n) {
        problems.add(Message.of("office.replay.populationDiffers", population, n, people.size));
      }
    });
    return List.copyOf(byPopulation.values());
  }

  private static String count(SubmittedIndicator row) {
    return row.numerator() + "/" + row.denominator();
  }

  /** One population's people: how many, and for each share's test how many of them pass it. */
  private static final class People {
    private final String population;
    private final Ruleset ruleset;
    private long size = -1;
    private final Map<MemberTest, Long> passing = new LinkedHashMap<>();

    People(String population, Ruleset ruleset) {
      this.population = population;
      this.ruleset = ruleset;
    }

    void add(Indicator indicator, MemberTest test, SubmittedIndicator row, List<Message> problems) {
      if (size >= 0 && size != row.denominator()) {
        problems.add(Message.of("office.replay.denominators", indicator.id(), row.denominator(), size));
      }
      size = Math.max(size, row.denominator());
      Long before = passing.putIfAbsent(test, Math.min(row.numerator(), row.denominator()));
      if (before != null && before != Math.min(row.numerator(), row.denominator())) {
        problems.add(Message.of("office.replay.sameTest", indicator.id(), row.numerator(), before));
      }
    }

    /** Folds the people into {@code tally}, one member object per run of people who answer alike. */
    void replay(Tally tally) {
      TreeSet<Long> breaks = new TreeSet<>(passing.values());
      breaks.add(Math.max(0, size));
      long at = 0;
      for (long next : breaks) {
        Member alike = member(at);
        for (long i = at; i < next; i++) {
          tally.accept(alike);
        }
        at = Math.max(at, next);
      }
    }

    private Member member(long index) {
      Map<String, Answer> answers = new HashMap<>();
      passing.forEach((test, k) -> SampleAnswers.of(ruleset, test, index < k)
          .forEach((field, answer) -> answers.merge(field, answer, People::higher)));
      return new Member(new SourceRow("", 0), "", "", population, answers);
    }

    /** Of two answers for one field (two steps of one scale asked), the one that passes both tests it should. */
    private static Answer higher(Answer a, Answer b) {
      if (a instanceof Answer.Rank x && b instanceof Answer.Rank y) {
        return x.rank() >= y.rank() ? a : b;
      }
      return SampleAnswers.failing(a) ? b : a;
    }
  }
}
