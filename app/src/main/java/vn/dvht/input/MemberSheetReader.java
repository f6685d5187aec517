package vn.dvht.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Answer;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Member;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;

/**
 * Reads the member sheet: finds the header row, maps fields to columns, and reads every row's
 * cells with the ruleset's vocabularies. A blank cell that an indicator needs is a warning and
 * counts as not satisfied, except in a tick column (only x/✓ marks), where blank simply means no.
 * An unreadable value is an error that names the cell and lists the accepted words.
 */
final class MemberSheetReader {
  private static final int MAX_ERRORS = 100;

  private final Ruleset ruleset;
  private final ValueReader values;
  private final Diagnostics diagnostics;
  private final Map<String, Set<String>> requiredByPopulation;

  /**
   * @param requiredByPopulation for each population id, the fields its applicable indicators read
   */
  MemberSheetReader(Ruleset ruleset, ValueReader values, Diagnostics diagnostics,
      Map<String, Set<String>> requiredByPopulation) {
    this(ruleset, values, diagnostics, requiredByPopulation, Map.of());
  }

  /** @param columnMap columns given by hand with {@code --map}: field id or header → column letter or header */
  MemberSheetReader(Ruleset ruleset, ValueReader values, Diagnostics diagnostics,
      Map<String, Set<String>> requiredByPopulation, Map<String, String> columnMap) {
    this.ruleset = ruleset;
    this.values = values;
    this.diagnostics = diagnostics;
    this.requiredByPopulation = requiredByPopulation;
    this.columnMap = columnMap;
  }

  private final Map<String, String> columnMap;
  private HeaderRow header;

  /** The header row the last {@link #read} used, once it found one. */
  Optional<HeaderRow> header() {
    return Optional.ofNullable(header);
  }

  Optional<List<Member>> read(RawSheet sheet) {
    Optional<HeaderRow> found = HeaderRow.find(sheet.rows(), ruleset.fields());
    SourcePosition.InSheet sheetAt = new SourcePosition.InSheet(sheet.file(), sheet.name(), 0, -1, "");
    if (found.isEmpty() && columnMap.isEmpty()) {
      diagnostics.error("I201", sheetAt, LegacyFont.looksLegacy(sheet)
          ? Messages.get("members.legacyFont", HeaderRow.SCAN_ROWS)
          : Messages.get("members.noHeader", HeaderRow.SCAN_ROWS, expectedHeaders()));
      return Optional.empty();
    }
    try {
      header = found.orElse(new HeaderRow(sheet.rows().isEmpty() ? new RawRow(0, List.of()) : sheet.rows().get(0),
          Map.of(), Map.of(), Map.of())).mapped(columnMap, ruleset.fields());
    } catch (IllegalArgumentException e) {
      diagnostics.error("I204", sheetAt, e.getMessage());
      return Optional.empty();
    }
    if (!checkColumns(sheet, header)) {
      return Optional.empty();
    }
    for (int hidden : sheet.hiddenRows()) {
      if (hidden > header.row().number()) {
        diagnostics.warning("I215", new SourcePosition.InSheet(sheet.file(), sheet.name(), hidden, -1, ""),
            Messages.get("members.hiddenRow"));
      }
    }
    int start = sheet.rows().indexOf(header.row()) + 1;
    List<RawRow> rows = sheet.rows().subList(start, sheet.rows().size());
    Map<String, Boolean> tickColumns = tickColumns(rows, header);
    List<Member> members = new ArrayList<>();
    for (RawRow row : rows) {
      if (hasMemberData(row, header)) {
        readRow(sheet, header, row, tickColumns).ifPresent(members::add);
      }
      if (diagnostics.errorCount() >= MAX_ERRORS) {
        break;
      }
    }
    warnDuplicates(sheet, members);
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(members);
  }

  /** The same identifier on two rows is almost always a copy-paste slip: say where both are. */
  private void warnDuplicates(RawSheet sheet, List<Member> members) {
    Map<String, Member> seen = new HashMap<>();
    for (Member member : members) {
      if (member.memberId().isEmpty()) {
        continue;
      }
      Member first = seen.putIfAbsent(TextKey.of(member.memberId()), member);
      if (first != null) {
        diagnostics.warning("I214", new SourcePosition.InSheet(sheet.file(), sheet.name(), member.source().row(), -1,
            ""), Messages.get("members.duplicateId", member.memberId(), first.source().row()));
      }
    }
  }

  private boolean checkColumns(RawSheet sheet, HeaderRow header) {
    boolean ok = true;
    for (Map.Entry<String, List<Integer>> e : header.ambiguous().entrySet()) {
      List<String> letters = e.getValue().stream().map(SourcePosition::columnLetters).toList();
      diagnostics.error("I203", new SourcePosition.InSheet(sheet.file(), sheet.name(), header.row().number(), -1, ""),
          Messages.get("members.ambiguousColumn", ruleset.field(e.getKey()).header(), String.join(", ", letters)));
      ok = false;
    }
    for (Field field : ruleset.fields()) {
      boolean needed = field.type() instanceof FieldType.Name || isRequiredAnywhere(field.id());
      if (needed && !header.columns().containsKey(field.id()) && !header.ambiguous().containsKey(field.id())) {
        diagnostics.error("I202", new SourcePosition.InSheet(sheet.file(), sheet.name(), header.row().number(), -1, ""),
            Messages.get("members.missingColumn", field.header(), aliases(field), String.join(" | ",
                header.row().cells().stream().filter(c -> !c.isBlank()).toList())));
        ok = false;
      }
    }
    return ok;
  }

  private boolean isRequiredAnywhere(String fieldId) {
    return requiredByPopulation.values().stream().anyMatch(s -> s.contains(fieldId));
  }

  /** A yes/no column whose every non-blank cell is a tick mark: blank there means no. */
  private Map<String, Boolean> tickColumns(List<RawRow> rows, HeaderRow header) {
    Map<String, Boolean> ticks = new HashMap<>();
    for (Field field : ruleset.fields()) {
      if (field.type() instanceof FieldType.YesNo yesNo && header.columns().containsKey(field.id())) {
        int column = header.columns().get(field.id());
        boolean sawTick = false;
        boolean onlyTicks = true;
        for (RawRow row : rows) {
          String cell = row.cell(column);
          if (!cell.isEmpty()) {
            boolean tick = values.isTick(yesNo.vocabulary(), cell);
            sawTick |= tick;
            onlyTicks &= tick;
          }
        }
        ticks.put(field.id(), sawTick && onlyTicks);
      }
    }
    return ticks;
  }

  /** Rows with nothing in any field's column (blank, or only an STT) are not members. */
  private static boolean hasMemberData(RawRow row, HeaderRow header) {
    return header.columns().values().stream().anyMatch(c -> !row.cell(c).isEmpty());
  }

  private Optional<Member> readRow(RawSheet sheet, HeaderRow header, RawRow row, Map<String, Boolean> tickColumns) {
    String population = ruleset.defaultPopulation().id();
    String name = "";
    String memberId = "";
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Field field : ruleset.fields()) {
      if (field.type() instanceof FieldType.PopulationColumn && header.columns().containsKey(field.id())) {
        int column = header.columns().get(field.id());
        Optional<String> chosen = population(row.cell(column), at(sheet, header, row, column));
        if (chosen.isEmpty()) {
          return Optional.empty();
        }
        population = chosen.get();
      }
    }
    Set<String> required = requiredByPopulation.getOrDefault(population, Set.of());
    for (Field field : ruleset.fields()) {
      Integer column = header.columns().get(field.id());
      if (column == null) {
        continue;
      }
      String raw = row.cell(column);
      SourcePosition.InSheet at = at(sheet, header, row, column);
      if (field.type() instanceof FieldType.Name) {
        name = raw;
      } else if (field.type() instanceof FieldType.Identifier) {
        memberId = raw;
      } else if (field.type() instanceof FieldType.YesNo yesNo) {
        answers.put(field.id(), yesNo(yesNo, raw, at, required.contains(field.id()), tickColumns.get(field.id())));
      } else if (field.type() instanceof FieldType.Ranked ranked) {
        answers.put(field.id(), rank(ranked, raw, at, required.contains(field.id())));
      }
    }
    if (name.isEmpty()) {
      diagnostics.warning("I211", at(sheet, header, row, header.columns().get(nameField())),
          Messages.get("members.noName"));
    }
    return Optional.of(new Member(new SourceRow(sheet.name(), row.number()), name, memberId, population, answers));
  }

  private Answer yesNo(FieldType.YesNo type, String raw, SourcePosition.InSheet at, boolean required, boolean ticks) {
    if (raw.isEmpty()) {
      if (ticks) {
        return new Answer.Flag(false, "");
      }
      if (required) {
        diagnostics.warning("I212", at, Messages.get("members.blankCell"));
      }
      return Answer.BLANK;
    }
    Optional<Answer> answer = values.yesNo(type.vocabulary(), raw);
    if (answer.isEmpty() && required) {
      diagnostics.error("I213", at, Messages.get("input.badValue", raw, values.acceptedYesNo(type.vocabulary())));
    }
    return answer.orElse(Answer.BLANK);
  }

  private Answer rank(FieldType.Ranked type, String raw, SourcePosition.InSheet at, boolean required) {
    Optional<Answer> answer = values.rank(type.scale(), raw);
    if (answer.isEmpty() && required) {
      diagnostics.error("I213", at, Messages.get("input.badValue", raw, values.acceptedRank(type.scale())));
    }
    return answer.orElse(Answer.BLANK);
  }

  private Optional<String> population(String raw, SourcePosition.InSheet at) {
    if (raw.isEmpty()) {
      return Optional.of(ruleset.defaultPopulation().id());
    }
    String key = TextKey.of(raw);
    for (Population p : ruleset.populations()) {
      if (ValueReader.names(p, key)) {
        return Optional.of(p.id());
      }
    }
    diagnostics.error("I213", at, Messages.get("input.badValue", raw,
        String.join(", ", ruleset.populations().stream().map(Population::label).toList())));
    return Optional.empty();
  }

  private String nameField() {
    return ruleset.fields().stream().filter(f -> f.type() instanceof FieldType.Name).findFirst().orElseThrow().id();
  }

  private static SourcePosition.InSheet at(RawSheet sheet, HeaderRow header, RawRow row, int column) {
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(), column, header.header(column));
  }

  private String expectedHeaders() {
    return String.join(", ", ruleset.fields().stream().map(Field::header).toList());
  }

  private static String aliases(Field field) {
    return field.aliases().isEmpty() ? "" : Messages.get("members.orAliases", String.join(", ", field.aliases()));
  }
}
