package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.model.Clause;
import vn.dvht.model.Deadline;
import vn.dvht.model.EvidenceRule;
import vn.dvht.model.Indicator;
import vn.dvht.model.Procedure;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;

/**
 * Checks that a ruleset quotes the law it cites, word for word: each target's wording (its own
 * {@code text}, or the indicator's text and the clauses that concern the target's authorities) in the
 * point its citation names, imports followed; each procedure's text in the clauses it cites; each
 * deadline's day in the clauses it cites; a required evidence rule's text in each clause it cites. Texts are compared after {@link LawText#normalised}; "…" in a
 * quote stands for words left out, and every run of words between two "…" must be found in order,
 * starting and ending on word boundaries.
 */
final class LawQuotes {
  /** "Điều 12 khoản 1 điểm d (nội dung theo khoản 1 Điều 6)": article, clause, point, and the import. */
  static final Pattern POINT = Pattern.compile(
      "Điều (\\d+) khoản (\\d+) điểm ([a-zđ])(?: \\(nội dung theo khoản (\\d+) Điều (\\d+)\\))?");
  /** "Điều 5 khoản 3" or "Điều 10 khoản 1 điểm c", one of a "; "-separated list. */
  static final Pattern CLAUSE = Pattern.compile("Điều (\\d+) khoản (\\d+)(?: điểm ([a-zđ]))?");
  /** "Điều 9, 15 khoản 3": the same clause of several articles, as the evidence rule cites it. */
  static final Pattern ARTICLES = Pattern.compile("Điều (\\d+(?:, \\d+)*) khoản (\\d+)");

  private final LawText law;
  private int checked;

  LawQuotes(LawText law) {
    this.law = law;
  }

  /** How many targets, procedures, deadlines and evidence rules the last {@link #problems} call checked. */
  int checked() {
    return checked;
  }

  /** Every place the ruleset does not quote what it cites, in words; empty when it does everywhere. */
  List<String> problems(Ruleset ruleset) {
    checked = 0;
    List<String> problems = new ArrayList<>();
    for (Indicator indicator : ruleset.indicators()) {
      List<Target> targets = indicator.targets().stream().filter(t -> !ruleset.level(t.level()).plan()).toList();
      List<String> cited = new ArrayList<>();
      for (Target target : targets) {
        checked++;
        target(indicator, target, problems).ifPresent(cited::add);
      }
      boolean ownTexts = !targets.isEmpty() && targets.stream().allMatch(t -> !t.text().isEmpty());
      if (ownTexts && cited.stream().noneMatch(point -> quotes(indicator.text(), point))) {
        problems.add(indicator.id() + ": text «" + indicator.text() + "» is in none of the points it cites");
      }
    }
    for (Procedure procedure : ruleset.procedures()) {
      checked++;
      for (String where : procedure.citation().split("; ")) {
        clause(procedure.id(), where, problems)
            .filter(text -> !quotes(procedure.text(), text))
            .ifPresent(text -> problems.add(procedure.id() + " (" + where + "): «" + procedure.text() + "» is not there"));
      }
    }
    for (Deadline deadline : ruleset.deadlines()) {
      checked++;
      String day = "trước ngày " + deadline.day().getDayOfMonth() + " tháng " + deadline.day().getMonthValue();
      for (String where : deadline.citation().split("; ")) {
        clause(deadline.id(), where, problems).filter(text -> !quotes(day, text))
            .ifPresent(text -> problems.add(deadline.id() + " (" + where + "): «" + day + "» is not there"));
      }
    }
    evidence(ruleset.evidence(), problems);
    return problems;
  }

  /** A required evidence rule's text in every clause it cites ("Điều 9, 15 khoản 3": Điều 9 khoản 3 and Điều 15 khoản 3). */
  private void evidence(EvidenceRule rule, List<String> problems) {
    if (!rule.required()) {
      return;
    }
    checked++;
    Matcher m = ARTICLES.matcher(rule.citation());
    if (!m.matches()) {
      problems.add("evidence: the citation «" + rule.citation() + "» does not name articles and clause as \"Điều 9, 15 "
          + "khoản 3\"");
      return;
    }
    for (String article : m.group(1).split(", ")) {
      String where = "Điều " + article + " khoản " + m.group(2);
      clause("evidence", where, problems).filter(text -> !quotes(rule.text(), text))
          .ifPresent(text -> problems.add("evidence (" + where + "): «" + rule.text() + "» is not there"));
    }
  }

  /** Checks one target; the text of the point it cites, when there is one. */
  private Optional<String> target(Indicator indicator, Target target, List<String> problems) {
    String where = indicator.id() + " " + String.join(",", target.authorities().stream().sorted().toList()) + " "
        + target.level() + " (" + target.citation() + ")";
    Matcher m = POINT.matcher(target.citation());
    if (!m.matches()) {
      problems.add(where + ": the citation does not name article, clause and point as "
          + "\"Điều 13 khoản 3 điểm c\" or \"Điều 12 khoản 1 điểm d (nội dung theo khoản 1 Điều 6)\"");
      return Optional.empty();
    }
    int article = Integer.parseInt(m.group(1));
    int clause = Integer.parseInt(m.group(2));
    String cited = m.group(4) == null ? "" : "khoản " + m.group(4) + " Điều " + m.group(5);
    String imported = law.importOf(article, clause).map(i -> "khoản " + i[1] + " Điều " + i[0]).orElse("");
    if (!cited.equals(imported)) {
      problems.add(where + ": the law's clause imports «" + imported + "», the citation says «" + cited + "»");
    }
    Optional<String> point = law.point(article, clause, m.group(3));
    if (point.isEmpty()) {
      problems.add(where + ": the law has no such point");
      return Optional.empty();
    }
    String quote = target.text().isEmpty() ? indicator.text() : target.text();
    if (!quotes(quote, point.get())) {
      problems.add(where + ": «" + quote + "» is not in «" + point.get() + "»");
    }
    for (Clause sentence : indicator.clauses()) {
      boolean concerns = sentence.authorities().isEmpty()
          || sentence.authorities().stream().anyMatch(target.authorities()::contains);
      if (concerns && !quotes(sentence.text(), point.get())) {
        problems.add(where + ": clause «" + sentence.text() + "» is not in «" + point.get() + "»");
      }
    }
    return point;
  }

  /** The text of a clause (or point) a procedure or deadline cites. */
  private Optional<String> clause(String id, String citation, List<String> problems) {
    Matcher m = CLAUSE.matcher(citation);
    if (!m.matches()) {
      problems.add(id + ": the citation «" + citation + "» does not name article and clause as \"Điều 5 khoản 3\"");
      return Optional.empty();
    }
    int article = Integer.parseInt(m.group(1));
    int clause = Integer.parseInt(m.group(2));
    Optional<String> text = m.group(3) == null ? law.clause(article, clause) : law.point(article, clause, m.group(3));
    if (text.isEmpty()) {
      problems.add(id + ": the law has no " + citation);
    }
    return text;
  }

  /** Whether {@code quote} is {@code text}'s words, in order, "…" marking words left out. */
  static boolean quotes(String quote, String text) {
    String t = LawText.normalised(text);
    int from = 0;
    boolean any = false;
    for (String part : LawText.normalised(quote).split("…", -1)) {
      String words = part.strip();
      if (words.isEmpty()) {
        continue;
      }
      int at = find(t, words, from);
      if (at < 0) {
        return false;
      }
      from = at + words.length();
      any = true;
    }
    return any;
  }

  /** Where {@code words} occurs in {@code text} from {@code from}, not starting or ending inside a word. */
  private static int find(String text, String words, int from) {
    for (int at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
          || !Character.isLetterOrDigit(words.charAt(0));
      boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
          || !Character.isLetterOrDigit(words.charAt(words.length() - 1));
      if (starts && ends) {
        return at;
      }
    }
    return -1;
  }
}
