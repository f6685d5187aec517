package vn.dvht.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One unit of a dvht result as {@code dvht diff} compares it, read from the result's JSON and nothing
 * else of it kept: its input file as the result names it, its name, the level reached ("" for none),
 * each level's verdict and indicators, and per indicator the members failing it ("name (id)").
 */
public record ComparedUnit(String input, String name, String level, List<Level> levels, List<Gap> gaps) {
  public ComparedUnit {
    levels = List.copyOf(levels);
    gaps = List.copyOf(gaps);
  }

  /**
   * A level's verdict and its indicators; {@code reached} is the level decision's ({@code counted}: its
   * indicators and every lower level's met), or for a result written before it, the level's own.
   */
  public record Level(String id, String label, boolean reached, List<Indicator> indicators) {
    public Level {
      indicators = List.copyOf(indicators);
    }
  }

  /** An indicator's status, counts, share and value as the result wrote them (a JSON null where it has none). */
  public record Indicator(String id, String status, JsonNode numerator, JsonNode denominator, JsonNode percent,
      JsonNode value) {}

  /** The members failing an indicator, as "name" or "name (id)", in the result's order. */
  public record Gap(String indicator, List<String> members) {
    public Gap {
      members = List.copyOf(members);
    }
  }

  /** The label of the level reached, or empty when none was or the result does not label it. */
  java.util.Optional<String> levelLabel() {
    return levels.stream().filter(l -> l.id().equals(level)).map(Level::label).reduce((a, b) -> b);
  }
}
