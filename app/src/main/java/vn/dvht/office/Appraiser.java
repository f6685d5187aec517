package vn.dvht.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Message;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.model.Level;

/**
 * The council's verdict on one unit. The level granted is the one the unit asked for, or lower: no
 * higher than its criteria and the 12-month rule allow ({@link LevelDecision#requestable()}, the rule
 * counted from the register's level-1 decision), and level 2 only as "công nhận nâng mức độ" of a unit
 * the register shows recognised at level 1 (Điều 2 khoản 11; Điều 5, 11 khoản 3) when the office keeps
 * a register. A unit whose recognition at that level or higher still holds has nothing to decide
 * (Điều 2 khoản 10); one of another authority or year is not the office's to recognise. The reasons
 * say why the level asked for is not granted.
 *
 * <pre>{@code
 * Appraisal a = new Appraiser(office, register).appraise(unit);
 * a.verdict();                               // Recognised[level=Mức độ 1, kind=FIRST, validUntil=2029-12-31]
 * }</pre>
 */
public final class Appraiser {
  private final Office office;
  private final Register register;

  public Appraiser(Office office, Register register) {
    this.office = office;
    this.register = register;
  }

  /**
   * A unit to appraise: its files, what its figures rest on, the office's re-decision, the level it asked
   * for as its documents say ("" none, {@link SubmittedSummary#UNKNOWN} unread), the findings on its
   * documents, its register match, and the level-1 decision date it typed.
   */
  public record Unit(List<Source> sources, Appraisal.Basis basis, LevelDecision decision, String asked,
      List<Finding> findings, List<RegisteredUnit> matches, Optional<LocalDate> typedLevelOne) {}

  public Appraisal appraise(Unit unit) {
    LevelDecision decision = unit.decision();
    List<Reason> reasons = new ArrayList<>();
    List<Message> notes = new ArrayList<>();
    Optional<RegisteredUnit> history = history(unit, notes);
    Level requested = requested(decision, unit.asked());
    if (register.given()) {
      compareDates(history, unit.typedLevelOne(), notes);
    }
    var profile = decision.profile();
    Verdict verdict;
    if (!profile.authority().equals(office.authority())) {
      reasons.add(new Reason.OtherAuthority(profile.authority()));
      verdict = new Verdict.NotRecognised();
    } else if (profile.year() != office.year()) {
      reasons.add(new Reason.OtherYear(profile.year()));
      verdict = new Verdict.NotRecognised();
    } else {
      verdict = verdict(decision, requested, history, reasons);
    }
    if (verdict instanceof Verdict.Recognised r) {
      decision.metWithoutEvidence(r.level()).forEach(l -> notes.add(Message.of("office.note.noEvidence", l.id())));
    }
    return new Appraisal(profile, unit.sources(), unit.basis(), decision, requested, verdict, reasons,
        unit.findings(), history.map(RegisteredUnit::decisions).orElse(List.of()), notes);
  }

  private Verdict verdict(LevelDecision decision, Level requested, Optional<RegisteredUnit> history,
      List<Reason> reasons) {
    Optional<Level> grant = withLevelOne(decision, lower(Optional.of(requested), decision.requestable()), history,
        reasons);
    if (grant.map(g -> g.rank() < requested.rank()).orElse(true)) {
      whyNot(decision, requested, history, reasons);
    }
    if (grant.isEmpty()) {
      return new Verdict.NotRecognised();
    }
    Level level = grant.get();
    java.time.LocalDate due = Deadlines.appraisal(decision.ruleset(), office.authority(), office.year()).date();
    Optional<RegisterEntry> holding = history.flatMap(h -> h.holding(due));
    if (holding.isPresent() && holding.get().level() >= level.rank()) {
      reasons.add(new Reason.StillValid(holding.get(), holding.get().validUntil()));
      return new Verdict.StillRecognised(holding.get(), holding.get().validUntil());
    }
    Verdict.Kind kind = history.isEmpty() ? Verdict.Kind.FIRST
        : holding.isPresent() ? Verdict.Kind.UPGRADE : Verdict.Kind.RENEWAL;
    return new Verdict.Recognised(level, kind, Terms.validUntil(Terms.decisionYear(office.year())));
  }

  /**
   * The level granted once "công nhận nâng mức độ" is counted: with a register, a level above 1 only for a
   * unit it shows recognised at level 1 (or already at that level); else the highest level below it reached.
   */
  private Optional<Level> withLevelOne(LevelDecision decision, Optional<Level> grant, Optional<RegisteredUnit> history,
      List<Reason> reasons) {
    if (grant.isEmpty() || grant.get().rank() <= 1 || !register.given()
        || history.flatMap(h -> h.latestAt(1)).isPresent() || history.flatMap(h -> h.latestAt(grant.get().rank())).isPresent()) {
      return grant;
    }
    reasons.add(new Reason.NoLevelOne(grant.get()));
    int rank = grant.get().rank();
    return decision.levels().stream().filter(l -> l.rank() < rank).filter(l -> reachedAt(decision, l))
        .max(Comparator.comparingInt(Level::rank));
  }

  private static boolean reachedAt(LevelDecision decision, Level level) {
    return decision.reached().map(r -> r.rank() >= level.rank()).orElse(false);
  }

  /** Why {@code requested} is not granted: its unmet indicators, or the 12-month rule. */
  private void whyNot(LevelDecision decision, Level requested, Optional<RegisteredUnit> history, List<Reason> reasons) {
    decision.unmet(requested).forEach(line -> reasons.add(new Reason.Unmet(line)));
    Optional<ProcedureResult.Checked> waiting = decision.waiting(requested);
    waiting.filter(w -> reachedAt(decision, requested)).ifPresent(w -> reasons.add(new Reason.Waiting(requested,
        w.decided(), w.earliest(), w.deadline(), history.flatMap(h -> h.latestAt(1)).map(RegisterEntry::number)
            .orElse(""))));
  }

  /** The lower of two levels; none when either is none. */
  private static Optional<Level> lower(Optional<Level> a, Optional<Level> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(a.get().rank() <= b.get().rank() ? a.get() : b.get());
  }

  /** The level asked for: as the documents say; the first level when they say none or cannot be read. */
  private static Level requested(LevelDecision decision, String asked) {
    Level first = decision.levels().get(0);
    Optional<Level> named = decision.levels().stream().filter(l -> l.id().equals(asked)).findFirst();
    if (named.isPresent()) {
      return named.get();
    }
    return asked.equals(SubmittedSummary.UNKNOWN) ? decision.requestable().orElse(first) : first;
  }

  private Optional<RegisteredUnit> history(Unit unit, List<Message> notes) {
    UnitKey key = new UnitKey(unit.decision().profile().name(), unit.decision().profile().id());
    List<RegisteredUnit> others = register.otherIds(key);
    if (unit.matches().isEmpty() && !others.isEmpty()) {
      notes.add(Message.of("office.note.registerOtherId", key.id(), others.size(),
          String.join(", ", others.stream().map(u -> u.key().id()).toList())));
    }
    if (unit.matches().size() > 1) {
      notes.add(Message.of("office.note.registerAmbiguous", unit.matches().size(),
          String.join(", ", unit.matches().stream().map(u -> u.key().id().isEmpty() ? u.name() : u.key().id()).toList())));
      return Optional.empty();
    }
    return unit.matches().stream().findFirst();
  }

  /** The level-1 date the unit typed against the register's. */
  private static void compareDates(Optional<RegisteredUnit> history, Optional<LocalDate> typed, List<Message> notes) {
    Optional<LocalDate> registered = history.flatMap(h -> h.latestAt(1)).map(RegisterEntry::decided);
    if (typed.isPresent() && !typed.equals(registered)) {
      notes.add(registered.map(r -> Message.of("office.note.dateDiffers", Dates.show(typed.get()), Dates.show(r)))
          .orElse(Message.of("office.note.dateNotRegistered", Dates.show(typed.get()))));
    }
  }
}
