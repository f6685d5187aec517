package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dvht.diag.Wording;
import vn.dvht.docx.DocxForm;
import vn.dvht.docx.FormException;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Status;
import vn.dvht.model.Criterion;
import vn.dvht.model.Dossier;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Ruleset;
import vn.dvht.model.TemplateField;
import vn.dvht.model.TemplateField.Scope;

/**
 * The Word report in a province's own form: the ruleset's DOCX template with every
 * {@link TemplateField} filled from the assessment, in the words dvht's own layout uses
 * ({@link Phrases}). Criterion and indicator rows are those of the level the report argues for (the
 * highest reached, else the first); a share always shows its count beside its percentage. What only
 * the unit knows and its sheet does not give is a highlighted blank. When the ruleset names a letter
 * template and the unit may ask for a level, the letter is filled with the same values and appended
 * as a section of its own, as dvht's own layout appends its TỜ TRÌNH. A paragraph holding
 * {@code {{neu_de_nghi}}} stays only when the unit may ask for a level, one holding
 * {@code {{neu_suy_luan}}} only when a threshold shown is inferred (marked "(*)").
 */
final class TemplateReport {
  /** A blank the clerk must fill, as dvht's own layout leaves it. */
  static final String BLANK = "……………………";
  private static final Pattern BLANKS = Pattern.compile("…+");

  private TemplateReport() {}

  static void render(Assessment assessment, ReportLayout.Template template, OutputStream out) throws IOException {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    DocxForm.Values values = new DocxForm.Values(TemplateField.PLACEHOLDER, fields(assessment),
        List.of(criteria(words, result), indicators(words, result), levels(words, result)), conditions(result), BLANKS);
    DocxForm.Properties properties = new DocxForm.Properties("dvht " + assessment.stamp().version(),
        assessment.stamp().reportDate(), Phrases.stamp(words, assessment.stamp(), result));
    try {
      if (template.letter().isPresent() && result.decision().requestable().isPresent()) {
        DocxForm.fillWithLetter(template.docx(), template.letter().get().docx(), values, out, properties);
      } else {
        DocxForm.fill(template.docx(), values, out, properties);
      }
    } catch (FormException e) {
      // The forms were checked, by the same reading, when the ruleset was loaded.
      throw new IllegalStateException("a checked form was refused when filled: " + e.getMessage(), e);
    }
  }

  /**
   * The conditions of the form's paragraphs: a request when the unit may ask for a level (the rule
   * the letter follows), the note on inferred thresholds when the criteria table shows one.
   */
  private static Map<String, Boolean> conditions(EvaluationResult result) {
    return keyed(Map.of(TemplateField.NEU_DE_NGHI, result.decision().requestable().isPresent(),
        TemplateField.NEU_SUY_LUAN, reported(result).indicators().stream().anyMatch(r -> Phrases.inferred(r.outcome()))));
  }

  private static Map<String, String> fields(Assessment assessment) {
    Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
    for (TemplateField field : TemplateField.values()) {
      if (field.scope() == Scope.DOCUMENT) {
        fields.put(field, document(field, assessment));
      }
    }
    return keyed(fields);
  }

  private static String document(TemplateField field, Assessment assessment) {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    var profile = result.unit().profile();
    return switch (field) {
      case CO_QUAN_CHU_QUAN -> orBlank(fact(result, "co-quan-chu-quan"));
      case TEN_DON_VI -> orBlank(profile.name());
      case LOAI_DON_VI -> ruleset.unitTypeLabel(profile);
      case CAP_CONG_NHAN -> lower(ruleset.authority(profile.authority()).label());
      case NAM_DANH_GIA -> String.valueOf(profile.year());
      case DIA_DANH_NGAY -> Phrases.placeAndDate(words, assessment.stamp().reportDate());
      case THONG_TU -> ruleset.info().circular();
      case BO_TIEU_CHI -> ruleset.info().title();
      case SO_NGUOI -> counts(result);
      case MUC_DAT -> result.decision().reached().map(l -> l.label()).orElse(words.get("template.noLevel"));
      case KET_LUAN -> Phrases.verdict(words, result);
      case NOI_NHAN_HO_SO -> Dossiers.recipient(words, result);
      case NGUOI_CONG_NHAN -> orBlank(Dossiers.dossier(result).map(Dossier::decidedBy).orElse(""));
      case CHUC_VU_NGUOI_KY -> orBlank(fact(result, "chuc-vu-nguoi-ky"));
      case NGUOI_KY -> orBlank(fact(result, "nguoi-ky"));
      case THONG_TIN_KIEM_TRA -> Phrases.stamp(words, assessment.stamp(), result);
      case MUC_DE_NGHI -> result.decision().requestable().map(l -> lower(l.label()))
          .orElse(words.get("template.noRequest"));
      case KET_QUA_DE_NGHI -> requested(words, result);
      case CAN_CU -> String.join("\n", ruleset.legalBasisFor(profile).stream()
          .map(b -> words.get("docx.basis", b) + ";").toList());
      default -> throw new IllegalArgumentException("not a document field: " + field);
    };
  }

  /** The tally of the level the unit may ask for, "15/15 chỉ tiêu đạt"; "—" when it may ask for none. */
  private static String requested(Wording words, EvaluationResult result) {
    return result.decision().requestable().flatMap(l -> result.levels().stream().filter(r -> r.level().equals(l)).findFirst())
        .map(r -> words.get("template.metOf", r.count(Status.MET),
            r.indicators().size() - r.count(Status.NOT_APPLICABLE)))
        .orElse("—");
  }

  /** One row per criterion with an indicator at the reported level: met over applicable, and its verdict. */
  private static DocxForm.Rows criteria(Wording words, EvaluationResult result) {
    List<DocxForm.Item> items = new ArrayList<>();
    Map<String, List<IndicatorResult>> byCriterion = reported(result).indicators().stream()
        .collect(Collectors.groupingBy(r -> r.indicator().criterionId(), LinkedHashMap::new, Collectors.toList()));
    byCriterion.forEach((id, rows) -> {
      Criterion c = result.ruleset().criterion(id);
      long met = rows.stream().filter(r -> r.status() == Status.MET).count();
      long applicable = rows.stream().filter(r -> r.status() != Status.NOT_APPLICABLE).count();
      Status status = applicable == 0 ? Status.NOT_APPLICABLE : met == applicable ? Status.MET : Status.NOT_MET;
      items.add(new DocxForm.Item(id, "", keyed(Map.of(TemplateField.TIEU_CHI_MA, c.id(),
          TemplateField.TIEU_CHI_NOI_DUNG, c.title(),
          TemplateField.TIEU_CHI_KET_QUA, words.get("template.metOf", met, applicable),
          TemplateField.TIEU_CHI_DANH_GIA, Phrases.status(words, status)))));
    });
    return rows(Scope.CRITERION, items);
  }

  private static DocxForm.Rows indicators(Wording words, EvaluationResult result) {
    Ruleset ruleset = result.ruleset();
    List<DocxForm.Item> items = new ArrayList<>();
    for (IndicatorResult r : reported(result).indicators()) {
      Outcome o = r.outcome();
      boolean applies = !(o instanceof Outcome.NotApplicable);
      String threshold = Phrases.requirement(words, ruleset, r.indicator(), o);
      items.add(new DocxForm.Item(r.indicator().id(), r.indicator().criterionId(), keyed(Map.of(
          TemplateField.CHI_TIEU_MA, r.indicator().id(),
          TemplateField.CHI_TIEU_NOI_DUNG, r.indicator().text(),
          TemplateField.CHI_TIEU_NGUONG, applies && !threshold.isEmpty()
              ? threshold + (Phrases.inferred(o) ? " (*)" : "") : "—",
          TemplateField.CHI_TIEU_SO_DAT, Phrases.count(o),
          TemplateField.CHI_TIEU_KET_QUA, measured(words, ruleset, r),
          TemplateField.CHI_TIEU_DANH_GIA, Phrases.status(words, r.status()),
          TemplateField.CHI_TIEU_GHI_CHU, Phrases.note(words, ruleset, r.indicator(), o)))));
    }
    return rows(Scope.INDICATOR, items);
  }

  /** "57/60 (95,00 %)": a share never without its count; the unit's answer for other indicators. */
  private static String measured(Wording words, Ruleset ruleset, IndicatorResult r) {
    Outcome o = r.outcome();
    if (o instanceof Outcome.NotApplicable) {
      return "—";
    }
    if (o instanceof Outcome.Share s) {
      return Phrases.count(o) + (s.emptyPopulation() ? "" : " (" + Phrases.percent(words, s.percent()) + ")");
    }
    return Phrases.value(words, ruleset, r.indicator(), o);
  }

  private static DocxForm.Rows levels(Wording words, EvaluationResult result) {
    List<DocxForm.Item> items = new ArrayList<>();
    for (LevelResult level : result.levels()) {
      if (level.level().plan()) {
        continue;
      }
      long applicable = level.indicators().size() - level.count(Status.NOT_APPLICABLE);
      items.add(new DocxForm.Item(level.level().id(), "", keyed(Map.of(
          TemplateField.MUC_TEN, level.level().label(),
          TemplateField.MUC_KET_QUA, words.get("template.metOf", level.count(Status.MET), applicable),
          TemplateField.MUC_DANH_GIA, LevelWords.standing(words, result, level)))));
    }
    return rows(Scope.LEVEL, items);
  }

  private static DocxForm.Rows rows(Scope scope, List<DocxForm.Item> items) {
    Set<String> keys = java.util.Arrays.stream(TemplateField.values()).filter(f -> f.scope() == scope)
        .map(TemplateField::key).collect(Collectors.toSet());
    return new DocxForm.Rows(scope.name(), keys, items, scope.parent().map(Enum::name).orElse(""));
  }

  private static LevelResult reported(EvaluationResult result) {
    return DocxRenderer.reportedLevel(result);
  }

  private static String counts(EvaluationResult result) {
    List<String> counts = new ArrayList<>();
    for (var population : result.ruleset().populations()) {
      long n = result.count(population.id());
      if (n > 0) {
        counts.add(population.label() + ": " + n);
      }
    }
    return counts.isEmpty() ? "0" : String.join("; ", counts);
  }

  private static String fact(EvaluationResult result, String id) {
    return result.unit().fact(id).map(f -> f.answer().raw().strip()).orElse("");
  }

  private static String orBlank(String text) {
    return text.isBlank() ? BLANK : text;
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.forLanguageTag("vi"));
  }

  private static <T> Map<String, T> keyed(Map<TemplateField, T> values) {
    Map<String, T> keyed = new LinkedHashMap<>();
    values.forEach((field, value) -> keyed.put(field.key(), value));
    return keyed;
  }
}
