package vn.dvht.office;

import java.util.List;
import vn.dvht.diag.Message;
import vn.dvht.model.Level;
import vn.dvht.model.UnitProfile;

/**
 * The council's appraisal of one unit: who it is, the files it sent and which of them its figures rest
 * on, the re-decision ({@link LevelDecision}, the 12-month rule counted from the register), the level it
 * asked for, the verdict and its reasons, what checking its documents found, its register history, and
 * notes for the council (a date the unit typed that the register does not hold, a yes without evidence).
 */
public record Appraisal(UnitProfile profile, List<Source> sources, Basis basis, LevelDecision decision,
    Level requested, Verdict verdict, List<Reason> reasons, List<Finding> findings,
    List<RegisterEntry> history, List<Message> notes) {
  public Appraisal {
    sources = List.copyOf(sources);
    reasons = List.copyOf(reasons);
    findings = List.copyOf(findings);
    history = List.copyOf(history);
    notes = List.copyOf(notes);
  }

  /** What the council's figures rest on. */
  public enum Basis {
    /** The member list, re-evaluated. */
    MEMBERS("danh-sach"),
    /** A summary's counts, checked against its own member grid and replayed. */
    SUMMARY("bang-tong-hop");

    private final String key;

    Basis(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Whether the unit gets a letter: it is not recognised at the level it asked for. */
  public boolean needsLetter() {
    return !(verdict instanceof Verdict.Recognised r && r.level().equals(requested));
  }

  public boolean edited() {
    return SubmissionCheck.edited(findings);
  }

  public String name() {
    return profile.name();
  }

  /**
   * The identifier the office knows the unit by: the one its sheet gives ("Mã định danh"), else the one its
   * register rows carry, else "". Next year's register row is written with it.
   */
  public String id() {
    if (!profile.id().isEmpty()) {
      return profile.id();
    }
    return history.stream().map(RegisterEntry::id).filter(s -> !s.isEmpty()).findFirst().orElse("");
  }
}
