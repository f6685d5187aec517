package vn.dvht.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Message;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.model.Level;

/**
 * Whether a summary a unit sent is what its data give: its counts against its own member grid (a
 * workbook) and against its member list re-evaluated (when it sent one), each status and the levels
 * against the evaluator's re-decision of its own counts, its stamp against the files and the ruleset;
 * plus what the package says of itself. Never a verdict on its own: the findings are shown, per unit.
 */
public final class SubmissionCheck {
  private SubmissionCheck() {}

  /**
   * @param replayed the summary decided again from its own counts and its own level-1 date
   * @param members its member list re-evaluated, when the unit sent one
   */
  public static List<Finding> check(SubmittedSummary summary, SummaryReplay.Replay replayed,
      Optional<EvaluationResult> members, Optional<String> membersSha, String rulesetSha) {
    List<Finding> findings = new ArrayList<>();
    replayed.inconsistencies().forEach(p -> findings.add(new Finding("replay", true, p)));
    grid(summary, findings);
    statuses(summary, replayed.result(), findings);
    levels(summary, LevelDecision.of(replayed.result()), findings);
    members.ifPresent(m -> counts(summary, m, findings));
    membersSha.ifPresent(sha -> {
      if (!summary.inputShas().isEmpty() && !summary.inputShas().contains(sha)) {
        findings.add(new Finding("member-file", false, Message.of("office.check.otherMemberFile")));
      }
    });
    if (!summary.rulesetSha().isEmpty() && !summary.rulesetSha().equals(rulesetSha)) {
      findings.add(new Finding("ruleset", false, Message.of("office.check.otherRuleset", summary.rulesetId(),
          summary.dvht())));
    }
    summary.fileNotes().forEach(n -> findings.add(new Finding("saved", false, n)));
    return findings;
  }

  /** Whether any finding is an edit. */
  public static boolean edited(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::edit);
  }

  private static void grid(SubmittedSummary summary, List<Finding> findings) {
    for (GridCount count : summary.grid()) {
      summary.rows(count.indicator()).stream().filter(SubmittedIndicator::share).findFirst().ifPresent(row -> {
        if (row.numerator() != count.passed() || row.denominator() != count.counted()) {
          findings.add(new Finding("grid", true, Message.of("office.check.grid", row.id(), row.numerator() + "/"
              + row.denominator(), count.passed() + "/" + count.counted())));
        }
      });
    }
  }

  private static void statuses(SubmittedSummary summary, EvaluationResult result, List<Finding> findings) {
    for (SubmittedIndicator row : summary.indicators()) {
      Optional<IndicatorResult> decided = find(result, row.level(), row.id());
      if (decided.isPresent() && !decided.get().status().key().equals(row.status())) {
        findings.add(new Finding("status", true, Message.of("office.check.status", row.id(), level(result, row.level()),
            Message.of("status." + (row.status().isEmpty() ? "khong-dat" : row.status())),
            Message.of("status." + decided.get().status().key()))));
      }
    }
  }

  private static void levels(SubmittedSummary summary, LevelDecision decided, List<Finding> findings) {
    compare("level", summary.level(), decided.reached(), "office.check.level", findings, decided);
    compare("requested", summary.requested(), decided.requestable(), "office.check.requested", findings, decided);
  }

  private static void compare(String code, String written, Optional<Level> decided, String message,
      List<Finding> findings, LevelDecision decision) {
    if (written.equals(SubmittedSummary.UNKNOWN)) {
      findings.add(new Finding("verdict", false, Message.of("office.check.verdictUnread")));
      return;
    }
    String id = decided.map(Level::id).orElse("");
    if (!id.equals(written)) {
      findings.add(new Finding(code, true, Message.of(message, label(decision, written), label(decision, id))));
    }
  }

  private static Object label(LevelDecision decision, String id) {
    return decision.levels().stream().filter(l -> l.id().equals(id)).<Object>map(Level::label).findFirst()
        .orElse(Message.of("office.noLevel"));
  }

  /** The summary's counts against the member list's. */
  private static void counts(SubmittedSummary summary, EvaluationResult members, List<Finding> findings) {
    for (LevelResult level : members.levels()) {
      for (IndicatorResult r : level.indicators()) {
        if (!(r.outcome() instanceof Outcome.Share s)) {
          continue;
        }
        summary.rows(r.indicator().id()).stream().filter(x -> x.level().equals(level.level().id()) && x.share())
            .filter(x -> x.numerator() != s.numerator() || x.denominator() != s.denominator()).findFirst()
            .ifPresent(x -> findings.add(new Finding("members", true, Message.of("office.check.members", x.id(),
                x.numerator() + "/" + x.denominator(), s.numerator() + "/" + s.denominator()))));
      }
      break; // a share's counts are the same at every level
    }
  }

  private static Optional<IndicatorResult> find(EvaluationResult result, String level, String id) {
    return result.levels().stream().filter(l -> l.level().id().equals(level)).flatMap(l -> l.indicators().stream())
        .filter(r -> r.indicator().id().equals(id)).findFirst();
  }

  private static String level(EvaluationResult result, String id) {
    return result.levels().stream().filter(l -> l.level().id().equals(id)).map(l -> l.level().label()).findFirst()
        .orElse(id);
  }
}
