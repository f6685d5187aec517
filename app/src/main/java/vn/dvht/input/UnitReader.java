package vn.dvht.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.FileAccess;
import vn.dvht.diag.Message;
import vn.dvht.diag.Sha256;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;

/**
 * Reads a unit from its member file (XLSX, XLS or CSV) and unit facts (sheet "Đơn vị" of the same
 * workbook, or a separate file), for one ruleset:
 *
 * <pre>{@code
 * ReadUnit read = new UnitReader(ruleset, 2025).read(Path.of("members.xlsx"), Optional.empty());
 * }</pre>
 *
 * <p>Files are opened read-only. Problems that make a number untrustworthy are errors, all
 * collected in one {@link InputException}; the rest come back as warnings.
 */
public final class UnitReader {
  static final String MEMBERS_SHEET = "Thành viên";
  static final String UNIT_SHEET = "Đơn vị";

  private final Ruleset ruleset;
  private final int fallbackYear;
  private final ValueReader values;

  /** @param fallbackYear the assessment year when the unit sheet does not give one */
  public UnitReader(Ruleset ruleset, int fallbackYear) {
    this.ruleset = ruleset;
    this.fallbackYear = fallbackYear;
    this.values = new ValueReader(ruleset);
  }

  public ReadUnit read(Path membersFile, Optional<Path> unitFile) throws InputException {
    return read(membersFile, unitFile, ReadOptions.DEFAULT);
  }

  public ReadUnit read(Path membersFile, Optional<Path> unitFile, ReadOptions options) throws InputException {
    return read(membersFile, unitFile, options, MemberSink.NONE, Integer.MAX_VALUE);
  }

  /**
   * Reads a unit, streaming its members through {@code sink} as they are read, and keeps only the
   * first {@code retain} of them in the returned unit: a million-member sheet in bounded memory.
   */
  public ReadUnit read(Path membersFile, Optional<Path> unitFile, ReadOptions options, MemberSink sink, int retain)
      throws InputException {
    Diagnostics diagnostics = new Diagnostics();
    requireRegular(membersFile);
    if (unitFile.isPresent()) {
      requireRegular(unitFile.get());
    }
    if (isCsv(membersFile)) {
      RowStream members = CsvReader.stream(membersFile, cells -> HeaderRow.score(cells, ruleset.fields()), options);
      RawSheet unitSheet =
          unitFile.isPresent() ? readUnitFile(unitFile.get(), options, diagnostics) : missingUnitSheet(membersFile);
      return finish(membersFile, unitFile, unitSheet, members, options, sink, retain, diagnostics, List::of);
    }
    requireWorkbook(membersFile);
    try (SheetSource workbook = SheetSource.open(membersFile, options)) {
      Optional<String> unitName = workbook.findSheet(UNIT_SHEET);
      RawSheet unitSheet;
      if (unitFile.isPresent()) {
        unitSheet = readUnitFile(unitFile.get(), options, diagnostics);
      } else if (unitName.isPresent()) {
        unitSheet = workbook.read(unitName.get());
      } else {
        unitSheet = missingUnitSheet(membersFile);
      }
      String sheet = options.sheet().isPresent() ? chosenSheet(workbook, membersFile, options.sheet().get())
          : memberSheetName(workbook, membersFile, unitName);
      if (workbook.isHidden(sheet)) {
        diagnostics.warning("I109", new SourcePosition.InSheet(membersFile.toString(), sheet, 0, -1, ""),
            Message.of("input.hiddenSheet"));
      }
      return finish(membersFile, unitFile, unitSheet, workbook.stream(sheet), options, sink, retain, diagnostics,
          workbook::warnings);
    }
  }

  /** What receives every member of a unit as it is read, once the unit's profile is known. */
  public interface MemberSink {
    Consumer<Member> start(UnitProfile profile);

    MemberSink NONE = profile -> member -> { };
  }

  private ReadUnit finish(Path membersFile, Optional<Path> unitFile, RawSheet unitSheet, RowStream memberRows,
      ReadOptions options, MemberSink sink, int retain, Diagnostics diagnostics,
      java.util.function.Supplier<List<Diagnostic>> sheetWarnings) throws InputException {
    sheetWarnings.get().forEach(diagnostics::add);
    Optional<UnitSheetReader.Result> facts =
        new UnitSheetReader(ruleset, values, diagnostics).read(unitSheet, fallbackYear);
    if (facts.isEmpty() || diagnostics.hasErrors()) {
      throw new InputException(diagnostics.errors());
    }
    UnitProfile profile = facts.get().profile();
    MemberSheetReader reader = new MemberSheetReader(ruleset, values, diagnostics, requiredFields(profile),
        options.columns(), profile.year());
    Consumer<Member> consumer = sink.start(profile);
    List<Member> retained = new ArrayList<>();
    boolean ok = reader.read(memberRows, member -> {
      consumer.accept(member);
      if (retained.size() < retain) {
        retained.add(member);
      }
    });
    sheetWarnings.get().forEach(diagnostics::add);
    if (!ok || diagnostics.hasErrors()) {
      throw new InputException(diagnostics.errors());
    }
    List<ReadUnit.InputFile> files = new ArrayList<>();
    files.add(fingerprint(membersFile));
    unitFile.ifPresent(f -> files.add(fingerprint(f)));
    Unit unit = new Unit(profile, facts.get().facts(), retained);
    return new ReadUnit(unit, diagnostics.counted(), files, layout(memberRows, reader));
  }

  private Layout layout(RowStream sheet, MemberSheetReader reader) {
    HeaderRow header = reader.header().orElseThrow();
    List<Layout.Column> columns = new ArrayList<>();
    for (var field : ruleset.fields()) {
      Integer column = header.columns().get(field.id());
      columns.add(column == null ? new Layout.Column(field.header(), "", "", Message.verbatim(""))
          : new Layout.Column(field.header(), SourcePosition.columnLetters(column), header.header(column),
              header.how().getOrDefault(field.id(), Message.verbatim(""))));
    }
    return new Layout(sheet.file(), sheet.format(), sheet.name(), header.row().number(), columns,
        header.extraHeaders(), reader.firstRows());
  }

  private static String chosenSheet(SheetSource workbook, Path file, String name) throws InputException {
    return workbook.findSheet(name).orElseThrow(() -> new InputException(Diagnostic.error("I106",
        new SourcePosition.InFile(file.toString()),
        Message.of("input.noSuchSheet", name, String.join(", ", workbook.sheetNames())))));
  }

  /**
   * The "Năm đánh giá" of the unit sheet, read before any ruleset is chosen; empty when the files
   * do not say or cannot be read (reading them for real reports why).
   */
  public static Optional<Integer> peekYear(Path membersFile, Optional<Path> unitFile, ReadOptions options) {
    try {
      Path file = unitFile.orElse(membersFile);
      requireRegular(file);
      if (isCsv(file)) {
        return unitFile.isPresent() ? UnitSheetReader.year(CsvReader.read(file, UnitReader::unitHeaderScore, options))
            : Optional.empty();
      }
      requireWorkbook(file);
      try (SheetSource workbook = SheetSource.open(file, options)) {
        Optional<String> sheet = workbook.findSheet(UNIT_SHEET);
        if (sheet.isEmpty() && unitFile.isEmpty()) {
          return Optional.empty();
        }
        return UnitSheetReader.year(workbook.read(sheet.orElse(workbook.sheetNames().get(0))));
      }
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /** How well a row reads as the unit sheet's header ("Mục", "Giá trị"): chooses a unit CSV's delimiter. */
  private static int unitHeaderScore(List<String> cells) {
    return (int) cells.stream().filter(c -> TextKey.same(c, "Mục") || TextKey.same(c, "Giá trị")).count();
  }

  /** For each population, the fields read by the share indicators that apply to this unit. */
  Map<String, Set<String>> requiredFields(UnitProfile profile) {
    Map<String, Set<String>> required = new HashMap<>();
    for (Indicator indicator : ruleset.sharesFor(profile)) {
      Measure.Share share = (Measure.Share) indicator.measure();
      required.computeIfAbsent(share.population(), p -> new HashSet<>()).addAll(share.test().fields());
    }
    return required;
  }

  private static String memberSheetName(SheetSource workbook, Path file, Optional<String> unitSheet)
      throws InputException {
    Optional<String> named = workbook.findSheet(MEMBERS_SHEET);
    if (named.isPresent()) {
      return named.get();
    }
    return workbook.sheetNames().stream()
        .filter(s -> unitSheet.isEmpty() || !s.equals(unitSheet.get()))
        .findFirst()
        .orElseThrow(() -> new InputException(Diagnostic.error("I106",
            new SourcePosition.InFile(file.toString()), Message.of("input.noMemberSheet", MEMBERS_SHEET))));
  }

  /** The unit sheet of a separate unit file; its reading warnings (cells out of order) join the unit's. */
  private RawSheet readUnitFile(Path file, ReadOptions options, Diagnostics diagnostics) throws InputException {
    if (isCsv(file)) {
      return CsvReader.read(file, UnitReader::unitHeaderScore, options);
    }
    requireWorkbook(file);
    try (SheetSource workbook = SheetSource.open(file, options)) {
      RawSheet sheet = workbook.read(workbook.findSheet(UNIT_SHEET).orElse(workbook.sheetNames().get(0)));
      workbook.warnings().forEach(diagnostics::add);
      return sheet;
    }
  }

  private static RawSheet missingUnitSheet(Path membersFile) throws InputException {
    throw new InputException(Diagnostic.error("I107", new SourcePosition.InFile(membersFile.toString()),
        Message.of("input.noUnitSheet", UNIT_SHEET)));
  }

  /**
   * Only regular files are opened: a FIFO or a device would block, a directory or a file dvht may not
   * read would give a misleading message later. Missing files keep their own code (I101).
   */
  static void requireRegular(Path file) throws InputException {
    try {
      FileAccess.check(file, -1);
    } catch (FileAccess.Refused e) {
      throw new InputException(Diagnostic.error(e.missing() ? "I101" : "I111", new SourcePosition.InFile(file.toString()),
          e.missing() ? Message.of("input.notFound") : e.reason()));
    }
  }

  private static void requireWorkbook(Path file) throws InputException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls"))) {
      throw new InputException(Diagnostic.error("I100", new SourcePosition.InFile(file.toString()),
          Message.of("input.unsupportedType")));
    }
  }

  private static boolean isCsv(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
  }

  private static ReadUnit.InputFile fingerprint(Path file) {
    try {
      return new ReadUnit.InputFile(file.getFileName().toString(), Sha256.of(file));
    } catch (IOException e) {
      return new ReadUnit.InputFile(file.getFileName().toString(), "");
    }
  }
}
