package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.eval.Status;
import vn.dvht.model.Criterion;
import vn.dvht.model.Level;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetInfo;

/**
 * The self-assessment report ("Báo cáo tự đánh giá, công nhận Đơn vị học tập") in the layout of a
 * Vietnamese administrative report — header block, title, "Căn cứ", I. Đặc điểm tình hình, II. Kết
 * quả tự đánh giá per criterion, III. Đánh giá chung, signature block — followed, when a level is
 * reached, by the request letter ("Tờ trình đề nghị công nhận"). Placeholders (……) are left where
 * only the unit knows the text. A ruleset that names a province's own template ({@code report.template})
 * gets that template filled instead ({@link TemplateReport}).
 */
final class DocxRenderer implements Renderer {

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    Wording words = assessment.wording();
    if (assessment.result().ruleset().report() instanceof ReportLayout.Template template) {
      // The form is filled in its own language, whatever the run's (ReportLayout.Template#language).
      TemplateReport.render(assessment.asForm(template.language()), template, out);
      return;
    }
    DocxWriter w = new DocxWriter();
    report(w, assessment);
    EvaluationResult result = assessment.result();
    if (result.decision().requestable().isPresent()) {
      w.nextDocument();
      letter(w, assessment, result.decision().requestable().get());
    }
    w.write(words, out, "dvht " + assessment.stamp().version(), assessment.stamp().reportDate(),
        Phrases.stamp(words, assessment.stamp(), result));
  }

  private static void report(DocxWriter w, Assessment assessment) {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    String unit = unitName(words, result);
    w.nationalHeader(words, upper(fact(result, "co-quan-chu-quan")), upper(unit), words.get("docx.reportNumber"),
        Phrases.placeAndDate(words, assessment.stamp().reportDate()));
    w.title(words.get("docx.reportTitle"));
    w.summaryLine(words.get(result.ruleset().isScored() ? "docx.reportSubtitleScored" : "docx.reportSubtitle",
        authorityLabel(result), result.unit().profile().year()));
    List<String> basis = ruleset.legalBasisFor(result.unit().profile());
    for (int i = 0; i < basis.size(); i++) {
      w.body(words.get("docx.basis", basis.get(i)) + (i == basis.size() - 1 ? "." : ";"));
    }
    RulesetInfo info = ruleset.info();
    if (!info.governs(result.unit().profile().year())) {
      w.body(words.get("docx.outOfForce", info.circular(), Phrases.date(info.effectiveFrom()),
          info.effectiveUntil().equals(RulesetInfo.OPEN_END) ? "…" : Phrases.date(info.effectiveUntil()),
          result.unit().profile().year()));
    }
    w.body(words.get("docx.intro", unit, result.unit().profile().year()));
    situation(words, w, result);
    results(words, w, result, reportedLevel(result));
    conclusion(words, w, result);
    signature(words, w, result, words.get("docx.recipients", recipient(words, result)));
  }

  private static void signature(Wording words, DocxWriter w, EvaluationResult result, String recipients) {
    w.signature(words, recipients, upper(fact(result, "chuc-vu-nguoi-ky")), fact(result, "nguoi-ky"));
  }

  /** A text the unit sheet gives (the superior agency, the signer), or "" when it does not. */
  private static String fact(EvaluationResult result, String id) {
    return result.unit().fact(id).map(f -> f.answer().raw().strip()).orElse("");
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.forLanguageTag("vi"));
  }

  private static void situation(Wording words, DocxWriter w, EvaluationResult result) {
    Ruleset ruleset = result.ruleset();
    var profile = result.unit().profile();
    w.heading(words.get("docx.section1"));
    w.body(words.get("docx.unitFacts", unitName(words, result), ruleset.unitTypeLabel(profile),
        ruleset.authority(profile.authority()).label()));
    StringBuilder counts = new StringBuilder();
    for (var population : ruleset.populations()) {
      long n = result.count(population.id());
      if (n > 0) {
        counts.append(counts.length() == 0 ? "" : "; ").append(population.label()).append(": ").append(n);
      }
    }
    w.body(words.get("docx.counts", counts.length() == 0 ? "0" : counts.toString()));
    w.body(words.get("docx.fillIn"));
  }

  private static void results(Wording words, DocxWriter w, EvaluationResult result, LevelResult level) {
    Ruleset ruleset = result.ruleset();
    w.heading(words.get(result.ruleset().isScored() ? "docx.section2Scored" : "docx.section2",
        level.level().label()));
    String criterion = "";
    for (IndicatorResult r : level.indicators()) {
      if (!r.indicator().criterionId().equals(criterion)) {
        criterion = r.indicator().criterionId();
        Criterion c = ruleset.criterion(criterion);
        w.heading(c.id() + ". " + c.title());
      }
      w.lead(r.indicator().id() + ". ", r.indicator().text());
      String points = Phrases.partial(result, r.indicator().id()).isPresent() ? ""
          : Phrases.indicatorPoints(words, result, r.indicator().id());
      w.body(Phrases.finding(words, result, r) + (points.isEmpty() ? ""
          : " " + words.get("docx.points", points)));
    }
    if (level.indicators().stream().anyMatch(r -> Phrases.inferred(r.outcome()))) {
      w.body(words.get("text.inferredFootnote"));
    }
    w.body(words.get("docx.tableRef"));
  }

  private static void conclusion(Wording words, DocxWriter w, EvaluationResult result) {
    w.heading(words.get("docx.section3"));
    if (result.scorecard() instanceof Scorecard.Scored card) {
      w.body(words.get("text.points", Phrases.points(words, card.points()), Phrases.plain(words, card.total()),
          card.grade().label()) + ".");
      w.body(Phrases.creditRules(words, card) + ".");
    }
    for (LevelResult level : result.ruleset().isScored() ? List.<LevelResult>of() : result.levels()) {
      long applicable = level.indicators().size() - level.count(Status.NOT_APPLICABLE);
      w.body(words.get("docx.levelTally", level.level().label(), level.count(Status.MET), applicable,
          LevelWords.standing(words, result, level)));
    }
    w.body(Phrases.verdict(words, result));
    if (result.decision().requestable().isPresent()) {
      w.body(words.get("docx.propose", recipient(words, result), authorityLabel(result),
          lower(result.decision().requestable().get().label()), result.unit().profile().year()));
      w.body(Dossiers.decidedBy(words, result));
    } else if (result.decision().reached().isEmpty()) {
      LevelResult first = result.levels().get(0);
      for (IndicatorResult r : first.indicators()) {
        if (r.status() == Status.NOT_MET) {
          w.body("- " + r.indicator().id() + " (" + r.indicator().shortText() + "): "
              + Phrases.finding(words, result, r));
        }
      }
    }
    // Only the conditions of the level the unit asks for: the others are notes for the clerk, in the
    // console and the workbook's follow-up sheet, not for the office reading the report.
    for (ProcedureResult p : result.procedures()) {
      if (result.decision().requestable().map(l -> l.id().equals(p.procedure().level())).orElse(false)) {
        w.body(Phrases.procedureRule(words, result.ruleset(), p));
      }
    }
  }

  private static void letter(DocxWriter w, Assessment assessment, Level level) {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    String unit = unitName(words, result);
    int year = result.unit().profile().year();
    w.nationalHeader(words, upper(fact(result, "co-quan-chu-quan")), upper(unit), words.get("docx.letterNumber"),
        Phrases.placeAndDate(words, assessment.stamp().reportDate()));
    w.title(words.get("docx.letterTitle"));
    w.summaryLine(words.get("docx.letterSubtitle", authorityLabel(result), lower(level.label()), year));
    w.centered(words.get("docx.to", recipient(words, result)), false, false, 14);
    List<String> basis = result.ruleset().legalBasisFor(result.unit().profile());
    if (!basis.isEmpty()) {
      w.body(words.get("docx.basis", basis.get(0)) + ";");
    }
    LevelResult reached = result.levels().stream().filter(l -> l.level().equals(level)).findFirst().orElseThrow();
    long applicable = reached.indicators().size() - reached.count(Status.NOT_APPLICABLE);
    w.body(words.get("docx.letterBody", unit, year, reached.count(Status.MET), applicable, lower(level.label())));
    w.body(words.get("docx.letterRequest", unit, recipient(words, result), authorityLabel(result), lower(level.label()),
        year));
    w.body(Dossiers.decidedBy(words, result));
    w.body(words.get("docx.letterEnclosed"));
    signature(words, w, result, words.get("docx.letterRecipients"));
  }

  /** The level the report argues for: the highest reached, else the first. */
  static LevelResult reportedLevel(EvaluationResult result) {
    return result.decision().reached()
        .flatMap(l -> result.levels().stream().filter(r -> r.level().equals(l)).findFirst())
        .orElse(result.levels().get(0));
  }

  private static String unitName(Wording words, EvaluationResult result) {
    String name = result.unit().profile().name();
    return name.isEmpty() ? words.get("unit.unnamed") : name;
  }

  private static String authorityLabel(EvaluationResult result) {
    return lower(result.ruleset().authority(result.unit().profile().authority()).label());
  }

  /** Labels such as "Mức độ 2" are written in lower case inside a sentence. */
  private static String lower(String label) {
    return label.toLowerCase(Locale.forLanguageTag("vi"));
  }

  private static String recipient(Wording words, EvaluationResult result) {
    return Dossiers.recipient(words, result);
  }
}
