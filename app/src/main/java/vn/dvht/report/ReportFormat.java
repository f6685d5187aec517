package vn.dvht.report;

import java.util.function.Supplier;

/** The output formats, each with its file suffix and renderer. */
public enum ReportFormat {
  TEXT("txt", TextRenderer::new),
  JSON("json", JsonRenderer::new),
  MARKDOWN("md", MarkdownRenderer::new),
  XLSX("xlsx", XlsxRenderer::new),
  DOCX("docx", DocxRenderer::new),
  HTML("html", HtmlRenderer::new);

  private final String extension;
  private final Supplier<Renderer> factory;

  ReportFormat(String extension, Supplier<Renderer> factory) {
    this.extension = extension;
    this.factory = factory;
  }

  public String extension() {
    return extension;
  }

  public Renderer renderer() {
    return factory.get();
  }
}
