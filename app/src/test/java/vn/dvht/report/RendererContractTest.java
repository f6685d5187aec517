package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Evaluator;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.input.ReadUnit;
import vn.dvht.input.UnitReader;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * What every renderer promises, checked on the same fixtures (every sample): it renders, the same
 * assessment gives the same content twice, and the unit, the verdict and every count the JSON has
 * are there for a person to see.
 */
class RendererContractTest {

  static Stream<Arguments> formatsAndSamples() throws Exception {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      for (Path sample : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
        for (ReportFormat format : ReportFormat.values()) {
          cases.add(Arguments.of(format, sample.getFileName().toString()));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} renders {1}")
  @MethodSource("formatsAndSamples")
  void rendersDeterministicallyAndShowsEveryFigure(ReportFormat format, String sample) throws Exception {
    Assessment assessment = assess(Path.of("..", "samples", sample));

    String first = canonical(format, render(format, assessment));
    String second = canonical(format, render(format, assessment));

    assertThat(first).isEqualTo(second);
    EvaluationResult result = assessment.result();
    assertThat(first).contains(result.unit().profile().name());
    String verdict = result.decision().reached().map(l -> format == ReportFormat.JSON ? l.id() : l.label()).orElse("");
    assertThat(first).contains(verdict);
    for (LevelResult level : result.levels()) {
      for (IndicatorResult row : level.indicators()) {
        assertThat(first).as("%s mentions %s", format, row.indicator().id()).contains(row.indicator().id());
        if (row.outcome() instanceof Outcome.Share s) {
          assertThat(first).contains(String.valueOf(s.numerator()), String.valueOf(s.denominator()));
        }
      }
    }
  }

  private static Assessment assess(Path sample) throws Exception {
    LoadedRuleset loaded = new RulesetLoader().resolve(SampleWorkbooks.rulesetOf(sample.getFileName().toString()));
    ReadUnit read = new UnitReader(loaded.ruleset(), 2026).read(sample, Optional.empty());
    EvaluationResult result = new Evaluator().evaluate(loaded.ruleset(), read.unit());
    Stamp stamp = new Stamp("0.0.0-test", loaded.origin(), loaded.sha256(),
        List.of(new Stamp.Input(sample.getFileName().toString(), "0".repeat(64))), LocalDate.of(2026, 1, 10));
    return new Assessment(result, read.warnings(), stamp, vn.dvht.diag.Messages.wording());
  }

  private static byte[] render(ReportFormat format, Assessment assessment) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(assessment, out);
    assertThat(out.size()).as("%s output", format).isPositive();
    return out.toByteArray();
  }

  private static String canonical(ReportFormat format, byte[] bytes) throws Exception {
    switch (format) {
      case XLSX:
        return XlsxDump.of(new ByteArrayInputStream(bytes));
      case DOCX:
        return DocxDump.of(new ByteArrayInputStream(bytes));
      default:
        return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
