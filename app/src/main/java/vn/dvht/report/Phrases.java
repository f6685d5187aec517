package vn.dvht.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Fraction;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.eval.Status;
import vn.dvht.model.Answer;
import vn.dvht.model.Confidence;
import vn.dvht.model.Credit;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Procedure;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;

/** The words every human-readable renderer uses for results, from the message catalogue. */
final class Phrases {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Phrases() {}

  /** {@code 95.5} → "95,50 %" in Vietnamese. */
  /** A share as {@link vn.dvht.eval.Outcome.Share#percent} gives it: two decimals, or the more it needs. */
  static String percent(Wording words, BigDecimal value) {
    return decimal(words, value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value) + " %";
  }

  /** {@code 90} → "≥ 90 %", {@code 97.5} → "≥ 97,5 %". */
  static String atLeastPercent(Wording words, BigDecimal value) {
    return "≥ " + decimal(words, value.stripTrailingZeros()) + " %";
  }

  static String decimal(Wording words, BigDecimal value) {
    String plain = value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    return plain.replace(".", words.get("format.decimalSeparator"));
  }

  static String status(Wording words, Status status) {
    return words.get("status." + status.key());
  }

  /**
   * A row's status as every output shows it: "Đạt một phần: 8/10 điểm" when a scored indicator earned
   * some but not all of its points (Thông tư 22 partial credit), otherwise "Đạt", "Không đạt", ….
   */
  static String status(Wording words, EvaluationResult result, vn.dvht.eval.IndicatorResult row) {
    return partial(result, row.indicator().id()).filter(s -> row.status() == Status.NOT_MET)
        .map(s -> words.get("status.partial", plain(words, s.earned().shown()), plain(words, s.max())))
        .orElse(status(words, row.status()));
  }

  /**
   * Whether a row not met still earned part of its points ("Đạt một phần"): drawn in amber, apart from
   * both a met row and a failed one (red), in the workbook, its chart and the HTML report.
   */
  static boolean partlyMet(EvaluationResult result, vn.dvht.eval.IndicatorResult row) {
    return row.status() == Status.NOT_MET && partial(result, row.indicator().id()).isPresent();
  }

  /** The indicator's score when it earned part of its points: more than none, less than all. */
  static Optional<Scorecard.IndicatorScore> partial(EvaluationResult result, String indicatorId) {
    if (!(result.scorecard() instanceof Scorecard.Scored scored)) {
      return Optional.empty();
    }
    return scored.indicators().stream()
        .filter(s -> s.indicator().id().equals(indicatorId) && s.earned().signum() > 0
            && !s.earned().atLeast(s.max()))
        .findFirst();
  }

  static String date(LocalDate date) {
    return date.format(DAY);
  }

  /** "57/60", or "—" when the indicator is not a share. */
  static String count(Outcome outcome) {
    return outcome instanceof Outcome.Share s ? s.numerator() + "/" + s.denominator() : "—";
  }

  /**
   * What the target asks for: "≥ 90 % thành viên", "Có", "≥ Tập thể lao động tiên tiến"; in a scoring
   * ruleset with what meeting it earns, "Có (10 điểm)", so a unit fact's threshold reads as points.
   */
  static String requirement(Wording words, Ruleset ruleset, Indicator indicator, Outcome outcome) {
    String requirement = threshold(words, ruleset, indicator, outcome);
    if (!ruleset.isScored() || indicator.points().signum() <= 0 || requirement.isEmpty()) {
      return requirement;
    }
    return indicator.points().compareTo(java.math.BigDecimal.ONE) == 0
        ? words.get("requirement.onePoint", requirement)
        : words.get("requirement.points", requirement, plain(words, indicator.points()));
  }

  private static String threshold(Wording words, Ruleset ruleset, Indicator indicator, Outcome outcome) {
    return outcome.accept(new Outcome.Cases<String>() {
      @Override
      public String notApplicable(Outcome.NotApplicable none) {
        return "";
      }

      @Override
      public String share(Outcome.Share s) {
        String population = ruleset.population(((Measure.Share) indicator.measure()).population()).label();
        return atLeastPercent(words, s.threshold()) + " " + population.toLowerCase(Locale.ROOT);
      }

      @Override
      public String fact(Outcome.Fact f) {
        return words.get("value.yes");
      }

      @Override
      public String rank(Outcome.Rank r) {
        Measure.UnitRank rank = (Measure.UnitRank) indicator.measure();
        return "≥ " + ruleset.scale(rank.scale()).item(r.requiredItem()).label();
      }
    });
  }

  /** The unit's own answer for a fact or rank indicator; "" for shares. */
  static String value(Wording words, Ruleset ruleset, Indicator indicator, Outcome outcome) {
    return outcome.accept(new Outcome.Cases<String>() {
      @Override
      public String notApplicable(Outcome.NotApplicable none) {
        return "";
      }

      @Override
      public String share(Outcome.Share s) {
        return "";
      }

      @Override
      public String fact(Outcome.Fact f) {
        if (f.answer() instanceof Answer.Score score) {
          return words.get("value.score", plain(words, score.value()));
        }
        return f.answer() instanceof Answer.Flag flag
            ? words.get(flag.yes() ? "value.yes" : "value.no")
            : words.get("value.notGiven");
      }

      @Override
      public String rank(Outcome.Rank r) {
        if (!(r.answer() instanceof Answer.Rank rank)) {
          return words.get("value.notGiven");
        }
        return ruleset.scale(((Measure.UnitRank) indicator.measure()).scale()).itemAt(rank.rank())
            .map(i -> i.label()).orElse(words.get("value.none"));
      }
    });
  }

  /** The share, or the unit's answer: what the "Tỷ lệ / Kết quả đơn vị" column shows. */
  static String measured(Wording words, Ruleset ruleset, Indicator indicator, Outcome outcome) {
    if (outcome instanceof Outcome.Share s) {
      return s.emptyPopulation() ? "—" : percent(words, s.percent());
    }
    return value(words, ruleset, indicator, outcome);
  }

  /** Why an indicator is not met and what would fix it, plus whether its number is inferred. */
  static String note(Wording words, Ruleset ruleset, Indicator indicator, Outcome outcome) {
    StringBuilder note = new StringBuilder(gap(words, ruleset, indicator, outcome));
    if (inferred(outcome)) {
      append(note, words.get("note.inferred"));
    }
    return note.toString();
  }

  /**
   * Why an indicator is not met and what would fix it: "cần thêm 3 thành viên", "thiếu minh chứng (Điều 9,
   * 15 khoản 3)", or "".
   */
  static String gap(Wording words, Ruleset ruleset, Indicator indicator, Outcome outcome) {
    StringBuilder note = new StringBuilder();
    if (outcome instanceof Outcome.Share s && s.status() == Status.NOT_MET) {
      String population = ruleset.population(((Measure.Share) indicator.measure()).population()).label()
          .toLowerCase(Locale.ROOT);
      note.append(s.emptyPopulation()
          ? words.get("note.emptyPopulation", population)
          : words.get("note.shortfall", s.shortfall(), population));
    }
    if ((outcome instanceof Outcome.Fact f && !f.given()) || (outcome instanceof Outcome.Rank r && !r.given())) {
      note.append(words.get("note.notGiven"));
    }
    if (outcome.missingEvidence()) {
      append(note, words.get("note.noEvidence", ruleset.evidence().citation()));
    }
    return note.toString();
  }

  static Optional<Target> targetOf(Outcome outcome) {
    return outcome.accept(new Outcome.Cases<Optional<Target>>() {
      @Override
      public Optional<Target> notApplicable(Outcome.NotApplicable none) {
        return Optional.empty();
      }

      @Override
      public Optional<Target> share(Outcome.Share s) {
        return Optional.of(s.target());
      }

      @Override
      public Optional<Target> fact(Outcome.Fact f) {
        return Optional.of(f.target());
      }

      @Override
      public Optional<Target> rank(Outcome.Rank r) {
        return Optional.of(r.target());
      }
    });
  }

  /** The evidence the unit gave for a fact or a rank; "" for the others. */
  static String evidence(Outcome outcome) {
    return outcome.accept(new Outcome.Cases<String>() {
      @Override
      public String notApplicable(Outcome.NotApplicable none) {
        return "";
      }

      @Override
      public String share(Outcome.Share s) {
        return "";
      }

      @Override
      public String fact(Outcome.Fact f) {
        return f.evidence();
      }

      @Override
      public String rank(Outcome.Rank r) {
        return r.evidence();
      }
    });
  }

  /**
   * One sentence stating what was found: "Kết quả: 67/70 thành viên (95,71 %); ngưỡng: ≥ 95 % thành
   * viên — Đạt." or, for unit facts, the answer and the evidence.
   */
  static String finding(Wording words, EvaluationResult result, vn.dvht.eval.IndicatorResult row) {
    Ruleset ruleset = result.ruleset();
    Outcome o = row.outcome();
    if (o instanceof Outcome.NotApplicable) {
      return words.get("finding.notApplicable");
    }
    String measured = o instanceof Outcome.Share s
        ? words.get("finding.share", count(o), subject(words, ruleset, row.indicator()).toLowerCase(Locale.ROOT),
            s.emptyPopulation() ? "—" : percent(words, s.percent()))
        : value(words, ruleset, row.indicator(), o);
    String sentence = words.get("finding.line", measured,
        requirement(words, ruleset, row.indicator(), o) + (inferred(o) ? " (*)" : ""), status(words, result, row));
    String gap = gap(words, ruleset, row.indicator(), o);
    String evidence = evidence(o);
    return sentence + (gap.isEmpty() ? "" : " (" + gap + ")") + "."
        + (evidence.isEmpty() ? "" : " " + words.get("finding.evidence", evidence));
  }

  /** The verdict every output concludes with: {@link LevelWords#verdict}. */
  static String verdict(Wording words, EvaluationResult result) {
    return LevelWords.verdict(words, result);
  }

  /** "7,50": exact points shown with two decimals, rounded down ({@link Fraction#shown()}), in the current language. */
  static String points(Wording words, Fraction points) {
    return decimal(words, points.shown());
  }

  /** A whole number without decimals, others as written: 10, 2,5. */
  static String plain(Wording words, BigDecimal value) {
    return decimal(words, value.stripTrailingZeros());
  }

  /** "7,50/10" for an indicator of a scoring ruleset, "" otherwise or when it does not apply. */
  static String indicatorPoints(Wording words, EvaluationResult result, String indicatorId) {
    if (!(result.scorecard() instanceof Scorecard.Scored scored)) {
      return "";
    }
    return scored.indicators().stream()
        .filter(s -> s.indicator().id().equals(indicatorId) && s.max().signum() > 0)
        .map(s -> points(words, s.earned()) + "/" + plain(words, s.max()))
        .findFirst().orElse("");
  }

  /**
   * The partial-credit rules the share indicators used, as one sentence ("Cách tính điểm …: …"), and how
   * the points are computed: exactly, graded on the exact total, rounded down only to be shown.
   */
  static String creditRules(Wording words, Scorecard.Scored card) {
    List<String> rules = card.indicators().stream()
        .filter(s -> s.indicator().measure() instanceof vn.dvht.model.Measure.Share)
        .map(s -> credit(words, s.indicator().credit())).distinct().toList();
    return words.get("text.credit", String.join("; ", rules)) + ". " + words.get("text.exactPoints");
  }

  /** How partial credit is computed, in words: "tất cả hoặc không", "theo tỷ lệ", "theo bậc: …". */
  static String credit(Wording words, Credit credit) {
    if (credit instanceof Credit.Bands bands) {
      List<String> steps = new ArrayList<>();
      for (Credit.Band band : bands.bands()) {
        steps.add(atLeastPercent(words, band.minPercent()) + " → " + plain(words, band.points()));
      }
      return words.get("credit.bands", String.join("; ", steps));
    }
    return words.get("credit." + credit.key());
  }

  /** "Thành viên", "Người học", or "Đơn vị" for unit-level indicators. */
  static String subject(Wording words, Ruleset ruleset, Indicator indicator) {
    if (indicator.measure() instanceof Measure.Share share) {
      return ruleset.population(share.population()).label();
    }
    return words.get("subject.unit");
  }

  /** "……, ngày 10 tháng 01 năm 2026": the place is left for the clerk to fill. */
  static String placeAndDate(Wording words, LocalDate date) {
    return words.get("form.placeDate", String.format("%02d", date.getDayOfMonth()),
        String.format("%02d", date.getMonthValue()), date.getYear());
  }

  /** "“ĐƠN VỊ HỌC TẬP” CẤP TỈNH — NĂM 2025". */
  static String subtitle(Wording words, EvaluationResult result) {
    var profile = result.unit().profile();
    return words.get("form.subtitle",
        result.ruleset().authority(profile.authority()).label().toUpperCase(Locale.forLanguageTag("vi")),
        profile.year());
  }

  /** The reproducibility stamp on one line. */
  /** The line closing a gap list that names only the first failing members: how many more, and where all are. */
  static String gapsMore(Wording words, vn.dvht.eval.MemberGap gap) {
    return words.get("gaps.more", gap.total() - gap.members().size(), words.get("xlsx.memberGridSheet"),
        words.get("members.failed"));
  }

  static String stamp(Wording words, Stamp stamp, EvaluationResult result) {
    StringBuilder line = new StringBuilder(words.get("md.stamp", stamp.version(), result.ruleset().id(),
        stamp.rulesetSha256(), result.unit().profile().year()));
    for (Stamp.Input input : stamp.inputs()) {
      line.append(" · ").append(words.get("md.stampInput", input.name(), input.sha256()));
    }
    return line.toString();
  }

  static String unitLine(Wording words, EvaluationResult result) {
    var profile = result.unit().profile();
    Ruleset ruleset = result.ruleset();
    String name = profile.name().isEmpty() ? words.get("unit.unnamed") : profile.name();
    return words.get("unit.line", name, ruleset.authority(profile.authority()).label(),
        ruleset.unitTypeLabel(profile), profile.year());
  }

  /**
   * The procedures worth a note for this unit: those of every level, and those of a level it reached or
   * requests. The level-2 waiting period is no news to a unit that asks for level 1 or reached none.
   */
  static List<ProcedureResult> procedures(EvaluationResult result) {
    return result.procedures().stream().filter(p -> {
      String level = p.procedure().level();
      return level.isEmpty() || result.decision().reached().map(l -> l.id().equals(level)).orElse(false)
          || result.decision().requestable().map(l -> l.id().equals(level)).orElse(false);
    }).toList();
  }

  /** The level a procedure concerns, or "mọi mức độ". */
  static String procedureScope(Wording words, Ruleset ruleset, Procedure procedure) {
    return procedure.level().isEmpty() ? words.get("procedure.everyLevel") : ruleset.level(procedure.level()).label();
  }

  /** "Lưu ý Mức độ 2: Chỉ đề nghị … — quyết định ngày …": one procedure as a sentence. */
  static String procedureLine(Wording words, Ruleset ruleset, ProcedureResult result) {
    return words.get("text.procedure", procedureScope(words, ruleset, result.procedure()), result.procedure().text(),
        procedure(words, result));
  }

  /**
   * A procedure as the official report states it: the rule, and what dvht checked of it only when it could check
   * (a decision date it was given); never an instruction to the clerk.
   */
  static String procedureRule(Wording words, Ruleset ruleset, ProcedureResult result) {
    return result.check() instanceof ProcedureResult.Checked ? procedureLine(words, ruleset, result)
        : words.get("text.procedureRule", procedureScope(words, ruleset, result.procedure()), result.procedure().text());
  }

  /**
   * What a printed report says after a procedure: " — " and its check, or nothing for a rule that is only there
   * for the unit to know (the note "nothing to check" is for whoever reads the console, not the report's reader).
   */
  static String procedureOutcome(Wording words, ProcedureResult result) {
    return result.procedure().checkable() ? " — " + procedure(words, result) : "";
  }

  static String procedure(Wording words, ProcedureResult result) {
    if (!result.procedure().checkable()) {
      return words.get("procedure.standing");
    }
    if (result.check() instanceof ProcedureResult.Checked c) {
      return words.get(c.satisfied() ? "procedure.ok" : "procedure.tooEarly",
          date(c.decided()), date(c.earliest()), date(c.deadline()));
    }
    return words.get("procedure.reminder");
  }

  /**
   * "Đã quá hạn nộp hồ sơ (hạn 15/01/2026) …" when the run is after the assessment year's filing
   * deadline: a note for the clerk (console, workbook), never a sentence of the report itself.
   */
  static Optional<String> lateFiling(Wording words, EvaluationResult result, LocalDate today) {
    int year = result.unit().profile().year();
    LocalDate deadline = vn.dvht.eval.Evaluator.dossierDeadline(result.ruleset(), result.unit().profile());
    return today.isAfter(deadline)
        ? Optional.of(words.get("note.lateFiling", date(deadline), date(today), year))
        : Optional.empty();
  }

  /**
   * "Mẫu báo cáo của tỉnh … không có tờ trình: …" when the Word report is a province's template and
   * the unit may ask for a level and the ruleset names no letter template ({@code report.letter}): the
   * clerk writes the request letter by hand.
   */
  static Optional<String> letterByHand(Wording words, EvaluationResult result) {
    if (!(result.ruleset().report() instanceof vn.dvht.model.ReportLayout.Template template)
        || template.letter().isPresent() || result.decision().requestable().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(words.get("note.letterByHand", template.file(),
        result.decision().requestable().get().label().toLowerCase(Locale.forLanguageTag("vi")), Dossiers.recipient(words, result)));
  }

  /** Whether the target's number is our inference rather than a source's. */
  static boolean inferred(Outcome outcome) {
    return targetOf(outcome).map(t -> t.confidence() == Confidence.INFERRED).orElse(false);
  }

  private static void append(StringBuilder note, String text) {
    if (note.length() > 0) {
      note.append("; ");
    }
    note.append(text);
  }
}
