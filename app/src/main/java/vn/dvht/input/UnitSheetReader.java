package vn.dvht.input;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Answer;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.FactDef;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Named;
import vn.dvht.model.Ownership;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.UnitProfile;
import vn.dvht.model.UnitType;

/**
 * Reads the unit sheet ("Đơn vị"): rows of {@code Mục | Giá trị | Minh chứng} giving the unit's
 * name, authority level, type, assessment year, and one row per unit-level indicator or fact.
 */
final class UnitSheetReader {
  private static final List<String> NAME = List.of("Tên đơn vị", "Đơn vị", "Tên cơ quan");
  private static final List<String> AUTHORITY = List.of("Cấp", "Cấp đánh giá", "Cấp công nhận");
  private static final List<String> TYPE = List.of("Loại đơn vị", "Loại hình đơn vị", "Loại hình");
  private static final List<String> YEAR = List.of("Năm đánh giá", "Năm");
  /** The unit's identifier, by which an office matches it across years (UnitProfile#id). */
  private static final List<String> ID = List.of("Mã định danh", "Mã đơn vị", "Mã số doanh nghiệp");
  private static final List<String> KEY_HEADER = List.of("Mục", "Nội dung", "Tiêu chí, chỉ tiêu");
  private static final List<String> VALUE_HEADER = List.of("Giá trị", "Kết quả", "Tự đánh giá");
  private static final List<String> EVIDENCE_HEADER = List.of("Minh chứng", "Ghi chú");

  /** What the unit sheet says. */
  record Result(UnitProfile profile, Map<String, FactAnswer> facts) {}

  /** The unit type and ownership ids recognised in "Loại đơn vị". */
  private record Recognised(String type, String ownership) {}

  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}([.,]\\d{1,6})?");
  /** A score written as such: "8 điểm", "2,5 điểm", "8đ". */
  private static final Pattern POINTS = Pattern.compile("(\\d{1,9}(?:[.,]\\d{1,6})?)\\s*(?:điểm|đ)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Ruleset ruleset;
  /** Whether the sheet being read writes unit-fact items as scores, so a bare 0 or 1 is one too. */
  private boolean scoresWritten;
  private final ValueReader values;
  private final Diagnostics diagnostics;
  /** Whether the sheet being read counts serial days from 1904. */
  private boolean date1904;

  /** Indicators by the key of their id, short text or text, the first indicator holding a key winning. */
  private final Map<String, Indicator> indicatorsByKey = new HashMap<>();

  UnitSheetReader(Ruleset ruleset, ValueReader values, Diagnostics diagnostics) {
    this.ruleset = ruleset;
    this.values = values;
    this.diagnostics = diagnostics;
    for (Indicator indicator : ruleset.indicators()) {
      for (String name : List.of(indicator.id(), indicator.shortText(), indicator.text())) {
        indicatorsByKey.putIfAbsent(TextKey.of(name), indicator);
      }
    }
  }

  /** The assessment year the sheet gives, if it gives a valid one; for choosing a ruleset before reading. */
  static Optional<Integer> year(RawSheet sheet) {
    for (RawRow row : sheet.rows()) {
      for (int c = 0; c + 1 < row.cells().size(); c++) {
        if (isOneOf(row.cell(c), YEAR) && row.cell(c + 1).matches("\\d{4}")) {
          return Optional.of(Integer.parseInt(row.cell(c + 1)));
        }
      }
    }
    return Optional.empty();
  }

  /** Reads the sheet; returns empty after reporting errors that make the unit unknown. */
  Optional<Result> read(RawSheet sheet, int fallbackYear) {
    date1904 = sheet.date1904();
    int keyColumn = 0;
    int valueColumn = 1;
    int evidenceColumn = 2;
    int firstRow = 0;
    for (int i = 0; i < Math.min(HeaderRow.SCAN_ROWS, sheet.rows().size()); i++) {
      RawRow row = sheet.rows().get(i);
      int k = column(row, KEY_HEADER);
      int v = column(row, VALUE_HEADER);
      if (k >= 0 && v >= 0) {
        keyColumn = k;
        valueColumn = v;
        evidenceColumn = column(row, EVIDENCE_HEADER);
        firstRow = i + 1;
        break;
      }
    }
    String name = "";
    String authority = "";
    String type = "";
    String ownership = "";
    String id = "";
    Integer year = null;
    boolean authorityRow = false;
    boolean typeRow = false;
    SourcePosition.InSheet typeAt = null;
    String typeText = "";
    Map<String, FactAnswer> facts = new LinkedHashMap<>();
    List<RawRow> rows = sheet.rows().subList(firstRow, sheet.rows().size());
    int keys = keyColumn;
    int values = valueColumn;
    scoresWritten = ruleset.isScored() && rows.stream().anyMatch(r -> writtenAsScore(r.cell(keys), r.cell(values)));
    Set<Integer> hidden = Set.copyOf(sheet.hiddenRows());
    Map<String, Given> given = new HashMap<>();
    for (RawRow row : rows) {
      String key = row.cell(keyColumn);
      String raw = row.cell(valueColumn);
      String evidence = evidenceColumn >= 0 ? row.cell(evidenceColumn) : "";
      if (key.isEmpty()) {
        continue;
      }
      SourcePosition.InSheet at = new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(), valueColumn, key);
      if (hidden.contains(row.number())) {
        diagnostics.warning("I308", new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(), -1, ""),
            Message.of("unit.hiddenRow", RawRow.shown(key)));
      }
      if (!givenOnce(given, item(key), key, raw, row.number(), at)) {
        continue;
      }
      raw = RawRow.fitted(raw, () -> diagnostics.warning("I217", at, Message.of("input.cellTooLong", RawRow.MAX_CELL)));
      SourcePosition.InSheet evidenceAt = new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(),
          evidenceColumn, key);
      evidence = RawRow.fitted(evidence, () -> diagnostics.warning("I217", evidenceAt,
          Message.of("input.cellTooLong", RawRow.MAX_CELL)));
      if (RawRow.isUnusable(raw) || RawRow.isUnusable(evidence)) {
        String bad = RawRow.isUnusable(raw) ? raw : evidence;
        diagnostics.error("I306", RawRow.isUnusable(raw) ? at : new SourcePosition.InSheet(sheet.file(),
            sheet.name(), row.number(), evidenceColumn, key), Message.of(RawRow.isUncalculated(bad)
                ? "members.uncalculated" : "members.formulaError", RawRow.shown(bad)));
        continue;
      }
      if (isOneOf(key, NAME)) {
        name = raw;
      } else if (isOneOf(key, AUTHORITY)) {
        authorityRow = true;
        authority = choose(ruleset.authorities(), raw, at);
      } else if (isOneOf(key, TYPE)) {
        typeRow = true;
        typeAt = at;
        typeText = raw;
        Optional<Recognised> recognised = unitType(raw, at);
        type = recognised.map(Recognised::type).orElse("");
        ownership = recognised.map(Recognised::ownership).orElse("");
      } else if (isOneOf(key, YEAR)) {
        year = year(raw, at);
      } else if (isOneOf(key, ID)) {
        id = raw.strip();
      } else {
        readFact(key, raw, evidence, new SourceRow(sheet.name(), row.number()), at).ifPresent(f -> facts.put(f.key(), f));
      }
    }
    SourcePosition.InSheet sheetAt = new SourcePosition.InSheet(sheet.file(), sheet.name(), 0, -1, "");
    if (!authorityRow) {
      diagnostics.error("I300", sheetAt, Message.of("unit.missingKey", AUTHORITY.get(0), labels(ruleset.authorities())));
    }
    if (!typeRow) {
      diagnostics.error("I300", sheetAt, Message.of("unit.missingKey", TYPE.get(0), labels(ruleset.unitTypes())));
    }
    if (name.isEmpty()) {
      diagnostics.warning("I302", sheetAt, Message.of("unit.noName"));
    }
    if (year == null) {
      diagnostics.warning("I303", sheetAt, Message.of("unit.noYear", fallbackYear));
      year = fallbackYear;
    }
    if (authority.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    UnitProfile profile = new UnitProfile(name, authority, type, year, ownership, id);
    belongs(profile, typeText, typeAt);
    plausibleDates(facts, year, sheet);
    notGiven(profile, facts, sheetAt);
    return Optional.of(new Result(profile, facts));
  }

  /** Warns (I320) when the unit's type cannot belong to its authority (Điều 2: a THPT is never "cấp huyện"). */
  private void belongs(UnitProfile profile, String written, SourcePosition.InSheet at) {
    UnitType type = ruleset.unitType(profile.unitType());
    if (!type.belongsTo(profile.authority())) {
      diagnostics.warning("I320", at, Message.of("unit.typeNotAtAuthority", RawRow.shown(written), type.label(),
          ruleset.authority(profile.authority()).label(),
          String.join(", ", type.authorities().stream().map(a -> ruleset.authority(a).label()).toList())));
    }
  }

  /** The first year a recognition decision can carry: the programme of learning units started after 1990. */
  static final int FIRST_DECISION_YEAR = 1990;

  /**
   * A decision date must fall between {@value #FIRST_DECISION_YEAR} and the year after the assessment:
   * a serial day number such as 1 (1900) or 3,000,000 (past 9999) is a typing or formula slip, and the
   * 12-month reminder would cite it.
   */
  private void plausibleDates(Map<String, FactAnswer> facts, int year, RawSheet sheet) {
    for (FactAnswer fact : facts.values()) {
      if (fact.answer() instanceof Answer.Date date
          && (date.value().getYear() < FIRST_DECISION_YEAR || date.value().getYear() > year + 1)) {
        diagnostics.error("I313", new SourcePosition.InSheet(sheet.file(), sheet.name(), fact.source().row(),
            -1, ""), Message.of("unit.implausibleDate", date.value().format(ValueReader.SHOWN_DAY),
            FIRST_DECISION_YEAR, year + 1));
      }
    }
  }

  /** Where an item of the sheet was first given, and how. */
  private record Given(int row, String raw) {}

  /**
   * What a row's key names, so that two spellings of one item ("TC1.CT1" and its short text) are seen
   * as the same: an indicator's or fact's id, one of the profile rows, or the key itself.
   */
  private String item(String key) {
    for (List<String> profileRow : List.of(NAME, AUTHORITY, TYPE, YEAR, ID)) {
      if (isOneOf(key, profileRow)) {
        return "#" + profileRow.get(0);
      }
    }
    return indicatorNamed(TextKey.of(key)).map(Indicator::id)
        .or(() -> ruleset.facts().stream().filter(f -> ValueReader.names(f, TextKey.of(key))).map(FactDef::id).findFirst())
        .orElse(TextKey.of(key));
  }

  /**
   * Whether this is the first row giving {@code item}. A second row with the same value is a warning;
   * with another value it is an error, since whichever row dvht took could be the wrong one.
   */
  private boolean givenOnce(Map<String, Given> given, String item, String key, String raw, int row,
      SourcePosition.InSheet at) {
    Given first = given.putIfAbsent(item, new Given(row, raw));
    if (first == null) {
      return true;
    }
    if (TextKey.same(first.raw(), raw)) {
      diagnostics.warning("I309", at, Message.of("unit.givenTwiceSame", RawRow.shown(key), first.row()));
    } else {
      diagnostics.error("I310", at, Message.of("unit.givenTwice", RawRow.shown(key), first.row(),
          RawRow.shown(first.raw()), RawRow.shown(raw)));
    }
    return false;
  }

  /** Warns about each unit-level indicator that applies to this unit but has no answer: it counts as not met. */
  private void notGiven(UnitProfile profile, Map<String, FactAnswer> facts, SourcePosition.InSheet sheetAt) {
    for (Indicator indicator : ruleset.indicators()) {
      boolean unitLevel = !(indicator.measure() instanceof Measure.Share);
      boolean applies = ruleset.applies(indicator, profile);
      FactAnswer answer = facts.get(indicator.id());
      if (unitLevel && applies && (answer == null || answer.answer().raw().isEmpty())) {
        SourcePosition.InSheet at = answer == null ? sheetAt : new SourcePosition.InSheet(sheetAt.file(),
            sheetAt.sheet(), answer.source().row(), -1, "");
        diagnostics.warning("I311", at, Message.of("unit.notGiven", indicator.id(), indicator.shortText()));
      }
    }
  }

  /** Whether a row gives a unit-fact indicator a score in a form that cannot mean yes or no ("8", "1 điểm", "2,5"). */
  private boolean writtenAsScore(String key, String raw) {
    Optional<Indicator> indicator = indicatorNamed(TextKey.of(key));
    return indicator.isPresent() && indicator.get().measure() instanceof Measure.UnitFact
        && (POINTS.matcher(raw.strip()).matches() || looksNumeric(raw) && !isBareZeroOrOne(raw));
  }

  private Optional<Indicator> indicatorNamed(String k) {
    return Optional.ofNullable(indicatorsByKey.get(k));
  }

  private static boolean isBareZeroOrOne(String raw) {
    return raw.strip().equals("0") || raw.strip().equals("1");
  }

  private Optional<FactAnswer> readFact(String key, String raw, String evidence, SourceRow source,
      SourcePosition.InSheet at) {
    String k = TextKey.of(key);
    Optional<Indicator> named = indicatorNamed(k);
    if (named.isPresent()) {
      Indicator indicator = named.get();
      return indicatorAnswer(indicator, raw, at).map(a -> new FactAnswer(indicator.id(), a, evidence, source));
    }
    for (FactDef fact : ruleset.facts()) {
      if (ValueReader.names(fact, k)) {
        return factAnswer(fact, raw, at).map(a -> new FactAnswer(fact.id(), a, evidence, source));
      }
    }
    diagnostics.warning("I304", at, Message.of("unit.unknownKey", key));
    return Optional.empty();
  }

  private Optional<Answer> indicatorAnswer(Indicator indicator, String raw, SourcePosition.InSheet at) {
    return indicator.measure().accept(new Measure.Cases<Optional<Answer>>() {
      @Override
      public Optional<Answer> share(Measure.Share share) {
        diagnostics.warning("I305", at, Message.of("unit.shareInUnitSheet", indicator.id()));
        return Optional.empty();
      }

      @Override
      public Optional<Answer> unitFact(Measure.UnitFact fact) {
        if (raw.isEmpty()) {
          return Optional.of(Answer.BLANK);
        }
        if (ruleset.isScored()) {
          Matcher points = POINTS.matcher(raw.strip());
          if (points.matches()) {
            return score(indicator, points.group(1), at);
          }
          if (looksNumeric(raw)) {
            return isBareZeroOrOne(raw) ? bareZeroOrOne(indicator, raw, at) : score(indicator, raw, at);
          }
        }
        String vocabulary = ruleset.vocabularies().get(0).id();
        return known(values.yesNo(vocabulary, raw), raw, values.acceptedYesNo(vocabulary), at);
      }

      @Override
      public Optional<Answer> unitRank(Measure.UnitRank rank) {
        if (raw.isEmpty()) {
          return Optional.of(Answer.BLANK);
        }
        return known(values.rank(rank.scale(), raw), raw, values.acceptedRank(rank.scale()), at);
      }
    });
  }

  /** The answer read, or an error listing the words accepted. */
  private Optional<Answer> known(Optional<Answer> answer, String raw, String accepted, SourcePosition.InSheet at) {
    if (answer.isEmpty()) {
      diagnostics.error("I306", at, Message.of("input.badValue", RawRow.shown(raw), accepted));
    }
    return answer;
  }

  /**
   * A bare 0 or 1 on a scoring sheet: a score when the sheet's other items are written as scores, yes
   * or no otherwise (as 1/0 read everywhere else); where the two readings differ, a warning says which was taken.
   */
  private Optional<Answer> bareZeroOrOne(Indicator indicator, String raw, SourcePosition.InSheet at) {
    boolean yes = raw.strip().equals("1");
    boolean differs = yes && indicator.points().compareTo(BigDecimal.ONE) != 0;
    if (scoresWritten) {
      if (differs) {
        diagnostics.warning("I312", at, Message.of("unit.bareOneAsScore", indicator.points().toPlainString()));
      }
      return score(indicator, raw, at);
    }
    if (differs) {
      diagnostics.warning("I312", at, Message.of("unit.bareOneAsYes", indicator.points().toPlainString()));
    }
    return Optional.of(new Answer.Flag(yes, raw));
  }

  /** In a scoring ruleset a number on a unit-fact row is the unit's own score, 0 to the indicator's points. */
  private Optional<Answer> score(Indicator indicator, String raw, SourcePosition.InSheet at) {
    BigDecimal value = new BigDecimal(raw.strip().replace(',', '.'));
    if (value.signum() < 0 || value.compareTo(indicator.points()) > 0) {
      diagnostics.error("I307", at, Message.of("unit.scoreRange", raw, indicator.points().toPlainString()));
      return Optional.empty();
    }
    return Optional.of(new Answer.Score(value, raw));
  }

  private static boolean looksNumeric(String raw) {
    return NUMBER.matcher(raw.strip()).matches();
  }

  private Optional<Answer> factAnswer(FactDef fact, String raw, SourcePosition.InSheet at) {
    if (raw.isEmpty()) {
      return Optional.of(Answer.BLANK);
    }
    if (fact.type() == FactDef.FactType.TEXT) {
      return Optional.of(new Answer.Text(raw));
    }
    Optional<Answer> date = values.date(raw, date1904);
    if (date.isEmpty()) {
      diagnostics.error("I306", at, Message.of("input.badDate", RawRow.shown(raw)));
    }
    return date;
  }

  private <T extends Named> String choose(List<T> choices, String raw, SourcePosition.InSheet at) {
    String key = TextKey.of(raw);
    for (T choice : choices) {
      if (ValueReader.names(choice, key)) {
        return choice.id();
      }
    }
    diagnostics.error("I301", at, raw.isEmpty()
        ? Message.of("input.blankValue", labels(choices))
        : Message.of("input.badValue", RawRow.shown(raw), labels(choices)));
    return "";
  }

  /**
   * The unit type and ownership ids the clerk's words name ("Trường THPT tư thục" → thpt,
   * ngoai-cong-lap); empty after reporting an unknown type, with the closest ones.
   */
  private Optional<Recognised> unitType(String raw, SourcePosition.InSheet at) {
    if (raw.isBlank()) {
      diagnostics.error("I301", at, Message.of("input.blankValue", labels(ruleset.unitTypes())));
      return Optional.empty();
    }
    UnitTypeRecogniser recogniser = new UnitTypeRecogniser(ruleset);
    Optional<UnitType> type = recogniser.type(raw);
    if (type.isEmpty()) {
      // Labels may hold commas ("Mặt trận Tổ quốc, tổ chức chính trị - xã hội"): list them with ";".
      diagnostics.error("I301", at, Message.of("unit.unknownType", RawRow.shown(raw),
          String.join("; ", recogniser.closest(raw, 3).stream().map(Named::label).toList()),
          String.join("; ", ruleset.unitTypes().stream().map(Named::label).toList())));
      return Optional.empty();
    }
    List<String> allowed = type.get().ownerships();
    if (allowed.isEmpty()) {
      return Optional.of(new Recognised(type.get().id(), ""));
    }
    Optional<Ownership> named = recogniser.ownership(raw);
    if (named.isPresent() && !allowed.contains(named.get().id())) {
      diagnostics.error("I301", at, Message.of("unit.ownershipNotAllowed", RawRow.shown(raw), type.get().label(),
          named.get().label(), String.join(", ", allowed.stream().map(o -> ruleset.ownership(o).label()).toList())));
      return Optional.empty();
    }
    if (named.isEmpty() && allowed.size() > 1) {
      diagnostics.warning("I308", at, Message.of("unit.ownershipAssumed", RawRow.shown(raw), type.get().label(),
          ruleset.ownership(type.get().defaultOwnership()).label().toLowerCase(Locale.forLanguageTag("vi"))));
    }
    return Optional.of(new Recognised(type.get().id(), named.map(Ownership::id).orElse(type.get().defaultOwnership())));
  }

  private Integer year(String raw, SourcePosition.InSheet at) {
    try {
      int year = Integer.parseInt(raw.strip());
      if (year >= 1900 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    diagnostics.error("I301", at, Message.of("unit.badYear", RawRow.shown(raw)));
    return null;
  }

  private static <T extends Named> String labels(List<T> items) {
    return String.join(", ", items.stream().map(Named::label).toList());
  }

  private static boolean isOneOf(String text, List<String> keys) {
    return keys.stream().anyMatch(k -> TextKey.same(k, text));
  }

  private static int column(RawRow row, List<String> headers) {
    for (int c = 0; c < row.cells().size(); c++) {
      if (isOneOf(row.cell(c), headers)) {
        return c;
      }
    }
    return -1;
  }
}
