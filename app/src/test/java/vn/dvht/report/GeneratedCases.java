package vn.dvht.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Evaluator;
import vn.dvht.model.Answer;
import vn.dvht.model.Criterion;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.FactDef;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.Requirement;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Target;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.model.UnitType;

/**
 * Rulesets and units made up from a seed, for {@link LevelInvariantsTest}: a built-in or province ruleset
 * whose higher levels may ask less than level 1 (a random share, a lower title), lose targets, or gain a
 * third level a province adds; a unit of a random authority and type whose members pass each column at a
 * random rate, whose unit answers may be missing or lack evidence, and who may give its level-1 decision
 * date (the 12-month rule). The same seed always gives the same case.
 */
final class GeneratedCases {
  static final Level THIRD = new Level("muc-3", "Mức độ 3", 3, false);

  private final Random random;
  /** Whether the ruleset being made asks less at every higher level than at level 1 (a province's lower thresholds). */
  private boolean easier;
  /** Whether the unit being made answers its unit indicators well: mostly yes or the top rank, backed. */
  private boolean goodFacts;
  /** Whether nearly every member of the unit being made passes every column. */
  private boolean goodMembers;

  /** What a seed is steered towards, so that every route is taken often, not by luck. */
  enum Recipe {
    /** Anything. */
    ANY,
    /** Higher levels asking less, unit answers backed, members passing 75–85 %: level 1 missed, level 2 met. */
    HELD,
    /** Unit answers backed, nearly every member passing: the top levels, letters, the 12-month rule. */
    GOOD
  }

  private final Recipe recipe;

  GeneratedCases(long seed) {
    this.random = new Random(seed);
    this.recipe = Recipe.values()[(int) (seed % Recipe.values().length)];
  }

  /** A case: the ruleset it was evaluated with, and the result. */
  record Case(long seed, Ruleset ruleset, EvaluationResult result) {}

  /** A case made from {@code base}. */
  Case next(long seed, Ruleset base) {
    Ruleset ruleset = base.isScored() ? base : reshape(base);
    Unit unit = unit(ruleset);
    return new Case(seed, ruleset, new Evaluator().evaluate(ruleset, unit));
  }

  /** Higher levels' targets changed or dropped at random, and perhaps a third level. */
  private Ruleset reshape(Ruleset base) {
    boolean third = random.nextInt(3) == 0;
    List<Level> levels = new ArrayList<>(base.levels());
    if (third) {
      levels.add(THIRD);
    }
    easier = recipe == Recipe.HELD || random.nextInt(3) == 0;
    double change = easier ? 1 : random.nextDouble() * 0.6;
    double drop = random.nextDouble() * 0.2;
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : base.criteria()) {
      List<Indicator> indicators = new ArrayList<>();
      for (Indicator indicator : c.indicators()) {
        List<Target> targets = new ArrayList<>();
        for (Target t : indicator.targets()) {
          boolean higher = !t.level().equals(base.levels().get(0).id());
          if (higher && random.nextDouble() < drop) {
            continue;
          }
          targets.add(higher && random.nextDouble() < change ? retarget(t, t.level(), requirement(base, indicator, t))
              : t);
          if (third && t.level().equals("muc-2")) {
            targets.add(retarget(t, THIRD.id(), requirement(base, indicator, t)));
          }
        }
        indicators.add(new Indicator(indicator.id(), indicator.criterionId(), indicator.shortText(), indicator.text(),
            indicator.measure(), indicator.unitTypes(), indicator.ownerships(), targets, indicator.clauses(),
            indicator.note(), indicator.points(), indicator.credit(), indicator.readings()));
      }
      criteria.add(new Criterion(c.id(), c.title(), indicators));
    }
    return new Ruleset(base.info(), base.authorities(), base.unitTypes(), base.ownerships(), base.populations(),
        base.vocabularies(), base.scales(), base.fields(), base.facts(), levels, criteria, base.procedures(),
        base.evidence(), base.scoring(), base.tests(), base.report(), base.english(), base.deadlines());
  }

  /** The one place a generated target is built from an existing one. */
  private static Target retarget(Target t, String level, Requirement requirement) {
    return new Target(t.authorities(), level, requirement, t.confidence(), t.citation(), t.note(), t.text(), t.scope());
  }

  /**
   * A random bar of the same kind: any share 0–100 % in steps of 5 and any item of the scale, or — for a
   * ruleset asking less — a share of 50–70 % and the scale's first item.
   */
  private Requirement requirement(Ruleset ruleset, Indicator indicator, Target t) {
    if (t.requirement() instanceof Requirement.MinPercent) {
      return new Requirement.MinPercent(BigDecimal.valueOf(easier ? 50 + 10L * random.nextInt(3) : 5L * random.nextInt(21)));
    }
    if (indicator.measure() instanceof Measure.UnitRank rank) {
      var items = ruleset.scale(rank.scale()).items();
      return new Requirement.MinRank(items.get(easier ? 0 : random.nextInt(items.size())).id());
    }
    return t.requirement();
  }

  private Unit unit(Ruleset ruleset) {
    goodFacts = recipe != Recipe.ANY || random.nextBoolean();
    goodMembers = recipe == Recipe.GOOD || recipe == Recipe.ANY && random.nextBoolean();
    var authority = ruleset.authorities().get(random.nextInt(ruleset.authorities().size())).id();
    UnitType type = ruleset.unitTypes().get(random.nextInt(ruleset.unitTypes().size()));
    int year = Math.max(ruleset.info().effectiveFrom().getYear(), Math.min(2025, ruleset.info().effectiveUntil().getYear()));
    UnitProfile profile = new UnitProfile("Đơn vị sinh " + random.nextInt(1000), authority, type.id(), year,
        type.defaultOwnership());
    return new Unit(profile, facts(ruleset, year), members(ruleset));
  }

  /** Each unit answer given most of the time, "yes" or a random rank, with evidence most of the time. */
  private Map<String, FactAnswer> facts(Ruleset ruleset, int year) {
    Map<String, FactAnswer> facts = new HashMap<>();
    for (Indicator indicator : ruleset.indicators()) {
      int odds = goodFacts ? 40 : 8;
      if (indicator.measure() instanceof Measure.Share || random.nextInt(odds) == 0) {
        continue;
      }
      Answer answer = indicator.measure() instanceof Measure.UnitRank rank ? rank(ruleset.scale(rank.scale()).items().size())
          : new Answer.Flag(random.nextInt(odds) > 0, "Có/Không");
      String evidence = random.nextInt(odds) > 0 ? "Văn bản số " + random.nextInt(100) : "";
      facts.put(indicator.id(), new FactAnswer(indicator.id(), answer, evidence, new SourceRow("Đơn vị", 5)));
    }
    for (FactDef fact : ruleset.facts()) {
      if (fact.type() == FactDef.FactType.DATE && random.nextBoolean()) {
        LocalDate date = LocalDate.of(year - 1, 1, 1).plusDays(random.nextInt(540));
        facts.put(fact.id(), new FactAnswer(fact.id(), new Answer.Date(date, date.toString()), "QĐ",
            new SourceRow("Đơn vị", 6)));
      }
    }
    return facts;
  }

  /** A rank of a scale of {@code top} items: any, or for a good unit mostly the top. */
  private Answer rank(int top) {
    int rank = goodFacts && random.nextInt(4) > 0 ? top : random.nextInt(top + 1);
    return new Answer.Rank(rank, "hạng");
  }

  /** Up to 40 people of each population; each column passed at a rate drawn for the unit. */
  private List<Member> members(Ruleset ruleset) {
    double[] rates = goodMembers ? new double[] {0.95, 1.0, 1.0}
        : recipe == Recipe.HELD ? new double[] {0.75, 0.8, 0.85, 1.0} : new double[] {0.5, 0.8, 0.9, 0.95, 1.0};
    Map<String, Double> rate = new HashMap<>();
    ruleset.fields().forEach(f -> rate.put(f.id(), rates[random.nextInt(rates.length)]));
    List<Member> members = new ArrayList<>();
    for (var population : ruleset.populations()) {
      int count = random.nextInt(goodMembers ? 10 : 4) == 0 ? 0 : 1 + random.nextInt(40);
      for (int i = 0; i < count; i++) {
        Map<String, Answer> answers = new HashMap<>();
        for (Field field : ruleset.fields()) {
          boolean pass = random.nextDouble() < rate.get(field.id());
          if (field.type() instanceof FieldType.YesNo) {
            answers.put(field.id(), new Answer.Flag(pass, pass ? "Có" : "Không"));
          } else if (field.type() instanceof FieldType.Ranked ranked) {
            int top = ruleset.scale(ranked.scale()).items().size();
            answers.put(field.id(), new Answer.Rank(pass ? 1 + random.nextInt(top) : 0, "hạng"));
          }
        }
        members.add(new Member(new SourceRow("Thành viên", members.size() + 2), "Người " + members.size(), "",
            population.id(), answers));
      }
    }
    return members;
  }
}
