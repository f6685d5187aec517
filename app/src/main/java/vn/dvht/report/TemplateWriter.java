package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvht.diag.Wording;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Named;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;
import vn.dvht.model.Scale;

/**
 * A blank input workbook for a ruleset: "Thành viên" with the canonical headers and drop-downs,
 * "Đơn vị" listing every unit fact the ruleset needs, "Hướng dẫn" with instructions and a clearly
 * marked example, and a hidden "Danh mục" holding the drop-down lists.
 *
 * <pre>{@code
 * new TemplateWriter(ruleset, Optional.of("tinh")).write(out);
 * }</pre>
 */
public final class TemplateWriter {
  /** The last row (from 0) the drop-downs reach: Excel's last. */
  static final int LAST_ROW = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private final Ruleset ruleset;
  private final Ruleset guide;
  private final Optional<String> authority;

  /** @param authority an authority id to prefill "Cấp" and list only its indicators, or empty for all */
  public TemplateWriter(Ruleset ruleset, Optional<String> authority) {
    this(ruleset, ruleset, authority);
  }

  /**
   * @param guide the same ruleset with its texts in the run's language: what the guidance (the unit sheet's
   *     meaning column, the applicability sheet) says; headers, values and lists stay {@code ruleset}'s, which
   *     dvht reads back
   */
  public TemplateWriter(Ruleset ruleset, Ruleset guide, Optional<String> authority) {
    this.ruleset = ruleset;
    this.guide = guide;
    this.authority = authority;
  }

  public void write(Wording words, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XlsxStyles styles = new XlsxStyles(workbook);
      Sheet members = workbook.createSheet(words.get("xlsx.membersSheet"));
      Sheet unit = workbook.createSheet(words.get("template.unitSheet"));
      Sheet help = workbook.createSheet(words.get("template.helpSheet"));
      TemplateHelp helpSheets = new TemplateHelp(words, ruleset, guide, styles, authority);
      if (helpSheets.hasLimits()) {
        helpSheets.writeApplicability(workbook.createSheet(words.get("template.applicabilitySheet")));
      }
      Lists lists = new Lists(workbook.createSheet(words.get("template.listsSheet")), styles);
      workbook.setSheetHidden(workbook.getSheetIndex(words.get("template.listsSheet")), true);
      members(words, members, styles, lists);
      unit(words, unit, styles, lists);
      helpSheets.write(help);
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  private void members(Wording words, Sheet sheet, XlsxStyles styles, Lists lists) {
    Row header = sheet.createRow(0);
    XlsxStyles.text(header, 0, words.get("col.number"), styles.header);
    int c = 1;
    for (Field field : ruleset.fields()) {
      XlsxStyles.text(header, c, field.header(), styles.header);
      Optional<String> range = listFor(words, field.type(), lists);
      if (range.isPresent()) {
        validate(words, sheet, new CellRangeAddressList(1, LAST_ROW, c, c), range.get(), field.header());
      }
      if (field.type() instanceof FieldType.Score score) {
        validateScore(words, sheet, new CellRangeAddressList(1, LAST_ROW, c, c), score, field.header());
      }
      // A score column ("Chỉ số 1", a number up to 10) is narrow, so ten of them do not spread the sheet.
      sheet.setColumnWidth(c, (field.type() instanceof FieldType.Score ? 9 : Math.max(16, field.header().length() + 4))
          * 256);
      c++;
    }
    sheet.setColumnWidth(0, 6 * 256);
    sheet.setColumnWidth(1, 28 * 256);
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, c - 1));
    double[] widths = new double[c];
    for (int i = 0; i < c; i++) {
      widths[i] = sheet.getColumnWidth(i) / 256.0;
    }
    XlsxStyles.printA4(words, sheet, true, 1, 2, widths);
  }

  /** The drop-down list of a column of this type, if it has one. */
  private Optional<String> listFor(Wording words, FieldType type, Lists lists) {
    return type.accept(new FieldType.Cases<Optional<String>>() {
      @Override
      public Optional<String> name(FieldType.Name name) {
        return Optional.empty();
      }

      @Override
      public Optional<String> identifier(FieldType.Identifier identifier) {
        return Optional.empty();
      }

      @Override
      public Optional<String> population(FieldType.PopulationColumn population) {
        return Optional.of(lists.named("populations", ruleset.populations()));
      }

      @Override
      public Optional<String> yesNo(FieldType.YesNo yesNo) {
        return Optional.of(lists.yesNo(words));
      }

      @Override
      public Optional<String> birthDate(FieldType.BirthDate birthDate) {
        return Optional.empty();
      }

      @Override
      public Optional<String> ranked(FieldType.Ranked ranked) {
        return Optional.of(lists.scale(ruleset.scale(ranked.scale())));
      }

      @Override
      public Optional<String> score(FieldType.Score score) {
        return Optional.empty();
      }
    });
  }

  private void unit(Wording words, Sheet sheet, XlsxStyles styles, Lists lists) {
    Row header = sheet.createRow(0);
    String[] keys = {"template.key", "template.value", "template.evidence", "template.meaning"};
    for (int c = 0; c < keys.length; c++) {
      XlsxStyles.text(header, c, words.get(keys[c]), styles.header);
    }
    // Widths first: the rows' heights are fitted to them.
    XlsxStyles.widths(sheet, 34, 28, 30, 60);
    XlsxStyles.printA4(words, sheet, true, 1, 0, 34, 28, 30, 60);
    int r = 1;
    r = unitRow(sheet, styles, r, words.get("template.unitName"), "", words.get("template.unitNameHelp"));
    String prefilled = authority.map(a -> ruleset.authority(a).label()).orElse("");
    validate(words, sheet, new CellRangeAddressList(r, r, 1, 1), lists.named("authorities", ruleset.authorities()), "");
    r = unitRow(sheet, styles, r, words.get("template.authority"), prefilled, words.get("template.authorityHelp"));
    validate(words, sheet, new CellRangeAddressList(r, r, 1, 1), lists.named("unitTypes", ruleset.unitTypes()), "");
    r = unitRow(sheet, styles, r, words.get("template.unitType"), "", words.get("template.unitTypeHelp"));
    r = unitRow(sheet, styles, r, words.get("template.year"), "", words.get("template.yearHelp"));
    for (var fact : ruleset.facts()) {
      r = unitRow(sheet, styles, r, fact.label(), "", words.get("template.factHelp"));
    }
    int firstIndicator = r;
    for (Indicator indicator : ruleset.indicators()) {
      Optional<String> list = unitList(words, indicator, lists);
      if (list.isEmpty() || !listedHere(indicator)) {
        continue;
      }
      validate(words, sheet, new CellRangeAddressList(r, r, 1, 1), list.get(), indicator.id());
      r = unitRow(sheet, styles, r, indicator.id(), "", guide.indicator(indicator.id()).orElse(indicator).text());
    }
    evidencePrompt(words, sheet, firstIndicator, r - 1);
    sheet.createFreezePane(0, 1);
  }

  /** The drop-down of an indicator's row on the unit sheet; empty for a share, which the member list counts. */
  private Optional<String> unitList(Wording words, Indicator indicator, Lists lists) {
    return indicator.measure().accept(new Measure.Cases<Optional<String>>() {
      @Override
      public Optional<String> share(Measure.Share share) {
        return Optional.empty();
      }

      @Override
      public Optional<String> unitFact(Measure.UnitFact fact) {
        return Optional.of(lists.yesNo(words));
      }

      @Override
      public Optional<String> unitRank(Measure.UnitRank rank) {
        return Optional.of(lists.scale(ruleset.scale(rank.scale())));
      }
    });
  }

  /**
   * When the ruleset requires evidence, selecting an indicator's "Minh chứng" cell (rows {@code first} to
   * {@code last}) shows what it is for: an empty one makes the indicator "Không đạt" (Điều 9, 15 khoản 3).
   */
  private void evidencePrompt(Wording words, Sheet sheet, int first, int last) {
    if (!ruleset.evidence().required() || last < first) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation prompt = helper.createValidation(helper.createTextLengthConstraint(
        DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), new CellRangeAddressList(first, last, 2, 2));
    prompt.setShowErrorBox(false);
    prompt.createPromptBox(words.get("template.evidence"),
        words.get("template.evidenceHint", ruleset.evidence().citation()));
    prompt.setShowPromptBox(true);
    sheet.addValidationData(prompt);
  }

  private boolean listedHere(Indicator indicator) {
    return authority.map(a -> indicator.targets().stream().anyMatch(t -> t.authorities().contains(a))).orElse(true);
  }

  private static int unitRow(Sheet sheet, XlsxStyles styles, int r, String key, String value, String meaning) {
    Row row = sheet.createRow(r);
    XlsxStyles.text(row, 0, key, styles.cell);
    XlsxStyles.text(row, 1, value, styles.cell);
    XlsxStyles.text(row, 2, "", styles.cell);
    XlsxStyles.text(row, 3, meaning, styles.cellWrapped);
    XlsxStyles.fitHeight(row);
    return r + 1;
  }

  private static void validate(Wording words, Sheet sheet, CellRangeAddressList cells, String listRange, String what) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listRange), cells);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.createErrorBox(words.get("template.invalidTitle"), words.get("template.invalidText", what));
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }

  /**
   * A score column takes a decimal from 0 to the column's maximum: selecting a cell says so, anything else is
   * warned of with the same words (what dvht itself accepts, I221), as the other validated columns are.
   */
  private static void validateScore(Wording words, Sheet sheet, CellRangeAddressList cells, FieldType.Score score, String header) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    String max = ScoreRule.plain(score.max());
    DataValidation validation = helper.createValidation(helper.createDecimalConstraint(
        DataValidationConstraint.OperatorType.BETWEEN, "0", max), cells);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.createErrorBox(words.get("template.invalidTitle"), words.get("template.scoreInvalid", header, max));
    validation.createPromptBox(header, words.get("template.scorePrompt", max));
    validation.setShowPromptBox(true);
    sheet.addValidationData(validation);
  }

  /** The hidden sheet of drop-down lists, one column per list, each named by its range. */
  private static final class Lists {
    private final Sheet sheet;
    private final XlsxStyles styles;
    private final Map<String, String> ranges = new HashMap<>();
    private int column;

    Lists(Sheet sheet, XlsxStyles styles) {
      this.sheet = sheet;
      this.styles = styles;
    }

    String yesNo(Wording words) {
      return column("yesNo", List.of(words.get("value.yes"), words.get("value.no")));
    }

    String scale(Scale scale) {
      List<String> words = new ArrayList<>();
      scale.items().forEach(i -> words.add(i.label()));
      if (!scale.none().isEmpty()) {
        words.add(scale.none().get(0));
      }
      return column(scale.id(), words);
    }

    <T extends Named> String named(String name, List<T> items) {
      return column(name, items.stream().map(Named::label).toList());
    }

    private String column(String name, List<String> words) {
      return ranges.computeIfAbsent(name, n -> {
        int c = column++;
        for (int i = 0; i < words.size(); i++) {
          Row row = sheet.getRow(i) != null ? sheet.getRow(i) : sheet.createRow(i);
          XlsxStyles.text(row, c, words.get(i), styles.plain);
        }
        String letters = CellReference.convertNumToColString(c);
        return "'" + sheet.getSheetName() + "'!$" + letters + "$1:$" + letters + "$" + words.size();
      });
    }
  }
}
