package vn.dvht.office;

import java.util.List;
import java.util.Map;
import vn.dvht.diag.Message;

/**
 * What a dvht result a unit sent says about it: where it came from, the ruleset (id, SHA-256) and dvht
 * version that made it, the unit (name, authority, unit type and ownership ids, year), its people by
 * population, every indicator row, the level it reached and the one it requests ("" for none, {@code
 * "?"} when the document does not say in words dvht can read), the level-1 decision date the unit typed
 * (ISO, "" when none), the SHA-256 of the member files it was made from, and — for a workbook — what its
 * member grid counts and notes on the file itself (saved again by another program).
 */
public record SubmittedSummary(Source source, String rulesetId, String rulesetSha, String dvht, String name,
    String authority, String unitType, String ownership, int year, Map<String, Long> members,
    List<SubmittedIndicator> indicators, String level, String requested, String levelOneDate,
    List<String> inputShas, List<GridCount> grid, List<Message> fileNotes) {
  /** The level a document does not state in words dvht can read. */
  public static final String UNKNOWN = "?";

  public SubmittedSummary {
    members = Map.copyOf(members);
    indicators = List.copyOf(indicators);
    inputShas = List.copyOf(inputShas);
    grid = List.copyOf(grid);
    fileNotes = List.copyOf(fileNotes);
  }

  /** The rows of one indicator, every level. */
  public List<SubmittedIndicator> rows(String indicator) {
    return indicators.stream().filter(i -> i.id().equals(indicator)).toList();
  }
}
