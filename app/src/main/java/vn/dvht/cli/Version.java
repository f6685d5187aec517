package vn.dvht.cli;

import picocli.CommandLine;
import vn.dvht.report.Stamp;

/** The version Maven stamped into the jar, for {@code --version}. */
final class Version implements CommandLine.IVersionProvider {
  static String current() {
    return Stamp.toolVersion();
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dvht " + current()};
  }
}
