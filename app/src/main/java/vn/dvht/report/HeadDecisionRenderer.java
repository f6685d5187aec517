package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.model.Confidence;
import vn.dvht.model.FieldType;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;
import vn.dvht.model.UnitProfile;
import vn.dvht.report.ooxml.WordGrid;

/**
 * The unit head's draft decision ("Quyết định về việc công nhận danh hiệu “Công dân học tập” năm …") in
 * the form of Nghị định 30/2020/NĐ-CP, with the {@link DocxWriter} blocks the report and the office's
 * decision use: header (superior agency, unit, number left for the clerk; national name, motto, place and
 * date), title and trích yếu with its rule, the head's title, the grounds (the title's rule as the ruleset
 * cites it, with its confidence), Điều 1 (the members recognised, counted exactly), Điều 2 (in force on
 * signing), Điều 3 (who executes), recipients and signer; then on its own section the list — STT, name,
 * identifier, group, total score where the member's scores gave the title, and which source counted.
 */
final class HeadDecisionRenderer {
  /** STT, name, identifier, group, total, source: the text width (9354 twips) shared out. */
  private static final List<Integer> COLUMNS = List.of(850, 2754, 1600, 1450, 1100, 1600);
  /** Rows moved into the document at a time. */
  private static final int BATCH = 500;

  private final Wording wording;
  private final HeadDecision.Titled titled;
  private Ruleset ruleset;
  private UnitProfile profile;
  private Optional<MemberTest.Scored> test;

  HeadDecisionRenderer(Wording wording, HeadDecision.Titled titled) {
    this.wording = wording;
    this.titled = titled;
  }

  /** Writes the decision of the unit {@code assessment} evaluated, in its ruleset's words (English with {@code --lang en}). */
  void render(Assessment assessment, OutputStream out) throws IOException {
    EvaluationResult result = assessment.result();
    ruleset = result.ruleset();
    profile = result.unit().profile();
    test = HeadDecision.titleTest(ruleset, profile);
    DocxWriter w = new DocxWriter();
    if (test.isEmpty()) {
      w.title(wording.get("office.decision.title"));
      w.body(wording.get("headDecision.noTest", ruleset.info().circular()));
      w.write(wording, out, "dvht " + assessment.stamp().version(), assessment.stamp().reportDate(),
          Phrases.stamp(wording, assessment.stamp(), result));
      return;
    }
    String title = ruleset.field(test.get().field()).header();
    String unit = profile.name().isEmpty() ? wording.get("unit.unnamed") : profile.name();
    String head = fact(result, "chuc-vu-nguoi-ky");
    ScoreRule rule = ((FieldType.YesNo) ruleset.field(test.get().field()).type()).scores();
    String headTitle = head.isEmpty() ? wording.get("headDecision.head") : head;
    w.mark(wording.get("office.decision.draft"));
    w.nationalHeader(wording, upper(fact(result, "co-quan-chu-quan")), upper(unit), wording.get("headDecision.number"),
        Phrases.placeAndDate(wording, assessment.stamp().reportDate()));
    w.title(wording.get("office.decision.title"));
    w.summaryLine(wording.get("headDecision.subject", title, profile.year()));
    w.centered(upper(wording.get("headDecision.headOf", headTitle, unit)), true, false, 14);
    grounds(w, rule, unit, title);
    w.centered(wording.get("office.decision.decides"), true, false, 14);
    w.lead(wording.get("office.decision.article", 1) + " ", titled.count() == 0
        ? wording.get("headDecision.article1None", unit, title, profile.year())
        : wording.get("headDecision.article1", title, profile.year(), titled.count(), unit));
    w.lead(wording.get("office.decision.article", 2) + " ", wording.get("headDecision.article2"));
    w.lead(wording.get("office.decision.article", 3) + " ", wording.get("headDecision.article3"));
    w.signature(wording, wording.get("headDecision.recipients"), upper(head), fact(result, "nguoi-ky"));
    w.nextDocument();
    w.centered(wording.get("office.decision.listTitle"), true, false, 14);
    w.centered(upper(wording.get("headDecision.listSubtitle", title, profile.year())), true, false, 14);
    w.centered(wording.get("headDecision.attached", headTitle, unit), false, true, 13);
    w.stream(wording, out, "dvht " + assessment.stamp().version(), assessment.stamp().reportDate(),
        Phrases.stamp(wording, assessment.stamp(), result), flush -> {
      list(w, flush);
      w.centered(wording.get("headDecision.listTotal", titled.count(), titled.fromScores(),
          titled.count() - titled.fromScores()), false, true, 13);
      w.body(wording.get("headDecision.sources", wording.get("members.titleFromScores"),
          wording.get("test.scored", title, MemberTestWords.rule(wording, ruleset, rule)),
          wording.get("members.titleGiven"), title));
      if (rule.inferred()) {
        w.body(wording.get("text.inferredFootnote"));
      }
    });
  }

  /** The grounds: the title's rule as the ruleset cites it, the circular, the head's powers, the members' results. */
  private void grounds(DocxWriter w, ScoreRule rule, String unit, String title) {
    String source = rule.source().strip().replaceAll("\\s+", " ").replaceFirst("[.;]$", "");
    String confidence = rule.confidence() == Confidence.INFERRED ? " (" + wording.get("note.inferred") + ")" : "";
    if (!source.isEmpty()) {
      w.body(wording.get("docx.basis", source + confidence) + ";");
    }
    List<String> basis = ruleset.legalBasisFor(profile);
    if (!basis.isEmpty()) {
      w.body(wording.get("docx.basis", basis.get(0)) + ";");
    }
    w.body(wording.get("headDecision.basisPowers", unit));
    w.body(wording.get("headDecision.basisResults", title, profile.year(), unit));
    w.body(wording.get("headDecision.proposal"));
  }

  /** The list's table, its rows read back from the spool and moved into the document a batch at a time. */
  private void list(DocxWriter w, vn.dvht.report.ooxml.DocxPackage.Flush flush) throws IOException {
    if (titled.count() == 0) {
      w.centered(wording.get("headDecision.listNone"), false, false, 14);
      return;
    }
    WordGrid header = new WordGrid(COLUMNS, 13).header(wording.get("col.number"), wording.get("col.name"),
        wording.get("col.memberId"), wording.get("col.subject"), wording.get("headDecision.col.total"),
        wording.get("headDecision.col.source"));
    w.gridOpen(header);
    WordGrid rows = new WordGrid(COLUMNS, 13);
    String scores = wording.get("members.titleFromScores");
    String given = wording.get("members.titleGiven");
    long[] n = {0};
    titled.rows().each(cells -> {
      n[0]++;
      String total = cells.get(3);
      rows.leanRow(WordGrid.Align.CENTER, String.valueOf(n[0]), cells.get(0), cells.get(1), population(cells.get(2)),
          total, total.isEmpty() ? given : scores);
      if (n[0] % BATCH == 0) {
        w.gridRows(rows.takeRows());
        flush.flush();
      }
    });
    w.gridRows(rows.takeRows());
    w.gridEnd();
  }

  private String population(String id) {
    return ruleset.populations().stream().filter(p -> p.id().equals(id)).map(Population::label).findFirst().orElse(id);
  }

  /** A text the unit sheet gives (the superior agency, the signer), or "" when it does not. */
  private static String fact(EvaluationResult result, String id) {
    return result.unit().fact(id).map(f -> f.answer().raw().strip()).orElse("");
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.forLanguageTag("vi"));
  }
}
