package vn.dvht.cli;

import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Wording;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}), which
 * the Actions runner shows as annotations on the file and line, escaped as the runner expects.
 */
final class GithubAnnotations {
  private GithubAnnotations() {}

  /** One line for a diagnostic: an error or a warning at its file, line and column. */
  static String of(Wording wording, Diagnostic d) {
    StringBuilder line = new StringBuilder(d.isError() ? "::error " : "::warning ");
    line.append("file=").append(property(d.position().file().replace(java.io.File.separatorChar, '/')));
    if (d.position() instanceof SourcePosition.InText t && t.line() > 0) {
      line.append(",line=").append(t.line());
      if (t.column() > 0) {
        line.append(",col=").append(t.column());
      }
    }
    return line.append(",title=").append(property("dvht " + d.code())).append("::").append(data(wording.text(d.message()))).toString();
  }

  /** An error at a file's line with a title, e.g. a ruleset test that failed. */
  static String error(String file, int line, String title, String message) {
    return "::error file=" + property(file.replace(java.io.File.separatorChar, '/')) + (line > 0 ? ",line=" + line : "") + ",title="
        + property(title) + "::" + data(message);
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
