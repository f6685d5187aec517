package vn.dvht.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Visible;
import vn.dvht.model.Answer;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;

/**
 * Reads the member sheet row by row: finds the header row among the first rows, maps fields to
 * columns, reads every row's cells with the ruleset's vocabularies and hands each member on as it
 * is read, so a sheet of any length is read in bounded memory. A blank cell an indicator needs is a
 * warning and counts as not satisfied — unless the column turns out to be a tick column (only x/✓
 * marks), decided at the end, where blank simply means no. An unreadable value is an error that
 * names the cell and lists the accepted words.
 */
final class MemberSheetReader {
  private static final int MAX_ERRORS = 100;

  private final Ruleset ruleset;
  private final ValueReader values;
  private final Diagnostics diagnostics;
  private final ScoreCells scores;
  private final Map<String, Set<String>> requiredByPopulation;
  private final Map<String, String> columnMap;
  private final int year;
  private final List<RawRow> firstRows = new ArrayList<>();
  private HeaderRow header;

  /** @param requiredByPopulation for each population id, the fields its applicable indicators read */
  MemberSheetReader(Ruleset ruleset, ValueReader values, Diagnostics diagnostics,
      Map<String, Set<String>> requiredByPopulation) {
    this(ruleset, values, diagnostics, requiredByPopulation, Map.of(), DuplicateMembers.NO_YEAR);
  }

  /**
   * @param columnMap columns given by hand with {@code --map}: field id or header → column letter or header
   * @param year the assessment year, against which dates of birth are checked
   */
  MemberSheetReader(Ruleset ruleset, ValueReader values, Diagnostics diagnostics,
      Map<String, Set<String>> requiredByPopulation, Map<String, String> columnMap, int year) {
    this.ruleset = ruleset;
    this.values = values;
    this.diagnostics = diagnostics;
    this.scores = new ScoreCells(ruleset, diagnostics);
    this.requiredByPopulation = requiredByPopulation;
    this.columnMap = columnMap;
    this.year = year;
  }

  /** The first member rows as read, for {@code --dry-run}. */
  List<RawRow> firstRows() {
    return List.copyOf(firstRows);
  }

  /** The header row the last read used, once it found one. */
  Optional<HeaderRow> header() {
    return Optional.ofNullable(header);
  }

  /** Every member of a materialised sheet, or empty after reporting errors. */
  Optional<List<Member>> read(RawSheet sheet) throws InputException {
    List<Member> members = new ArrayList<>();
    boolean ok = read(RowStream.of(sheet), members::add);
    return ok ? Optional.of(members) : Optional.empty();
  }

  /** Streams the sheet, giving each member to {@code sink}; false after reporting errors. */
  boolean read(RowStream sheet, Consumer<Member> sink) throws InputException {
    Pass pass = new Pass(sheet, sink);
    sheet.forEach(pass::row);
    pass.end();
    return pass.ok && !diagnostics.hasErrors();
  }

  /** One pass over a sheet: buffers the first rows to find the header, then reads rows as they come. */
  private final class Pass {
    private final RowStream sheet;
    private final Consumer<Member> sink;
    private final List<RawRow> buffer = new ArrayList<>();
    private final List<Integer> bufferedHidden = new ArrayList<>();
    /** By field index: the column's reader and tick tracking (null where the field is not of that kind). */
    private ValueReader.Column[] readers;
    /** By field index: how its cell goes into the member being read. */
    private CellReader[] cells;
    private TickColumn[] ticksAt;
    private boolean[] invisibleSeen;
    /** By population: which field indexes its applicable indicators need. */
    private final Map<String, boolean[]> requiredAt = new HashMap<>();
    private final DuplicateMembers duplicates;
    private int birthColumn = -1;
    private boolean ok = true;
    private boolean started;
    private long members;
    private Field[] fields;
    private int[] columnOf;
    /** The titles whose every score column the sheet has: checked once per row, read everywhere after. */
    private List<MemberTest.Scored> carried;
    /** By field index: a title the sheet's scores may give, so a blank or unread title cell waits for them. */
    private boolean[] titleOfScores;

    Pass(RowStream sheet, Consumer<Member> sink) {
      this.sheet = sheet;
      this.sink = sink;
      this.duplicates = new DuplicateMembers(sheet, diagnostics, year);
    }

    void row(RawRow row, boolean hidden) {
      if (!ok) {
        return;
      }
      if (!started) {
        buffer.add(row);
        if (hidden) {
          bufferedHidden.add(row.number());
        }
        if (buffer.size() >= HeaderRow.SCAN_ROWS) {
          start();
        }
        return;
      }
      take(row, hidden);
    }

    void end() {
      if (ok && !started) {
        start();
      }
      if (ok) {
        for (TickColumn column : ticksAt) {
          if (column != null) {
            column.report(diagnostics);
          }
        }
        if (members == 0) {
          diagnostics.warning("I216", headerAt(sheet), Message.of("members.none", header.row().number()));
        }
      }
    }

    private void start() {
      started = true;
      SourcePosition.InSheet sheetAt = new SourcePosition.InSheet(sheet.file(), sheet.name(), 0, -1, "");
      Optional<HeaderRow> found = HeaderRow.find(buffer, ruleset.fields());
      if (found.isEmpty() && columnMap.isEmpty()) {
        diagnostics.error("I201", sheetAt, LegacyFont.looksLegacy(buffer)
            ? Message.of("members.legacyFont", HeaderRow.SCAN_ROWS)
            : Message.of("members.noHeader", HeaderRow.SCAN_ROWS, expectedHeaders()));
        ok = false;
        return;
      }
      try {
        header = found.orElse(new HeaderRow(buffer.isEmpty() ? new RawRow(0, List.of()) : buffer.get(0), Map.of(),
            Map.of(), Map.of())).mapped(columnMap, ruleset.fields());
      } catch (HeaderRow.BadMap e) {
        diagnostics.error("I204", sheetAt, e.reason);
        ok = false;
        return;
      }
      if (!checkColumns(sheet)) {
        ok = false;
        return;
      }
      prepare();
      invisibleHeaders();
      int start = 0;
      while (start < buffer.size() && buffer.get(start).number() <= header.row().number()) {
        start++;
      }
      for (RawRow row : buffer.subList(start, buffer.size())) {
        take(row, bufferedHidden.contains(row.number()));
      }
      buffer.clear();
    }

    /** The fields present, in ruleset order, with their columns, for the per-row loop. */
    private void prepare() {
      List<Field> present = ruleset.fields().stream().filter(f -> header.columns().containsKey(f.id())).toList();
      fields = present.toArray(Field[]::new);
      columnOf = present.stream().mapToInt(f -> header.columns().get(f.id())).toArray();
      readers = new ValueReader.Column[fields.length];
      ticksAt = new TickColumn[fields.length];
      invisibleSeen = new boolean[fields.length];
      cells = new CellReader[fields.length];
      carried = scores.carried(header.columns());
      titleOfScores = new boolean[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String id = fields[i].id();
        titleOfScores[i] = carried.stream().anyMatch(t -> t.field().equals(id));
        cells[i] = cellReader(i);
      }
    }

    /** Prepares the column of field number {@code i} and returns how its cells are read. */
    private CellReader cellReader(int i) {
      return fields[i].type().accept(new FieldType.Cases<CellReader>() {
        @Override
        public CellReader name(FieldType.Name name) {
          return (into, raw, row, required) -> into.name = RawRow.fitted(RawRow.plain(raw),
              () -> tooLong(row, columnOf[i]));
        }

        @Override
        public CellReader identifier(FieldType.Identifier identifier) {
          return (into, raw, row, required) -> into.memberId = RawRow.fitted(RawRow.plain(raw),
              () -> tooLong(row, columnOf[i]));
        }

        @Override
        public CellReader population(FieldType.PopulationColumn population) {
          readers[i] = values.populationColumn();
          return (into, raw, row, required) -> { }; // read first, for the row's population
        }

        @Override
        public CellReader yesNo(FieldType.YesNo yesNo) {
          ticksAt[i] = new TickColumn(sheet, header, columnOf[i]);
          readers[i] = values.yesNoColumn(yesNo.vocabulary());
          if (!titleOfScores[i]) {
            return (into, raw, row, required) -> into.add(fields[i].id(), Pass.this.yesNo(yesNo, i, raw, row,
                required));
          }
          // A title the row's scores give is not missing when its own cell is blank: the rule says, once checked.
          return (into, raw, row, required) -> {
            Answer answer = Pass.this.yesNo(yesNo, i, raw, row, false);
            into.add(fields[i].id(), answer);
            if (required && answer instanceof Answer.Blank) {
              into.unsure(i);
            }
          };
        }

        @Override
        public CellReader birthDate(FieldType.BirthDate birthDate) {
          birthColumn = columnOf[i];
          return (into, raw, row, required) -> { }; // read by the duplicate check
        }

        @Override
        public CellReader ranked(FieldType.Ranked ranked) {
          readers[i] = values.rankColumn(ranked.scale());
          return (into, raw, row, required) -> into.add(fields[i].id(), rank(ranked, i, raw, row, required));
        }

        @Override
        public CellReader score(FieldType.Score score) {
          return (into, raw, row, required) -> into.add(fields[i].id(), scores.read(score, raw, at(row, columnOf[i])));
        }
      });
    }

    /**
     * Warns once per header cell a field was found in that holds invisible characters (zero-width space,
     * BOM, NUL, bidi marks…): matching left them out, so the column was found, but the clerk should know.
     * Line breaks and no-break spaces are spaces, as in values, and give no warning.
     */
    private void invisibleHeaders() {
      for (int i = 0; i < fields.length; i++) {
        String text = header.header(columnOf[i]);
        if (hasInvisible(text)) {
          diagnostics.warning("I218", at(header.row(), columnOf[i]), Message.of("members.invisibleHeader",
              RawRow.shownVisible(text), fields[i].header()));
        }
      }
    }

    private boolean[] required(String population) {
      return requiredAt.computeIfAbsent(population, p -> {
        Set<String> needed = requiredByPopulation.getOrDefault(p, Set.of());
        boolean[] flags = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
          flags[i] = needed.contains(fields[i].id());
        }
        return flags;
      });
    }

    private void take(RawRow row, boolean hidden) {
      if (!hasMemberData(row) || diagnostics.errorCount() >= MAX_ERRORS) {
        return;
      }
      if (hidden) {
        diagnostics.warning("I215", () -> new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(), -1, ""),
            () -> Message.of("members.hiddenRow"));
      }
      if (firstRows.size() < 5) {
        firstRows.add(row);
      }
      readRow(row).ifPresent(member -> {
        duplicates.check(member, row.number(), birthColumn >= 0 ? row.cell(birthColumn) : "",
            () -> at(row, birthColumn));
        members++;
        sink.accept(member);
      });
    }

    /** Rows with nothing in any field's column (blank, or only an STT) are not members. */
    private boolean hasMemberData(RawRow row) {
      for (int column : columnOf) {
        if (!row.cell(column).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    private Optional<Member> readRow(RawRow row) {
      for (int column : columnOf) {
        if (RawRow.isUnusable(row.cell(column))) {
          badValue(row, column, row.cell(column), "");
          return Optional.empty();
        }
      }
      String population = ruleset.defaultPopulation().id();
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].type() instanceof FieldType.PopulationColumn) {
          Optional<String> chosen = population(i, row);
          if (chosen.isEmpty()) {
            return Optional.empty();
          }
          population = chosen.get();
        }
      }
      boolean[] required = required(population);
      MemberRow member = new MemberRow(fields.length);
      for (int i = 0; i < fields.length; i++) {
        cells[i].read(member, row.cell(columnOf[i]), row, required[i]);
      }
      if (member.name.isEmpty()) {
        diagnostics.warning("I211", () -> at(row, header.columns().get(nameField())),
            () -> Message.of("members.noName"));
      }
      Member read = new Member(new SourceRow(sheet.name(), row.number()), member.name, member.memberId,
          population, member.answers());
      if (carried.isEmpty()) {
        return Optional.of(read);
      }
      Member titled = read.withTitles(scores.checkRow(carried, read, new ScoreCells.RowCells() {
        @Override
        public SourcePosition.InSheet at(String field) {
          Integer column = header.columns().get(field);
          return column == null ? new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(), -1, "")
              : Pass.this.at(row, column);
        }

        @Override
        public String raw(String field) {
          Integer column = header.columns().get(field);
          return column == null ? "" : row.cell(column);
        }
      }));
      for (int i : member.unsure()) {
        if (!titled.titles().get(fields[i].id()).fromScores()) {
          missingTitle(i, row);
        }
      }
      return Optional.of(titled);
    }

    /** A title cell blank or unread whose row's scores do not give the title: as for any yes/no cell needed. */
    private void missingTitle(int field, RawRow row) {
      String raw = row.cell(columnOf[field]);
      if (raw.isEmpty()) {
        ticksAt[field].blank(row.number());
      } else {
        badValue(row, columnOf[field], raw, values.acceptedYesNo(((FieldType.YesNo) fields[field].type()).vocabulary()));
      }
    }

    private Answer yesNo(FieldType.YesNo type, int field, String raw, RawRow row, boolean required) {
      TickColumn ticks = ticksAt[field];
      if (raw.isEmpty()) {
        if (required) {
          ticks.blank(row.number());
        }
        return Answer.BLANK;
      }
      ValueReader.Reading reading = readers[field].read(raw);
      invisible(reading, field, row, raw);
      ticks.seen(reading.tick());
      if (reading.answer().isEmpty() && required) {
        badValue(row, columnOf[field], raw, values.acceptedYesNo(type.vocabulary()));
      }
      return reading.answer().orElse(Answer.BLANK);
    }

    private Answer rank(FieldType.Ranked type, int field, String raw, RawRow row, boolean required) {
      ValueReader.Reading reading = readers[field].read(raw);
      invisible(reading, field, row, raw);
      Optional<Answer> answer = reading.answer();
      if (answer.isEmpty() && required) {
        badValue(row, columnOf[field], raw, values.acceptedRank(type.scale()));
      }
      return answer.orElse(Answer.BLANK);
    }

    /** Warns once per column that a value held invisible characters, read as if they were not there. */
    private void invisible(ValueReader.Reading reading, int field, RawRow row, String raw) {
      if (reading.invisible() && !invisibleSeen[field]) {
        invisibleSeen[field] = true;
        diagnostics.warning("I218", at(row, columnOf[field]), Message.of("members.invisible",
            RawRow.shownVisible(raw)));
      }
    }

    private Optional<String> population(int field, RawRow row) {
      String raw = row.cell(columnOf[field]);
      if (raw.isEmpty()) {
        return Optional.of(ruleset.defaultPopulation().id());
      }
      Optional<String> population = readers[field].read(raw).answer().map(Answer::raw);
      if (population.isEmpty()) {
        badValue(row, columnOf[field], raw,
            String.join(", ", ruleset.populations().stream().map(Population::label).toList()));
      }
      return population;
    }

    private void tooLong(RawRow row, int column) {
      diagnostics.warning("I217", () -> at(row, column), () -> Message.of("input.cellTooLong", RawRow.MAX_CELL));
    }

    /** A value no vocabulary knows; a formula saved without its result gets its own advice. */
    private void badValue(RawRow row, int column, String raw, String accepted) {
      diagnostics.error("I213", at(row, column), RawRow.isUncalculated(raw)
          ? Message.of("members.uncalculated", RawRow.shown(raw))
          : RawRow.isFormulaError(raw) ? Message.of("members.formulaError", RawRow.shown(raw))
          : Message.of("input.badValue", RawRow.shown(raw), accepted));
    }

    private SourcePosition.InSheet at(RawRow row, int column) {
      return new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(), column, header.header(column));
    }
  }

  /** How one column's cell goes into the member being read. */
  private interface CellReader {
    void read(MemberRow into, String raw, RawRow row, boolean required);
  }

  /** The member being read from one row: name, identifier, answers by field. */
  private static final class MemberRow {
    private String name = "";
    private String memberId = "";
    private final List<Map.Entry<String, Answer>> answers;
    /** Field indexes of title cells left blank or unread that the row's scores may yet give. */
    private List<Integer> unsure = List.of();

    MemberRow(int fields) {
      answers = new ArrayList<>(fields);
    }

    void add(String field, Answer answer) {
      answers.add(Map.entry(field, answer));
    }

    void unsure(int field) {
      if (unsure.isEmpty()) {
        unsure = new ArrayList<>(2);
      }
      unsure.add(field);
    }

    List<Integer> unsure() {
      return unsure;
    }

    @SuppressWarnings("unchecked")
    Map<String, Answer> answers() {
      return Map.ofEntries(answers.toArray(Map.Entry[]::new));
    }
  }

  /** Whether the text holds a character {@link TextKey} leaves out: one shown by its code that is not a space. */
  static boolean hasInvisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 || c >= 0x7F) && Visible.isHidden(c) && !Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean checkColumns(RowStream sheet) {
    boolean ok = true;
    for (Map.Entry<String, List<Integer>> e : header.ambiguous().entrySet()) {
      List<String> letters = e.getValue().stream().map(SourcePosition::columnLetters).toList();
      diagnostics.error("I203", headerAt(sheet), Message.of("members.ambiguousColumn",
          ruleset.field(e.getKey()).header(), String.join(", ", letters)));
      ok = false;
    }
    for (Field field : ruleset.fields()) {
      boolean needed = field.type() instanceof FieldType.Name || isRequiredAnywhere(field.id())
          && !(field.type() instanceof FieldType.Score) && !scores.titleCovered(field.id(), header.columns())
          || scores.missingParts(header.columns()).contains(field);
      if (needed && !header.columns().containsKey(field.id()) && !header.ambiguous().containsKey(field.id())) {
        diagnostics.error("I202", headerAt(sheet), Message.of("members.missingColumn", field.header(), aliases(field),
            String.join(" | ", header.row().cells().stream().filter(c -> !c.isBlank()).map(RawRow::plain).toList())));
        ok = false;
      }
    }
    return ok;
  }

  private SourcePosition.InSheet headerAt(RowStream sheet) {
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), header.row().number(), -1, "");
  }

  private boolean isRequiredAnywhere(String fieldId) {
    return requiredByPopulation.values().stream().anyMatch(s -> s.contains(fieldId));
  }

  private String nameField() {
    return ruleset.fields().stream().filter(f -> f.type() instanceof FieldType.Name).findFirst().orElseThrow().id();
  }

  private String expectedHeaders() {
    return String.join(", ", ruleset.fields().stream().map(Field::header).toList());
  }

  private static Object aliases(Field field) {
    return field.aliases().isEmpty() ? "" : Message.of("members.orAliases", String.join(", ", field.aliases()));
  }
}
