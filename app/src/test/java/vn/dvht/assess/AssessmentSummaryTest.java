package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvht.eval.MemberGap;
import vn.dvht.input.ReadOptions;
import vn.dvht.report.Assessment;
import vn.dvht.report.BatchJsonRenderer;
import vn.dvht.report.ReportFormat;

/** What a batch keeps of each unit while the others are read: the result, not the members. */
class AssessmentSummaryTest {
  private static final Path SAMPLE = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx");

  @Test
  void aSummaryDropsTheMembersAndKeepsEveryFigure() throws Exception {
    Assessor assessor = new Assessor(new AssessOptions(List.of(SAMPLE), false, Optional.of("tt24"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, true, ReportFormat.DOCX, Optional.empty(),
        ReadOptions.DEFAULT, LocalDate.of(2026, 1, 10), false, vn.dvht.diag.Wording.of("vi")));
    Assessment full = assessor.assess(assessor.read(SAMPLE, Optional.empty()));
    assertThat(full.result().verdicts().members()).isEqualTo(120);

    Assessment withGaps = full.summary(true);
    Assessment bare = full.summary(false);
    for (Assessment summary : List.of(withGaps, bare)) {
      assertThat(summary.result().unit().members()).isEmpty();
      assertThat(summary.result().verdicts().members()).isZero();
    }
    assertThat(json(withGaps)).isEqualTo(json(full));
    assertThat(bare.result().gaps()).allSatisfy(g -> assertThat(g.members()).isEmpty())
        .extracting(MemberGap::total).isEqualTo(full.result().gaps().stream().map(MemberGap::total).toList());
    assertThat(bare.result().levels()).isEqualTo(full.result().levels());
    assertThat(bare.result().count("nguoi-hoc")).isEqualTo(50);
  }

  private static String json(Assessment assessment) throws Exception {
    StringWriter out = new StringWriter();
    try (BatchJsonRenderer.Stream json = BatchJsonRenderer.stream(out, "test", LocalDate.of(2026, 1, 10))) {
      json.unit(assessment, new vn.dvht.report.UnitFiles("don-vi/a.xlsx", List.of("a-ket-qua.xlsx")));
      json.finish(vn.dvht.diag.Messages.wording(), List.of());
    }
    return out.toString();
  }
}
