package vn.dvht.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Answer;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;

/**
 * A member's own scores (columns of type score) and the titles computed from them: a cell is blank or a
 * number from 0 to the column's maximum ("7", "7,5", "7.5"); a row with some of a rule's scores needs
 * them all; a title given directly that the scores contradict is a warning naming the member.
 */
final class ScoreCells {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

  private final Ruleset ruleset;
  private final Diagnostics diagnostics;
  /** The titles computed from scores, each as the test that reads it. */
  private final List<MemberTest.Scored> titles;

  ScoreCells(Ruleset ruleset, Diagnostics diagnostics) {
    this.ruleset = ruleset;
    this.diagnostics = diagnostics;
    this.titles = ruleset.fields().stream()
        .filter(f -> f.type() instanceof FieldType.YesNo y && y.scores().computes())
        .map(f -> new MemberTest.Scored(f.id(), ((FieldType.YesNo) f.type()).scores())).toList();
  }

  /** Whether a title column may be left out: the sheet carries every score column of its rule. */
  boolean titleCovered(String field, Map<String, Integer> columns) {
    return carried(columns).stream().anyMatch(t -> t.field().equals(field));
  }

  /** The parts missing from the sheet of rules some of whose parts it has. */
  List<Field> missingParts(Map<String, Integer> columns) {
    return titles.stream().filter(t -> t.rule().parts().stream().anyMatch(columns::containsKey))
        .flatMap(t -> t.rule().parts().stream()).filter(p -> !columns.containsKey(p)).distinct()
        .map(ruleset::field).toList();
  }

  /** The score in a cell; an error at the cell when it is not a number from 0 to the maximum. */
  Answer read(FieldType.Score type, String raw, SourcePosition.InSheet at) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return Answer.BLANK;
    }
    Optional<BigDecimal> value = number(text);
    if (value.isEmpty()) {
      diagnostics.error("I221", at, Message.of("members.scoreNotNumber", RawRow.shown(raw),
          ScoreRule.plain(type.max())));
      return Answer.BLANK;
    }
    if (value.get().signum() < 0 || value.get().compareTo(type.max()) > 0) {
      diagnostics.error("I221", at, Message.of("members.scoreRange", RawRow.shown(raw),
          ScoreRule.plain(type.max())));
      return Answer.BLANK;
    }
    return new Answer.Score(value.get(), text);
  }

  private static Optional<BigDecimal> number(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.replace(',', '.')));
  }

  /** The titles whose every score column the sheet has: decided once, when its header is known. */
  List<MemberTest.Scored> carried(Map<String, Integer> columns) {
    return titles.stream().filter(t -> columns.keySet().containsAll(t.rule().parts())).toList();
  }

  /**
   * After a row is read, checks each title the sheet carries once ({@link MemberTest.Scored#check}) and returns
   * them by title field: a rule with some scores but not all is an error at every blank part's cell; a complete
   * rule whose title column says otherwise is a warning at the title's cell.
   */
  Map<String, MemberTest.Title> checkRow(List<MemberTest.Scored> carried, Member member, RowCells row) {
    if (carried.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map.Entry<String, MemberTest.Title>[] checked = new Map.Entry[carried.size()];
    for (int i = 0; i < checked.length; i++) {
      MemberTest.Scored title = carried.get(i);
      MemberTest.Title held = title.check(member);
      checked[i] = Map.entry(title.field(), held);
      ScoreRule.ScoreCheck check = held.check();
      if (!check.complete() && !check.none()) {
        for (String part : title.rule().parts()) {
          if (row.raw(part).isBlank()) {
            diagnostics.error("I222", row.at(part), Message.of("members.scoreMissing", ruleset.field(part)
                .header(), name(member), check.given(), check.parts(), ruleset.field(title.field()).header()));
          }
        }
      } else if (held.disagrees()) {
        diagnostics.warning("I223", () -> row.at(title.field()), () -> Message.of("members.titleDisagrees",
            name(member), ruleset.field(title.field()).header(), member.answer(title.field()).raw(),
            check.summary(p -> ruleset.field(p).header()),
            Message.of(check.titled() ? "members.titleYes" : "members.titleNo")));
      }
    }
    // Immutable already: the member keeps it without a copy.
    return Map.ofEntries(checked);
  }

  private static Object name(Member member) {
    return member.name().isEmpty() ? Message.of("members.rowOnly", member.source().row()) : member.name();
  }

  /** The cells of the row being checked, by field id. */
  interface RowCells {
    /** Where the field's cell is. */
    SourcePosition.InSheet at(String field);

    /** What the field's cell holds; "" when blank or when the sheet has no such column. */
    String raw(String field);
  }
}
