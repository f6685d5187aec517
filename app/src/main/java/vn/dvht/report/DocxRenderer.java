package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import vn.dvht.diag.Messages;
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
    if (assessment.result().ruleset().report() instanceof ReportLayout.Template template) {
      // The form is filled in its own language, whatever the run's (ReportLayout.Template#language).
      Messages.during(Locale.forLanguageTag(template.language()),
          () -> TemplateReport.render(assessment.asForm(), template, out));
      return;
    }
    DocxWriter w = new DocxWriter();
    report(w, assessment);
    EvaluationResult result = assessment.result();
    if (result.decision().requestable().isPresent()) {
      w.nextDocument();
      letter(w, assessment, result.decision().requestable().get());
    }
    w.write(out, "dvht " + assessment.stamp().version(), assessment.stamp().reportDate(),
        Phrases.stamp(assessment.stamp(), result));
  }

  private static void report(DocxWriter w, Assessment assessment) {
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    String unit = unitName(result);
    w.nationalHeader(upper(fact(result, "co-quan-chu-quan")), upper(unit), Messages.get("docx.reportNumber"),
        Phrases.placeAndDate(assessment.stamp().reportDate()));
    w.title(Messages.get("docx.reportTitle"));
    w.summaryLine(Messages.get(result.ruleset().isScored() ? "docx.reportSubtitleScored" : "docx.reportSubtitle",
        authorityLabel(result), result.unit().profile().year()));
    List<String> basis = ruleset.legalBasisFor(result.unit().profile());
    for (int i = 0; i < basis.size(); i++) {
      w.body(Messages.get("docx.basis", basis.get(i)) + (i == basis.size() - 1 ? "." : ";"));
    }
    RulesetInfo info = ruleset.info();
    if (!info.governs(result.unit().profile().year())) {
      w.body(Messages.get("docx.outOfForce", info.circular(), Phrases.date(info.effectiveFrom()),
          info.effectiveUntil().equals(RulesetInfo.OPEN_END) ? "…" : Phrases.date(info.effectiveUntil()),
          result.unit().profile().year()));
    }
    w.body(Messages.get("docx.intro", unit, result.unit().profile().year()));
    situation(w, result);
    results(w, result, reportedLevel(result));
    conclusion(w, result);
    signature(w, result, Messages.get("docx.recipients", recipient(result)));
  }

  private static void signature(DocxWriter w, EvaluationResult result, String recipients) {
    w.signature(recipients, upper(fact(result, "chuc-vu-nguoi-ky")), fact(result, "nguoi-ky"));
  }

  /** A text the unit sheet gives (the superior agency, the signer), or "" when it does not. */
  private static String fact(EvaluationResult result, String id) {
    return result.unit().fact(id).map(f -> f.answer().raw().strip()).orElse("");
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.forLanguageTag("vi"));
  }

  private static void situation(DocxWriter w, EvaluationResult result) {
    Ruleset ruleset = result.ruleset();
    var profile = result.unit().profile();
    w.heading(Messages.get("docx.section1"));
    w.body(Messages.get("docx.unitFacts", unitName(result), ruleset.unitTypeLabel(profile),
        ruleset.authority(profile.authority()).label()));
    StringBuilder counts = new StringBuilder();
    for (var population : ruleset.populations()) {
      long n = result.count(population.id());
      if (n > 0) {
        counts.append(counts.length() == 0 ? "" : "; ").append(population.label()).append(": ").append(n);
      }
    }
    w.body(Messages.get("docx.counts", counts.length() == 0 ? "0" : counts.toString()));
    w.body(Messages.get("docx.fillIn"));
  }

  private static void results(DocxWriter w, EvaluationResult result, LevelResult level) {
    Ruleset ruleset = result.ruleset();
    w.heading(Messages.get(result.ruleset().isScored() ? "docx.section2Scored" : "docx.section2",
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
          : Phrases.indicatorPoints(result, r.indicator().id());
      w.body(Phrases.finding(result, r) + (points.isEmpty() ? ""
          : " " + Messages.get("docx.points", points)));
    }
    if (level.indicators().stream().anyMatch(r -> Phrases.inferred(r.outcome()))) {
      w.body(Messages.get("text.inferredFootnote"));
    }
    w.body(Messages.get("docx.tableRef"));
  }

  private static void conclusion(DocxWriter w, EvaluationResult result) {
    w.heading(Messages.get("docx.section3"));
    if (result.scorecard() instanceof Scorecard.Scored card) {
      w.body(Messages.get("text.points", Phrases.points(card.points()), Phrases.plain(card.total()),
          card.grade().label()) + ".");
      w.body(Phrases.creditRules(card) + ".");
    }
    for (LevelResult level : result.ruleset().isScored() ? List.<LevelResult>of() : result.levels()) {
      long applicable = level.indicators().size() - level.count(Status.NOT_APPLICABLE);
      w.body(Messages.get("docx.levelTally", level.level().label(), level.count(Status.MET), applicable,
          LevelWords.standing(result, level)));
    }
    w.body(Phrases.verdict(result));
    if (result.decision().requestable().isPresent()) {
      w.body(Messages.get("docx.propose", recipient(result), authorityLabel(result),
          lower(result.decision().requestable().get().label()), result.unit().profile().year()));
      w.body(Dossiers.decidedBy(result));
    } else if (result.decision().reached().isEmpty()) {
      LevelResult first = result.levels().get(0);
      for (IndicatorResult r : first.indicators()) {
        if (r.status() == Status.NOT_MET) {
          w.body("- " + r.indicator().id() + " (" + r.indicator().shortText() + "): "
              + Phrases.finding(result, r));
        }
      }
    }
    // Only the conditions of the level the unit asks for: the others are notes for the clerk, in the
    // console and the workbook's follow-up sheet, not for the office reading the report.
    for (ProcedureResult p : result.procedures()) {
      if (result.decision().requestable().map(l -> l.id().equals(p.procedure().level())).orElse(false)) {
        w.body(Phrases.procedureRule(result.ruleset(), p));
      }
    }
  }

  private static void letter(DocxWriter w, Assessment assessment, Level level) {
    EvaluationResult result = assessment.result();
    String unit = unitName(result);
    int year = result.unit().profile().year();
    w.nationalHeader(upper(fact(result, "co-quan-chu-quan")), upper(unit), Messages.get("docx.letterNumber"),
        Phrases.placeAndDate(assessment.stamp().reportDate()));
    w.title(Messages.get("docx.letterTitle"));
    w.summaryLine(Messages.get("docx.letterSubtitle", authorityLabel(result), lower(level.label()), year));
    w.centered(Messages.get("docx.to", recipient(result)), false, false, 14);
    List<String> basis = result.ruleset().legalBasisFor(result.unit().profile());
    if (!basis.isEmpty()) {
      w.body(Messages.get("docx.basis", basis.get(0)) + ";");
    }
    LevelResult reached = result.levels().stream().filter(l -> l.level().equals(level)).findFirst().orElseThrow();
    long applicable = reached.indicators().size() - reached.count(Status.NOT_APPLICABLE);
    w.body(Messages.get("docx.letterBody", unit, year, reached.count(Status.MET), applicable, lower(level.label())));
    w.body(Messages.get("docx.letterRequest", unit, recipient(result), authorityLabel(result), lower(level.label()),
        year));
    w.body(Dossiers.decidedBy(result));
    w.body(Messages.get("docx.letterEnclosed"));
    signature(w, result, Messages.get("docx.letterRecipients"));
  }

  /** The level the report argues for: the highest reached, else the first. */
  static LevelResult reportedLevel(EvaluationResult result) {
    return result.decision().reached()
        .flatMap(l -> result.levels().stream().filter(r -> r.level().equals(l)).findFirst())
        .orElse(result.levels().get(0));
  }

  private static String unitName(EvaluationResult result) {
    String name = result.unit().profile().name();
    return name.isEmpty() ? Messages.get("unit.unnamed") : name;
  }

  private static String authorityLabel(EvaluationResult result) {
    return lower(result.ruleset().authority(result.unit().profile().authority()).label());
  }

  /** Labels such as "Mức độ 2" are written in lower case inside a sentence. */
  private static String lower(String label) {
    return label.toLowerCase(Locale.forLanguageTag("vi"));
  }

  private static String recipient(EvaluationResult result) {
    return Dossiers.recipient(result);
  }
}
