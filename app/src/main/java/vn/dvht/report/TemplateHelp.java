package vn.dvht.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.dvht.diag.Wording;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.ScoreRule;
import vn.dvht.model.Indicator;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Ruleset;

/**
 * The "Hướng dẫn" sheet of the input template (how to fill it, accepted values, a marked example) and the
 * "Phạm vi áp dụng" sheet (which indicators concern which units, level by level).
 */
final class TemplateHelp {
  private final Wording words;
  private final Ruleset ruleset;
  private final Ruleset guide;
  private final XlsxStyles styles;
  private final Optional<String> authority;
  /** Columns of the "Phạm vi áp dụng" sheet, in characters: narrow enough to print one landscape page wide. */
  private static final int[] APPLICABILITY_WIDTHS = {24, 80};

  /** @param authority the template's authority: only its indicators and levels are described; empty for all */
  TemplateHelp(Wording words, Ruleset ruleset, Ruleset guide, XlsxStyles styles, Optional<String> authority) {
    this.words = words;
    this.ruleset = ruleset;
    this.guide = guide;
    this.styles = styles;
    this.authority = authority;
  }

  void write(Sheet sheet) {
    sheet.setColumnWidth(0, 28 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    XlsxStyles.printA4(words, sheet, true, 0, 0, 28, 100);
    int r = 0;
    XlsxStyles.merged(sheet, r++, 0, 1, words.get("template.helpTitle", ruleset.info().circular()), styles.bold);
    for (String line : words.get("template.helpSteps").split("\\n")) {
      XlsxStyles.merged(sheet, r++, 0, 1, line, styles.wrapped);
    }
    if (ruleset.evidence().required()) {
      XlsxStyles.merged(sheet, r++, 0, 1, words.get("template.helpEvidence", ruleset.evidence().citation(),
          ruleset.evidence().text()), styles.wrapped);
    }
    if (ruleset.report() instanceof ReportLayout.Template template) {
      XlsxStyles.merged(sheet, r++, 0, 1, template.letter()
          .map(l -> words.get("template.helpFormLetter", template.file(), l.file()))
          .orElseGet(() -> words.get("template.helpForm", template.file())), styles.wrapped);
    }
    if (hasLimits()) {
      XlsxStyles.merged(sheet, r++, 0, 1, words.get("template.helpApplicability",
          words.get("template.applicabilitySheet")), styles.wrapped);
    }
    r++;
    XlsxStyles.text(sheet.createRow(r), 0, words.get("template.column"), styles.header);
    XlsxStyles.text(sheet.getRow(r++), 1, words.get("template.accepted"), styles.header);
    for (Field field : ruleset.fields()) {
      Row row = sheet.createRow(r++);
      XlsxStyles.text(row, 0, field.header(), styles.cell);
      XlsxStyles.text(row, 1, accepted(field), styles.cellWrapped);
      XlsxStyles.fitHeight(row);
    }
    if (ruleset.fields().stream().anyMatch(f -> f.type() instanceof FieldType.YesNo y && y.scores().inferred())) {
      XlsxStyles.merged(sheet, r++, 0, 1, words.get("text.inferredFootnote"), styles.wrapped);
    }
    r++;
    XlsxStyles.merged(sheet, r++, 0, 1, words.get("template.exampleTitle"), styles.bold);
    example(sheet, r);
  }

  /** Whether some indicator of the template concerns some units only: then it gets its own sheet. */
  boolean hasLimits() {
    return !limited(new Applicability(words, ruleset)).isEmpty();
  }

  /**
   * The "Phạm vi áp dụng" sheet: the indicators that concern some units only, with the units each level
   * names where a level narrows them ("Không áp dụng" is not "Không đạt") — the same words as
   * {@code dvht ruleset show}. Two columns on landscape A4, so it prints one page wide.
   */
  void writeApplicability(Sheet sheet) {
    Applicability applicability = new Applicability(words, guide);
    List<Indicator> limited = limited(applicability);
    sheet.setColumnWidth(0, APPLICABILITY_WIDTHS[0] * 256);
    sheet.setColumnWidth(1, APPLICABILITY_WIDTHS[1] * 256);
    XlsxStyles.printA4(words, sheet, true, 0, 0, APPLICABILITY_WIDTHS[0], APPLICABILITY_WIDTHS[1]);
    int r = 0;
    XlsxStyles.merged(sheet, r++, 0, 1, words.get("template.applicabilityTitle"), styles.bold);
    for (Indicator indicator : limited) {
      List<String> lines = new ArrayList<>();
      if (!applicability.of(indicator).isEmpty()) {
        lines.add(applicability.of(indicator));
      }
      lines.addAll(applicability.perTarget(indicator, authority));
      Row row = sheet.createRow(r++);
      XlsxStyles.text(row, 0, indicator.id() + " — " + indicator.shortText(), styles.cellWrapped);
      XlsxStyles.text(row, 1, String.join("\n", lines), styles.cellWrapped);
      XlsxStyles.fitHeight(row);
    }
    if (limited.stream().anyMatch(applicability::anyReading)) {
      XlsxStyles.merged(sheet, r, 0, 1, words.get("show.readingMark"), styles.wrapped);
    }
  }

  /** The template's indicators (those of its authority, if it has one) that concern some units only. */
  private List<Indicator> limited(Applicability applicability) {
    return guide.indicators().stream()
        .filter(i -> authority.map(a -> i.targets().stream().anyMatch(t -> t.authorities().contains(a))).orElse(true))
        .filter(i -> !applicability.of(i).isEmpty() || !applicability.perTarget(i, authority).isEmpty()).toList();
  }

  /** What a column of this type accepts, in words, for the help sheet. */
  private String accepted(Field field) {
    return field.type().accept(new FieldType.Cases<String>() {
      @Override
      public String name(FieldType.Name name) {
        return words.get("template.nameHelp");
      }

      @Override
      public String identifier(FieldType.Identifier identifier) {
        return words.get("template.idHelp");
      }

      @Override
      public String population(FieldType.PopulationColumn population) {
        return String.join("; ", ruleset.populations().stream().map(p -> p.label()
            + (p.isDefault() ? " " + words.get("template.default").strip() : "")).toList());
      }

      @Override
      public String yesNo(FieldType.YesNo yesNo) {
        var vocabulary = ruleset.vocabulary(yesNo.vocabulary());
        String accepted = String.join("; ", words.get("template.yesWords", String.join(", ", vocabulary.yes())),
            words.get("template.noWords", String.join(", ", vocabulary.no())),
            words.get("template.tickWords", String.join(" ", vocabulary.ticks())));
        return yesNo.scores().computes()
            ? accepted + "; " + words.get("template.titleScored", MemberTestWords.rule(words, ruleset, yesNo.scores()))
            : accepted;
      }

      @Override
      public String birthDate(FieldType.BirthDate birthDate) {
        return words.get("template.birthDateHelp");
      }

      @Override
      public String ranked(FieldType.Ranked ranked) {
        var scale = ruleset.scale(ranked.scale());
        List<String> names = new ArrayList<>();
        scale.items().forEach(i -> names.add(i.label() + (i.aliases().isEmpty() ? "" : " (" + String.join(", ",
            i.aliases()) + ")")));
        names.add(words.get("template.noneWords", String.join(", ", scale.none())));
        return String.join("; ", names);
      }

      @Override
      public String score(FieldType.Score score) {
        return words.get("template.scoreHelp", ScoreRule.plain(score.max()));
      }
    });
  }

  /** Two example member rows, on this sheet only, so they are never evaluated by mistake. */
  private void example(Sheet sheet, int r) {
    List<Field> fields = ruleset.fields();
    Row header = sheet.createRow(r++);
    Row first = sheet.createRow(r++);
    Row second = sheet.createRow(r);
    for (int c = 0; c < fields.size(); c++) {
      Field field = fields.get(c);
      XlsxStyles.text(header, c, field.header(), styles.header);
      XlsxStyles.text(first, c, exampleValue(field, true), styles.cell);
      XlsxStyles.text(second, c, exampleValue(field, false), styles.cell);
    }
  }

  /** The first or the second example row's cell in a column of this type. */
  private String exampleValue(Field field, boolean first) {
    return field.type().accept(new FieldType.Cases<String>() {
      @Override
      public String name(FieldType.Name name) {
        return words.get(first ? "template.exampleName1" : "template.exampleName2");
      }

      @Override
      public String identifier(FieldType.Identifier identifier) {
        return first ? "CB0001" : "";
      }

      @Override
      public String population(FieldType.PopulationColumn population) {
        return ruleset.populations().get(first ? 0 : ruleset.populations().size() - 1).label();
      }

      @Override
      public String yesNo(FieldType.YesNo yesNo) {
        return words.get(first ? "value.yes" : "value.no");
      }

      @Override
      public String birthDate(FieldType.BirthDate birthDate) {
        return first ? "15/03/1985" : "";
      }

      @Override
      public String ranked(FieldType.Ranked ranked) {
        var scale = ruleset.scale(ranked.scale());
        return first ? scale.items().get(0).label() : scale.none().isEmpty() ? "" : scale.none().get(0);
      }

      @Override
      public String score(FieldType.Score score) {
        // 9 × 10 = 90 for the first member, who holds the title; 7 × 10 = 70 for the second, who does not.
        return first ? "9" : "7";
      }
    });
  }
}
