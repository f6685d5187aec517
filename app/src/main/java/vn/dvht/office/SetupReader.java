package vn.dvht.office;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.input.InputException;
import vn.dvht.input.RawRow;
import vn.dvht.input.RawSheet;
import vn.dvht.input.SheetBook;
import vn.dvht.input.TextKey;
import vn.dvht.model.Authority;

/**
 * Reads the office's workbook: sheet "Cơ quan" (Mục | Giá trị: the office, its People's Committee, the
 * authority level, the year, the council's sitting …), sheet "Hội đồng" (one member a row: name, post,
 * role, whom they represent) and, if there, "Đơn vị trên địa bàn". Every problem is collected with its
 * cell and thrown once; a council of an even number or fewer than five members is one of them
 * ({@link Council}).
 *
 * <pre>{@code
 * OfficeSetup setup = SetupReader.read(Path.of("hoi-dong.xlsx"), ruleset.authorities(), Optional.empty());
 * }</pre>
 */
public final class SetupReader {
  public static final List<String> OFFICE_SHEET = List.of("Cơ quan", "Office");
  public static final List<String> COUNCIL_SHEET = List.of("Hội đồng", "Council");
  public static final List<String> AREA_SHEET = List.of("Đơn vị trên địa bàn", "Units of the area");

  static final List<String> NAME = List.of("Tên cơ quan", "Cơ quan thẩm định", "Office");
  static final List<String> COMMITTEE = List.of("Ủy ban nhân dân", "Cơ quan cấp trên", "Cơ quan chủ quản", "UBND",
      "People's Committee");
  static final List<String> AUTHORITY = List.of("Cấp", "Cấp công nhận", "Level");
  static final List<String> YEAR = List.of("Năm đánh giá", "Assessment year");
  static final List<String> PLACE = List.of("Địa danh", "Place");
  static final List<String> CODE = List.of("Ký hiệu", "Ký hiệu văn bản", "Document code");
  static final List<String> SIGNER_TITLE = List.of("Chức vụ người ký", "Chức vụ", "Signer's title");
  static final List<String> SIGNER = List.of("Người ký", "Họ tên người ký", "Signer");
  static final List<String> CHAIRMAN = List.of("Chủ tịch Ủy ban nhân dân", "Chủ tịch UBND", "Chairman");
  static final List<String> SITTING = List.of("Ngày họp hội đồng", "Ngày thẩm định", "Council sitting");
  static final List<String> FORM = List.of("Hình thức thẩm định", "Hình thức", "Form of appraisal");
  static final List<String> COUNCIL_DECISION = List.of("Quyết định thành lập hội đồng", "Council decision");

  static final Table.Column MEMBER = Table.Column.required("Họ và tên", "Họ tên", "Name");
  static final Table.Column POST = Table.Column.optional("Chức vụ, đơn vị công tác", "Chức vụ", "Đơn vị công tác", "Post");
  static final Table.Column ROLE = Table.Column.required("Vai trò", "Chức danh trong hội đồng", "Nhiệm vụ", "Role");
  static final Table.Column REPRESENTS = Table.Column.optional("Thành phần", "Đại diện", "Represents");
  static final Table.Column AREA_ID = Table.Column.optional("Mã đơn vị", "Mã", "Unit id");
  static final Table.Column AREA_NAME = Table.Column.required("Tên đơn vị", "Đơn vị", "Unit");
  static final Table.Column AREA_TYPE = Table.Column.optional("Loại đơn vị", "Unit type");

  private SetupReader() {}

  /** The office's workbook; {@code year} (from --year) wins over the sheet's. */
  public static OfficeSetup read(Path path, List<Authority> authorities, Optional<Integer> year) throws InputException {
    try (SheetBook book = SheetBook.open(path)) {
      String file = path.toString();
      List<Diagnostic> problems = new ArrayList<>();
      Optional<String> officeSheet = book.find(OFFICE_SHEET.toArray(String[]::new));
      Optional<String> councilSheet = book.find(COUNCIL_SHEET.toArray(String[]::new));
      if (officeSheet.isEmpty() || councilSheet.isEmpty()) {
        throw new InputException(Diagnostic.error("O102", new SourcePosition.InFile(file),
            Message.of("office.sheets", OFFICE_SHEET.get(0), COUNCIL_SHEET.get(0), String.join(", ", book.sheetNames()))));
      }
      Office office = office(new Items(book.read(officeSheet.get())), authorities, year, problems);
      Council council = council(book.read(councilSheet.get()), problems);
      List<AreaUnit> area = new ArrayList<>();
      Optional<String> areaSheet = book.find(AREA_SHEET.toArray(String[]::new));
      if (areaSheet.isPresent()) {
        area = area(book.read(areaSheet.get()));
      }
      Table.fail(problems);
      return new OfficeSetup(file, office, council, area, problems);
    }
  }

  private static Office office(Items items, List<Authority> authorities, Optional<Integer> year,
      List<Diagnostic> problems) {
    String name = required(items, NAME, problems);
    String committee = required(items, COMMITTEE, problems);
    String authority = "";
    String level = required(items, AUTHORITY, problems);
    if (!level.isEmpty()) {
      authority = authorities.stream().filter(a -> names(a, level)).map(Authority::id).findFirst().orElse("");
      if (authority.isEmpty()) {
        problems.add(Diagnostic.error("O105", items.at(AUTHORITY), Message.of("office.unknownAuthority", level,
            String.join(", ", authorities.stream().map(Authority::label).toList()))));
      }
    }
    int assessed = year.orElseGet(() -> year(items, problems));
    LocalDate sitting = sitting(items, problems);
    String form = items.value(FORM);
    boolean written = TextKey.of(form).contains(TextKey.of("văn bản")) || TextKey.of(form).contains("writ");
    return new Office(name, committee, authority, assessed, items.value(PLACE), items.value(CODE),
        items.value(SIGNER_TITLE), items.value(SIGNER), items.value(CHAIRMAN), sitting, written,
        items.value(COUNCIL_DECISION));
  }

  private static boolean names(Authority a, String text) {
    return a.id().equalsIgnoreCase(text.strip()) || TextKey.same(a.label(), text)
        || a.aliases().stream().anyMatch(x -> TextKey.same(x, text));
  }

  private static String required(Items items, List<String> item, List<Diagnostic> problems) {
    String value = items.value(item);
    if (value.isEmpty()) {
      problems.add(Diagnostic.error("O103", items.at(item), Message.of("office.missingItem", item.get(0))));
    }
    return value;
  }

  private static int year(Items items, List<Diagnostic> problems) {
    String text = required(items, YEAR, problems);
    if (text.matches("\\d{4}")) {
      return Integer.parseInt(text);
    }
    if (!text.isEmpty()) {
      problems.add(Diagnostic.error("O106", items.at(YEAR), Message.of("office.badYear", text)));
    }
    return 0;
  }

  private static LocalDate sitting(Items items, List<Diagnostic> problems) {
    String text = required(items, SITTING, problems);
    Optional<LocalDate> day = text.isEmpty() ? Optional.empty() : SheetBook.date(text, items.sheet().date1904());
    if (day.isEmpty() && !text.isEmpty()) {
      problems.add(Diagnostic.error("O104", items.at(SITTING), Message.of("office.badDate", text)));
    }
    return day.orElse(LocalDate.EPOCH);
  }

  private static Council council(RawSheet sheet, List<Diagnostic> problems) {
    Table table;
    try {
      table = Table.of(sheet, List.of(MEMBER, POST, ROLE, REPRESENTS));
    } catch (InputException e) {
      problems.addAll(e.diagnostics());
      return new Council(List.of());
    }
    List<CouncilMember> members = new ArrayList<>();
    for (RawRow row : table.rows()) {
      String name = table.cell(row, MEMBER);
      String roleText = table.cell(row, ROLE);
      Optional<Role> role = Role.of(roleText);
      if (name.isEmpty()) {
        problems.add(Diagnostic.error("O114", table.at(row, MEMBER), Message.of("office.memberNameMissing")));
      }
      if (role.isEmpty()) {
        problems.add(Diagnostic.error("O113", table.at(row, ROLE), Message.of(roleText.isEmpty()
            ? "office.roleMissing" : "office.unknownRole", roleText, Role.accepted())));
      }
      members.add(new CouncilMember(row.number(), name, table.cell(row, POST), role.orElse(Role.MEMBER),
          table.cell(row, REPRESENTS)));
    }
    Council council = new Council(members);
    CouncilCheck.check(council, table, problems);
    return council;
  }

  private static List<AreaUnit> area(RawSheet sheet) throws InputException {
    Table table = Table.of(sheet, List.of(AREA_ID, AREA_NAME, AREA_TYPE));
    List<AreaUnit> units = new ArrayList<>();
    for (RawRow row : table.rows()) {
      if (!table.cell(row, AREA_NAME).isEmpty()) {
        units.add(new AreaUnit(row.number(), table.cell(row, AREA_ID), table.cell(row, AREA_NAME),
            table.cell(row, AREA_TYPE)));
      }
    }
    return units;
  }
}
