package vn.dvht.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Message;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;
import vn.dvht.office.Appraisal;
import vn.dvht.office.Appraiser;
import vn.dvht.office.Finding;
import vn.dvht.office.LevelDecision;
import vn.dvht.office.Register;
import vn.dvht.office.RegisteredUnit;
import vn.dvht.office.Source;
import vn.dvht.office.SubmissionCheck;
import vn.dvht.office.SubmittedSummary;
import vn.dvht.office.SummaryReplay;
import vn.dvht.office.UnitKey;

/**
 * The files one unit sent, put together — a result goes with the member list its stamp names (by
 * SHA-256) or, failing that, with the files of the same unit name — and made into what the council
 * appraises: with a member list, its re-evaluation, each result checked against it; without one, the
 * summary workbook's member grid (or the JSON's counts) replayed, each result checked against itself.
 */
final class Submissions {
  /** The files of one unit: at most one member list, any number of results. */
  record Group(List<SubmissionReader.Members> members, List<SubmittedSummary> summaries) {
    String name() {
      return members.isEmpty() ? summaries.get(0).name() : members.get(0).claimed().result().unit().profile().name();
    }
  }

  private final Ruleset ruleset;
  private final String rulesetSha;
  private final Register register;

  Submissions(Ruleset ruleset, String rulesetSha, Register register) {
    this.ruleset = ruleset;
    this.rulesetSha = rulesetSha;
    this.register = register;
  }

  /** Groups what was read, in the order of the files. */
  static List<Group> group(List<SubmissionReader.Read> reads) {
    List<Group> groups = new ArrayList<>();
    java.util.Map<String, Group> bySha = new java.util.HashMap<>();
    java.util.Map<String, Group> byName = new java.util.HashMap<>();
    for (SubmissionReader.Read read : reads) {
      if (read instanceof SubmissionReader.Members m) {
        Group group = new Group(new ArrayList<>(List.of(m)), new ArrayList<>());
        groups.add(group);
        bySha.putIfAbsent(m.source().sha256(), group);
        byName.putIfAbsent(UnitKey.of(group.name()).name(), group);
      }
    }
    for (SubmissionReader.Read read : reads) {
      if (read instanceof SubmissionReader.Summaries s) {
        for (SubmittedSummary summary : s.summaries()) {
          Optional<Group> found = summary.inputShas().stream().map(bySha::get).filter(java.util.Objects::nonNull)
              .findFirst().or(() -> Optional.ofNullable(byName.get(UnitKey.of(summary.name()).name())));
          found.ifPresentOrElse(g -> g.summaries().add(summary), () -> {
            Group group = new Group(new ArrayList<>(), new ArrayList<>(List.of(summary)));
            groups.add(group);
            byName.putIfAbsent(UnitKey.of(summary.name()).name(), group);
          });
        }
      }
    }
    return groups;
  }

  /** What the council appraises for one unit's files. */
  Appraiser.Unit unit(Group group) {
    List<Source> sources = new ArrayList<>();
    group.members().forEach(m -> sources.add(m.source()));
    group.summaries().forEach(s -> sources.add(s.source()));
    List<Finding> findings = new ArrayList<>();
    if (!group.members().isEmpty()) {
      SubmissionReader.Members m = group.members().get(0);
      for (SubmittedSummary s : group.summaries()) {
        findings.addAll(SubmissionCheck.check(s, SummaryReplay.replay(ruleset, s, m.typed(), true),
            Optional.of(m.claimed().result()), Optional.of(m.source().sha256()), rulesetSha));
      }
      String asked = group.summaries().stream().map(SubmittedSummary::requested)
          .filter(r -> !r.equals(SubmittedSummary.UNKNOWN)).findFirst()
          .orElse(LevelDecision.of(m.claimed().result()).requestable().map(Level::id).orElse(""));
      return new Appraiser.Unit(sources, Appraisal.Basis.MEMBERS, LevelDecision.of(m.office()), asked, findings,
          m.matches(), m.typed());
    }
    SubmittedSummary primary = group.summaries().stream().filter(s -> !s.grid().isEmpty()).findFirst()
        .orElse(group.summaries().get(0));
    for (SubmittedSummary s : group.summaries()) {
      findings.addAll(SubmissionCheck.check(s, SummaryReplay.replay(ruleset, s, Optional.empty(), true),
          Optional.empty(), Optional.empty(), rulesetSha));
    }
    List<RegisteredUnit> matches = register.find(UnitKey.of(primary.name()));
    Optional<LocalDate> typed = typed(primary);
    SubmittedSummary counted = GridCounts.apply(primary);
    if (counted != primary) {
      findings.add(new Finding("basis", false, Message.of("office.check.gridBasis")));
    }
    SummaryReplay.Replay office = register.given()
        ? SummaryReplay.replay(ruleset, counted, SubmissionReader.levelOne(matches), false)
        : SummaryReplay.replay(ruleset, counted, typed, false);
    return new Appraiser.Unit(sources, Appraisal.Basis.SUMMARY, LevelDecision.of(office.result()), primary.requested(),
        findings, matches, typed);
  }

  private static Optional<LocalDate> typed(SubmittedSummary summary) {
    try {
      return summary.levelOneDate().isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(summary.levelOneDate()));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
