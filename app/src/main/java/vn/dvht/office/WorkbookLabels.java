package vn.dvht.office;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvht.input.TextKey;
import vn.dvht.model.Authority;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.Ownership;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScaleItem;
import vn.dvht.model.UnitProfile;
import vn.dvht.model.UnitType;

/**
 * The ids behind the words a summary workbook shows — authorities, unit types with their ownership,
 * level headings, statuses, answers — looked up in the office's ruleset in each language.
 */
final class WorkbookLabels {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private final List<Ruleset> rulesets;

  WorkbookLabels(List<Ruleset> rulesets) {
    this.rulesets = List.copyOf(rulesets);
  }

  private Ruleset first() {
    return rulesets.get(0);
  }

  String authority(String label) {
    for (Ruleset r : rulesets) {
      for (Authority a : r.authorities()) {
        if (TextKey.same(a.label(), label)) {
          return a.id();
        }
      }
    }
    return "";
  }

  /** The unit type's id and its ownership's ("Trường trung học phổ thông (công lập)"). */
  String[] unitType(String label) {
    for (Ruleset r : rulesets) {
      for (UnitType type : r.unitTypes()) {
        for (Ownership o : r.ownerships()) {
          if (type.ownerships().contains(o.id())
              && TextKey.same(r.unitTypeLabel(new UnitProfile("", "", type.id(), 0, o.id())), label)) {
            return new String[] {type.id(), o.id()};
          }
        }
        if (TextKey.same(type.label(), label)) {
          return new String[] {type.id(), type.defaultOwnership()};
        }
      }
    }
    return new String[] {"", ""};
  }

  /** The level a table's heading ("MỨC ĐỘ 1: Đạt") opens. */
  Optional<String> levelHeading(String text) {
    int colon = text.indexOf(':');
    String head = colon < 0 ? text : text.substring(0, colon);
    for (Ruleset r : rulesets) {
      for (Level level : r.levels()) {
        if (!level.plan() && !head.isEmpty() && head.equals(level.label().toUpperCase(VI))) {
          return Optional.of(level.id());
        }
      }
    }
    return Optional.empty();
  }

  boolean indicator(String id) {
    return first().indicator(id).isPresent();
  }

  /** A status as the JSON names it; a partly met row is not met; "" when unknown. */
  String status(String text) {
    for (String key : List.of("dat", "khong-dat", "khong-ap-dung")) {
      if (Readback.is(text, "status." + key)) {
        return key;
      }
    }
    return Readback.find(text, "status.partial").isPresent() ? "khong-dat" : "";
  }

  /** An answer as the JSON gives it: "true"/"false", a score, a scale step's id, "" when none. */
  String value(String indicatorId, String text) {
    Indicator indicator = first().indicator(indicatorId).orElseThrow();
    if (indicator.measure() instanceof Measure.UnitRank rank) {
      for (Ruleset r : rulesets) {
        for (ScaleItem item : r.scale(rank.scale()).items()) {
          if (TextKey.same(item.label(), text)) {
            return item.id();
          }
        }
      }
      return "";
    }
    if (Readback.is(text, "value.yes")) {
      return "true";
    }
    if (Readback.is(text, "value.no")) {
      return "false";
    }
    return Readback.find(text, "value.score").map(s -> s.get(0).replace(',', '.')).orElse("");
  }

  /** The level the verdict says was reached: its id, "" for none, {@link SubmittedSummary#UNKNOWN} when unread. */
  String reached(String verdict) {
    if (Readback.all("verdict.none").stream().anyMatch(verdict::startsWith)) {
      return "";
    }
    return Readback.find(verdict, "verdict.reached").map(g -> level(g.get(0))).orElse(SubmittedSummary.UNKNOWN);
  }

  /** The level the verdict says the unit requests. */
  String requested(String verdict) {
    Optional<List<String>> lower = Readback.find(verdict, "verdict.eligibleLower");
    if (lower.isPresent()) {
      return level(lower.get().get(1));
    }
    if (Readback.find(verdict, "verdict.eligibleNone").isPresent()) {
      return "";
    }
    return reached(verdict);
  }

  private String level(String label) {
    for (Ruleset r : rulesets) {
      for (Level level : r.levels()) {
        if (TextKey.same(level.label(), label)) {
          return level.id();
        }
      }
    }
    return SubmittedSummary.UNKNOWN;
  }
}
