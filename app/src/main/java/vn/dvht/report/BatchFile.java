package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.dvht.diag.Wording;

/** The files a batch of units writes beside each unit's own: the consolidated workbook. */
public enum BatchFile implements RunFile<BatchFile.Context> {
  SUMMARY("tong-hop-don-vi.xlsx");

  private final String fileName;

  BatchFile(String fileName) {
    this.fileName = fileName;
  }

  /**
   * What the batch's files are made from: every unit assessed, the files that failed, the date they carry
   * and the run's language.
   */
  public record Context(List<BatchXlsxRenderer.Entry> entries, List<FileFailure> failures, LocalDate date,
      Wording wording) {
    public Context {
      entries = List.copyOf(entries);
      failures = List.copyOf(failures);
    }
  }

  @Override
  public String fileName() {
    return fileName;
  }

  /** Whether {@code fileName} (any case) is named as this file or a copy of it ({@code tong-hop-don-vi (1).xlsx}). */
  public boolean names(String fileName) {
    return fileName.toLowerCase(java.util.Locale.ROOT).startsWith(this.fileName.replaceFirst("\\.[^.]+$", ""));
  }

  @Override
  public void render(Context context, OutputStream out) throws IOException {
    new BatchXlsxRenderer().render(context.wording(), context.entries(), context.failures(), context.date(), out);
  }
}
