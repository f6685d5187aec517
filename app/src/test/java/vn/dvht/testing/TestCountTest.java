package vn.dvht.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's last line: every test counted, each skipped one with its reason. */
class TestCountTest {
  @Test
  void skippedTestsAreCountedWithTheirReasons(@TempDir Path reports) throws Exception {
    Files.writeString(reports.resolve("TEST-a.xml"), """
        <testsuite name="a" tests="4" errors="0" skipped="3" failures="1">
          <testcase name="one"><skipped type="org.opentest4j.TestAbortedException"><![CDATA[\
        org.opentest4j.TestAbortedException: Assumption failed: LibreOffice missing (apt-get install x)
        \tat org.junit.jupiter.api.Assumptions.throwAssumptionFailed(Assumptions.java:321)
        ]]></skipped></testcase>
          <testcase name="two"><skipped message="LibreOffice missing (apt-get install x)"/></testcase>
          <testcase name="three"><skipped type="org.opentest4j.TestAbortedException"><![CDATA[\
        org.opentest4j.TestAbortedException: Assumption failed: built by ./mvnw -Prelease package only
        \tat org.junit.jupiter.api.Assumptions.assumeTrue(Assumptions.java:120)]]></skipped></testcase>
          <testcase name="four"><failure message="no"/></testcase>
        </testsuite>""");
    Files.writeString(reports.resolve("TEST-b.xml"), "<testsuite name=\"b\" tests=\"2\" errors=\"1\"/>");
    Files.writeString(reports.resolve("other.xml"), "<testsuite tests=\"100\"/>");

    assertThat(TestCount.sum(reports, Instant.EPOCH)).hasToString("Tests run: 6, Failures: 1, Errors: 1, Skipped: 3"
        + " (LibreOffice missing (apt-get install x): 2; built by ./mvnw -Prelease package only: 1)");
    assertThat(TestCount.sum(reports, Instant.now().plusSeconds(60))).hasToString(
        "Tests run: 0, Failures: 0, Errors: 0, Skipped: 0");
  }
}
