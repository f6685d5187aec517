package vn.dvht.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.model.Ruleset;

/**
 * Everything one appraisal run found, what every office document is made from: the office and its
 * council, the register read, the ruleset, each unit appraised (in the order of their files), the files
 * that could not be read, and the units the office knows of that sent nothing.
 */
public record AppraisalBook(OfficeSetup setup, Register register, Ruleset ruleset, String rulesetSha,
    List<Appraisal> units, List<Unread> unread, List<Absent> absent) {
  public AppraisalBook {
    units = List.copyOf(units);
    unread = List.copyOf(unread);
    absent = List.copyOf(absent);
  }

  /** A file that could not be read, with its problems. */
  public record Unread(String file, List<Diagnostic> problems) {
    public Unread {
      problems = List.copyOf(problems);
    }
  }

  public Office office() {
    return setup.office();
  }

  /** The units recognised, level by level from the highest, each level in file order. */
  public List<Appraisal> recognised() {
    List<Appraisal> out = new ArrayList<>();
    List<vn.dvht.model.Level> levels = new ArrayList<>(ruleset.levels().stream().filter(l -> !l.plan()).toList());
    levels.sort(java.util.Comparator.comparingInt(vn.dvht.model.Level::rank).reversed());
    for (vn.dvht.model.Level level : levels) {
      units.stream().filter(u -> grantedAt(u).filter(level::equals).isPresent()).forEach(out::add);
    }
    return out;
  }

  /** The units that get a letter. */
  public List<Appraisal> answered() {
    return units.stream().filter(Appraisal::needsLetter).toList();
  }

  /** The level a unit is recognised at this year. */
  public static Optional<vn.dvht.model.Level> grantedAt(Appraisal unit) {
    return unit.verdict() instanceof Verdict.Recognised r ? Optional.of(r.level()) : Optional.empty();
  }

  /** Absent units computed from the register and the area list against the units that sent something. */
  public static List<Absent> absent(OfficeSetup setup, Register register, List<Appraisal> units, Ruleset ruleset) {
    List<Absent> absent = new ArrayList<>();
    Office office = setup.office();
    java.util.Set<String> sent = new java.util.HashSet<>();
    units.forEach(u -> sent.add(UnitKey.of(u.name()).name()));
    for (RegisteredUnit r : register.units()) {
      if (r.decisions().stream().anyMatch(d -> sent.contains(d.key().name()))) {
        continue;
      }
      boolean holds = r.holding(Deadlines.appraisal(ruleset, office.authority(), office.year()).date()).isPresent();
      absent.add(new Absent(r.name(), r.latest().id(), r.latest().unitType(),
          holds ? Absent.Status.HOLDING : Absent.Status.LAPSED, r.decisions()));
    }
    for (AreaUnit a : setup.area()) {
      boolean known = sent.contains(a.key().name()) || !register.find(a.key()).isEmpty();
      if (!known) {
        absent.add(new Absent(a.name(), a.id(), a.unitType(), Absent.Status.NEVER, List.of()));
      }
    }
    return absent;
  }
}
