package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file a run writes once for all its units, named once and rendered from what the whole run made: the
 * batch's consolidated workbook ({@link BatchFile}), each of the office's documents ({@link OfficeFile}).
 *
 * <pre>{@code
 * for (OfficeFile file : OfficeFile.values()) {
 *   try (OutputStream out = Files.newOutputStream(folder.resolve(file.fileName()))) {
 *     file.render(context, out);
 *   }
 * }
 * }</pre>
 *
 * @param <C> what every file of the run is made from
 */
public interface RunFile<C> {
  /** The file's name inside the output folder. */
  String fileName();

  /** Writes the file's content for {@code context} to {@code out}. */
  void render(C context, OutputStream out) throws IOException;
}
