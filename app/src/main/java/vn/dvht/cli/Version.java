package vn.dvht.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import vn.dvht.report.Stamp;

/**
 * The version Maven stamped into the jar and the licence dvht is under, for {@code --version}, and where the
 * documentation is published.
 */
final class Version implements CommandLine.IVersionProvider {
  /** The top command's spec, which picocli injects into a version provider as into a command. */
  @CommandLine.Spec CommandSpec spec;

  static String current() {
    return Stamp.toolVersion();
  }

  /** The published page of {@code docs/<page>} (e.g. {@code rulesets.md#diagnostics}), an absolute URI. */
  static String documentation(String page) {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/vn/dvht/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // The default address below: nothing a user can act on.
    }
    return properties.getProperty("docs", "https://dvht.vn/docs/") + page;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dvht " + current(), DvhtCommand.wording(spec).get("cli.license")};
  }
}
