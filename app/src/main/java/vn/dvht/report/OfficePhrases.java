package vn.dvht.report;

import java.util.List;
import java.util.Locale;
import vn.dvht.diag.Wording;
import vn.dvht.eval.Outcome;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Ruleset;
import vn.dvht.office.Appraisal;
import vn.dvht.office.Articles;
import vn.dvht.office.Dates;
import vn.dvht.office.LevelDecision;
import vn.dvht.office.Reason;
import vn.dvht.office.Verdict;

/** The words of the office's documents for verdicts and reasons, one sentence each, from the catalogue. */
final class OfficePhrases {
  private static final Locale VI = Locale.forLanguageTag("vi");

  private OfficePhrases() {}

  /** "Công nhận Mức độ 1 (lần đầu)", "Không công nhận", "Còn thời hạn công nhận Mức độ 1 đến 31/12/2027". */
  static String verdict(Wording words, Appraisal unit) {
    Verdict v = unit.verdict();
    if (v instanceof Verdict.Recognised r) {
      return words.get("office.verdict.recognised", r.level().label(), words.get("office.kind." + r.kind().key()));
    }
    if (v instanceof Verdict.StillRecognised s) {
      return words.get("office.verdict.still", level(unit, s.holding().level()), Dates.show(s.until()));
    }
    return words.get("office.verdict.not");
  }

  /** A level's label by rank, from the unit's ruleset. */
  static String level(Appraisal unit, int rank) {
    return unit.decision().levels().stream().filter(l -> l.rank() == rank).map(vn.dvht.model.Level::label).findFirst()
        .orElse(String.valueOf(rank));
  }

  /** One reason as a sentence of a letter. */
  static String reason(Wording words, Appraisal unit, Reason reason) {
    Articles articles = Articles.of(unit.profile().authority());
    Ruleset ruleset = unit.decision().ruleset();
    if (reason instanceof Reason.Unmet u) {
      return unmet(words, ruleset, u.line(), articles);
    }
    if (reason instanceof Reason.Waiting w) {
      return words.get("office.reason.waiting", w.number().isEmpty() ? "…" : w.number(), Dates.show(w.decided()),
          lower(w.level().label()), Dates.show(w.earliest()), Dates.show(w.deadline()), articles.authority());
    }
    if (reason instanceof Reason.NoLevelOne n) {
      return words.get("office.reason.noLevelOne", lower(n.level().label()), articles.authority());
    }
    if (reason instanceof Reason.StillValid s) {
      return words.get("office.reason.stillValid", lower(level(unit, s.entry().level())),
          s.entry().number().isEmpty() ? "…" : s.entry().number(), Dates.show(s.entry().decided()), Dates.show(s.until()),
          articles.authority());
    }
    if (reason instanceof Reason.OtherAuthority a) {
      return words.get("office.reason.otherAuthority", authority(ruleset, a.authority()));
    }
    return words.get("office.reason.otherYear", ((Reason.OtherYear) reason).year());
  }

  /** A reason other than an unmet indicator in a few words, for a table cell. */
  static String brief(Wording words, Appraisal unit, Reason reason) {
    if (reason instanceof Reason.Waiting w) {
      return words.get("office.brief.waiting", Dates.show(w.decided()), Dates.show(w.earliest()));
    }
    if (reason instanceof Reason.NoLevelOne) {
      return words.get("office.brief.noLevelOne");
    }
    if (reason instanceof Reason.StillValid s) {
      return words.get("office.brief.stillValid", level(unit, s.entry().level()), Dates.show(s.until()));
    }
    if (reason instanceof Reason.OtherAuthority a) {
      return authority(unit.decision().ruleset(), a.authority());
    }
    return reason instanceof Reason.OtherYear y ? words.get("office.brief.otherYear", y.year())
        : reason(words, unit, reason);
  }

  /** "TC2.CT1 (…): 85/100 thành viên (85,00 %), ngưỡng ≥ 90 % thành viên; còn thiếu 5 người." */
  static String unmet(Wording words, Ruleset ruleset, LevelDecision.Line line, Articles articles) {
    Indicator indicator = line.row().indicator();
    String head = indicator.id() + " (" + indicator.shortText() + ")";
    Outcome o = line.outcome();
    String required = Phrases.requirement(words, ruleset, indicator, o);
    return switch (line.cause()) {
      case SHARE_SHORT -> {
        Outcome.Share s = (Outcome.Share) o;
        yield words.get("office.unmet.share", head, s.numerator() + "/" + s.denominator(), population(ruleset, indicator),
            Phrases.percent(words, s.percent()), required, s.shortfall());
      }
      case EMPTY_POPULATION -> words.get("office.unmet.empty", head, population(ruleset, indicator), required);
      case NOT_GIVEN -> words.get("office.unmet.notGiven", head, required);
      case RANK_BELOW -> words.get("office.unmet.rank", head, Phrases.value(words, ruleset, indicator, o), required);
      case NO_EVIDENCE -> words.get("office.unmet.noEvidence", head, articles.evaluation());
      default -> words.get("office.unmet.answer", head, Phrases.value(words, ruleset, indicator, o), required);
    };
  }

  /** Whether any of the unit's reasons is missing evidence. */
  static boolean noEvidence(List<Reason> reasons) {
    return reasons.stream().anyMatch(r -> r instanceof Reason.Unmet u && u.line().cause() == LevelDecision.Cause.NO_EVIDENCE);
  }

  private static String population(Ruleset ruleset, Indicator indicator) {
    return ruleset.population(((Measure.Share) indicator.measure()).population()).label().toLowerCase(VI);
  }

  static String authority(Ruleset ruleset, String id) {
    return ruleset.authorities().stream().filter(a -> a.id().equals(id)).map(a -> a.label()).findFirst().orElse(id);
  }

  static String lower(String text) {
    return text.toLowerCase(VI);
  }

  /** The unit's type as the ruleset names it, with its ownership. */
  static String unitType(Appraisal unit) {
    return unit.decision().ruleset().unitTypeLabel(unit.profile());
  }

  /** "Lần đầu", "Công nhận lại", "Nâng mức độ", or "" when the unit is not recognised. */
  static String kind(Wording words, Appraisal unit) {
    return unit.verdict() instanceof Verdict.Recognised r ? words.get("office.kind." + r.kind().key()) : "";
  }
}
