package vn.dvht.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Visible;
import vn.dvht.diag.Wording;

/**
 * A unit's changes as lines in the current language, for the terminal: a heading naming the unit and
 * its input file, then one line per change. Every text taken from the results (names, files, labels,
 * ids) is made safe to print ({@link Visible}): an escape sequence or a bidirectional override in a unit's
 * name is shown by its code, never sent to the terminal.
 */
public final class DiffTextRenderer {
  private DiffTextRenderer() {}

  /** The heading and the lines of one unit. */
  public static List<String> lines(Wording words, ResultDiff.UnitChange change) {
    List<String> lines = new ArrayList<>();
    lines.add(change.input().isEmpty() ? words.get("diff.unit", safe(change.name()))
        : words.get("diff.unitIn", safe(change.name()), safe(change.input())));
    switch (change.kind()) {
      case NEW -> lines.add("  " + words.get("diff.newUnit"));
      case GONE -> lines.add("  " + words.get("diff.goneUnit"));
      case UNCHANGED -> lines.add("  " + words.get("diff.noChange"));
      case CHANGED -> changed(words, lines, change);
    }
    return lines;
  }

  private static void changed(Wording words, List<String> lines, ResultDiff.UnitChange change) {
    if (change.level().moved()) {
      lines.add("  " + words.get("diff.level", level(words, change.level().beforeLabel()),
          level(words, change.level().afterLabel())));
    }
    for (ResultDiff.LevelVerdict level : change.levels()) {
      lines.add("  " + words.get("diff.levelVerdict", level(words, level.label()), reached(words, level.before()),
          reached(words, level.after())));
    }
    for (ResultDiff.IndicatorChange indicator : change.indicators()) {
      lines.add("  " + words.get("diff.indicator", safe(indicator.id()), level(words, indicator.levelLabel()),
          describe(words, indicator.before()), describe(words, indicator.after())));
    }
    for (ResultDiff.MemberChange members : change.members()) {
      if (!members.nowPassing().isEmpty()) {
        lines.add("  " + words.get("diff.nowPassing", safe(members.indicator()), members.nowPassing().size(),
            safe(String.join(", ", members.nowPassing()))));
      }
      if (!members.nowFailing().isEmpty()) {
        lines.add("  " + words.get("diff.nowFailing", safe(members.indicator()), members.nowFailing().size(),
            safe(String.join(", ", members.nowFailing()))));
      }
    }
  }

  private static String describe(Wording words, ComparedUnit.Indicator indicator) {
    String status = status(words, indicator.status());
    if (indicator.numerator().isNumber() && indicator.denominator().isNumber()) {
      JsonNode percent = indicator.percent();
      String shown = percent.isNumber() ? Phrases.percent(words, percent.decimalValue().setScale(
          Math.max(2, percent.decimalValue().scale()), java.math.RoundingMode.UNNECESSARY)) : "";
      return words.get("diff.share", status, indicator.numerator().asText(), indicator.denominator().asText(),
          shown);
    }
    return status;
  }

  /** A status as the current language says it; one this dvht does not know, as the result wrote it. */
  private static String status(Wording words, String key) {
    try {
      return words.get("status." + key);
    } catch (IllegalStateException unknown) {
      return safe(key);
    }
  }

  /**
   * A level's label as the result wrote it, made safe; a circular's numbered level ("Mức độ 2", as results
   * written in Vietnamese label it) in the current language.
   */
  private static String level(Wording words, String label) {
    java.util.regex.Matcher numbered = NUMBERED.matcher(label);
    return numbered.matches() ? words.get("diff.levelNumbered", numbered.group(1)) : safe(label);
  }

  private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("(?i)mức độ (\\d{1,2})");

  private static String reached(Wording words, boolean reached) {
    return words.get(reached ? "status.dat" : "status.khong-dat");
  }

  private static String safe(String text) {
    return Visible.of(text);
  }
}
