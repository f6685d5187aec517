package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an {@link Assessment} in one format. Renderers are deterministic: the same assessment
 * gives the same bytes (XLSX: the same cells), so outputs can be compared with golden files.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   ReportFormat.MARKDOWN.renderer().render(assessment, out);
 * }
 * }</pre>
 */
public interface Renderer {
  void render(Assessment assessment, OutputStream out) throws IOException;
}
