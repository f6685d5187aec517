package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import vn.dvht.diag.Wording;
import vn.dvht.model.Ruleset;
import vn.dvht.office.UpwardMerge;

/** The file the upward merge ({@code dvht tong-hop}) writes when no {@code --output} is given: its workbook. */
public enum MergeFile implements RunFile<MergeFile.Context> {
  WORKBOOK(MergeFile.WORKBOOK_NAME);

  /** The workbook's name, a constant so that {@code --output} can name it as its default. */
  public static final String WORKBOOK_NAME = "tong-hop-ket-qua-cong-nhan.xlsx";

  private final String fileName;

  MergeFile(String fileName) {
    this.fileName = fileName;
  }

  /** What the merge's workbook is made from: the merged appraisals, the ruleset naming their levels, the date, its words. */
  public record Context(UpwardMerge merge, Ruleset ruleset, LocalDate date, Wording words) {}

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public void render(Context context, OutputStream out) throws IOException {
    new MergeXlsxRenderer(context.ruleset()).render(context.words(), context.merge(), context.date(), out);
  }
}
