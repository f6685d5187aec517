package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The files dropped on dvht.cmd, read back from the command lines Explorer makes Windows run. */
class ExplorerLineTest {
  static final String CMD = "C:\\WINDOWS\\system32\\cmd.exe /c ";

  @Test
  void explorerQuotesOnlyNamesWithSpacesAndEveryOtherCharacterStays() {
    assertThat(ExplorerLine.files(CMD + "\"\"C:\\Tệp tin\\dvht.cmd\" C:\\don-vi\\a&b.xlsx \"C:\\Văn thư\\Trường (1).xlsx\""
        + " C:\\x\\e^f.csv C:\\p%20q%x.xlsx C:\\a,b;c=d.xlsx\""))
        .containsExactly("C:\\don-vi\\a&b.xlsx", "C:\\Văn thư\\Trường (1).xlsx", "C:\\x\\e^f.csv", "C:\\p%20q%x.xlsx",
            "C:\\a,b;c=d.xlsx");
  }

  @Test
  void aDoubleClickNamesNoFileAndTwoSpacesInANameStay() {
    assertThat(ExplorerLine.files(CMD + "\"\"C:\\dvht\\dvht.cmd\" \"")).isEmpty();
    assertThat(ExplorerLine.files(CMD + "\"\"C:\\dvht\\dvht.cmd\" \"D:\\a  b\\x.xlsx\"\"")).containsExactly("D:\\a  b\\x.xlsx");
  }

  @Test
  void aLineThatIsNotCmdsSlashCFormNamesNoFile() {
    assertThat(ExplorerLine.files("\"C:\\WINDOWS\\system32\\cmd.exe\" ")).isEmpty();
    assertThat(ExplorerLine.files("")).isEmpty();
    assertThat(ExplorerLine.files(CMD.toUpperCase() + "\"\"C:\\dvht\\dvht.cmd\" C:\\a.xlsx\"")).containsExactly("C:\\a.xlsx");
  }
}
