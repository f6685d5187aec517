package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Credit;
import vn.dvht.model.Grade;
import vn.dvht.model.Scoring;

/**
 * Reads the {@code scoring:} section (total points, grade bands, default partial credit) and the
 * per-indicator {@code credit:} rules of a scoring ruleset such as Thông tư 22/2020.
 */
final class ScoringReader {
  static final List<String> CREDITS = List.of("all-or-nothing", "proportional", "{bands: […]}");

  private final Diagnostics diagnostics;
  private final Ids ids;
  private SourcePosition.InText totalPosition;
  private Credit defaultCredit = new Credit.AllOrNothing();

  ScoringReader(Diagnostics diagnostics, Ids ids) {
    this.diagnostics = diagnostics;
    this.ids = ids;
  }

  Optional<Scoring.Points> read(MapReader doc) {
    Optional<MapReader> section = doc.map("scoring", false);
    if (section.isEmpty()) {
      return Optional.empty();
    }
    MapReader s = section.get();
    BigDecimal total = s.number("total", true).orElse(BigDecimal.valueOf(100));
    totalPosition = s.positionOf("total");
    if (total.signum() <= 0) {
      diagnostics.error("R005", totalPosition, Message.of("ruleset.totalPositive", total.toPlainString()));
    }
    RulesetReader.requireList(s, "grades", diagnostics);
    List<Grade> grades = grades(s, total);
    if (s.has("credit")) {
      defaultCredit = credit(s, total);
    } else {
      s.allow("credit");
    }
    s.finish();
    return Optional.of(new Scoring.Points(total, grades));
  }

  private List<Grade> grades(MapReader s, BigDecimal total) {
    List<Grade> grades = new ArrayList<>();
    Set<BigDecimal> minimums = new HashSet<>();
    boolean fromZero = false;
    for (MapReader g : s.maps("grades")) {
      String id = g.text("id");
      ids.declare("grade", id, g.positionOf("id"));
      String label = g.text("label");
      BigDecimal min = g.number("min", true).orElse(BigDecimal.ZERO);
      if (min.signum() < 0 || min.compareTo(total) > 0) {
        diagnostics.error("R019", g.positionOf("min"),
            Message.of("ruleset.gradeRange", min.toPlainString(), total.toPlainString()));
      } else if (!minimums.add(min.stripTrailingZeros())) {
        diagnostics.error("R019", g.positionOf("min"), Message.of("ruleset.gradeOverlap", min.toPlainString()));
      }
      fromZero |= min.signum() == 0;
      g.finish();
      grades.add(new Grade(id, label, min));
    }
    if (!grades.isEmpty() && !fromZero) {
      diagnostics.error("R019", s.positionOf("grades"), Message.of("ruleset.gradeGap"));
    }
    return grades;
  }

  /** The credit rule of an indicator worth {@code points}: its own {@code credit:}, or the default. */
  Credit creditOf(MapReader indicator, BigDecimal points) {
    if (!indicator.has("credit")) {
      indicator.allow("credit");
      return defaultCredit;
    }
    return credit(indicator, points);
  }

  private Credit credit(MapReader m, BigDecimal points) {
    Optional<Node> node = m.node("credit");
    if (node.isPresent() && node.get() instanceof Node.MapNode) {
      Optional<MapReader> bands = m.map("credit", true);
      return bands.map(b -> bands(b, points)).orElse(new Credit.AllOrNothing());
    }
    String key = m.text("credit");
    switch (key) {
      case "all-or-nothing":
        return new Credit.AllOrNothing();
      case "proportional":
        return new Credit.Proportional();
      default:
        m.badChoice("credit", key, CREDITS);
        return new Credit.AllOrNothing();
    }
  }

  private Credit bands(MapReader b, BigDecimal points) {
    RulesetReader.requireList(b, "bands", diagnostics);
    List<Credit.Band> bands = new ArrayList<>();
    for (MapReader band : b.maps("bands")) {
      BigDecimal min = band.number("min", true).orElse(BigDecimal.ZERO);
      BigDecimal earned = band.number("points", true).orElse(BigDecimal.ZERO);
      if (!RulesetReader.isPercent(min)) {
        diagnostics.error("R012", band.positionOf("min"), Message.of("ruleset.percentRange", min.toPlainString()));
      }
      if (earned.signum() < 0 || earned.compareTo(points) > 0) {
        diagnostics.error("R020", band.positionOf("points"),
            Message.of("ruleset.bandPoints", earned.toPlainString(), points.toPlainString()));
      }
      band.finish();
      bands.add(new Credit.Band(min, earned));
    }
    b.finish();
    return new Credit.Bands(bands);
  }

  /** Reports points that do not add up to the declared total. */
  void checkTotal(Scoring.Points scoring, BigDecimal sum) {
    if (sum.compareTo(scoring.total()) != 0 && totalPosition != null) {
      diagnostics.error("R020", totalPosition,
          Message.of("ruleset.pointsSum", sum.toPlainString(), scoring.total().toPlainString()));
    }
  }
}
