package vn.dvht.cli;

import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code dvht} command: help, version, and the subcommands. */
@Command(
    name = "dvht",
    versionProvider = Version.class,
    subcommands = {EvaluateCommand.class, TemplateCommand.class, DiffCommand.class, RulesetCommand.class},
    synopsisHeading = "Cách dùng: ",
    descriptionHeading = "%n",
    description = {
      "Đánh giá \"Đơn vị học tập\" từ danh sách thành viên (XLSX/CSV) theo bộ tiêu chí của Thông tư"
          + " 24/2023/TT-BGDĐT (hoặc bộ tiêu chí riêng), ghi bảng tổng hợp XLSX và báo cáo.",
      "Learning Unit self-assessment evaluator (Vietnam, Circular 24/2023/TT-BGDĐT)."
    },
    optionListHeading = "%nTùy chọn:%n",
    commandListHeading = "%nLệnh:%n",
    footerHeading = "%n",
    footer = {"Ví dụ: dvht evaluate danh-sach.xlsx --ruleset tt24"},
    exitCodeListHeading = "%nMã thoát:%n",
    exitCodeList = {
      "0:đã đánh giá xong",
      "1:lỗi nội bộ của dvht",
      "2:sai cú pháp lệnh, hoặc tệp kết quả đã có (dùng --overwrite)",
      "3:bộ tiêu chí hoặc tệp đầu vào không hợp lệ",
      "4:đơn vị chưa đạt mức yêu cầu bởi --fail-below"
    })
final class DvhtCommand implements Runnable {
  final Clock clock;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện trợ giúp này.")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Hiện phiên bản.")
  boolean version;

  @Option(names = LanguageOption.NAME, paramLabel = "vi|en", scope = ScopeType.INHERIT,
      description = "Ngôn ngữ của thông báo và báo cáo: vi (mặc định) hoặc en (English).")
  String language;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  DvhtCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
