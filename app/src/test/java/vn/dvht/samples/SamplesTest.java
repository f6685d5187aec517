package vn.dvht.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.XlsxDump;

/** The committed samples are exactly what {@link SampleWorkbooks} generates. */
class SamplesTest {
  static final Path SAMPLES = Path.of("..", "samples");

  /**
   * Copies over the samples whose content changed. Unchanged workbooks keep their bytes (POI stamps
   * zip entries with the current time), so the input fingerprints in the goldens stay put.
   */
  private static void regenerate(Path fresh) throws Exception {
    for (SampleWorkbooks.Sample sample : SampleWorkbooks.all()) {
      Path committed = SAMPLES.resolve(sample.file());
      if (!Files.exists(committed) || !XlsxDump.of(committed).equals(XlsxDump.of(fresh.resolve(sample.file())))) {
        Files.copy(fresh.resolve(sample.file()), committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.createDirectories(SAMPLES.resolve("csv"));
    for (String csv : List.of("001-mn-hoa-sen.csv", "001-mn-hoa-sen-don-vi.csv")) {
      Files.copy(fresh.resolve("csv").resolve(csv), SAMPLES.resolve("csv").resolve(csv),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void committedSamplesMatchTheGenerator(@TempDir Path dir) throws Exception {
    SampleWorkbooks.writeAll(dir);
    if (Boolean.getBoolean("dvht.regenerate")) {
      regenerate(dir);
    }
    for (SampleWorkbooks.Sample sample : SampleWorkbooks.all()) {
      Path committed = SAMPLES.resolve(sample.file());
      assertThat(committed).exists();
      assertThat(XlsxDump.of(committed)).as(sample.file()).isEqualTo(XlsxDump.of(dir.resolve(sample.file())));
    }
    for (String csv : List.of("001-mn-hoa-sen.csv", "001-mn-hoa-sen-don-vi.csv")) {
      assertThat(SAMPLES.resolve("csv").resolve(csv)).as(csv)
          .hasSameBinaryContentAs(dir.resolve("csv").resolve(csv));
    }
    assertThat(Files.list(SAMPLES).filter(p -> p.toString().endsWith(".xlsx")).count())
        .as("every sample workbook comes from the generator")
        .isEqualTo(SampleWorkbooks.all().size());
  }
}
