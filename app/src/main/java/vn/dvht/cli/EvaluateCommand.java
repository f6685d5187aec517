package vn.dvht.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.input.ReadOptions;
import vn.dvht.model.Level;
import vn.dvht.report.Assessment;
import vn.dvht.report.ReportFormat;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/** {@code dvht evaluate}: reads a unit, evaluates it, prints the verdict and writes the summary files. */
@Command(
    name = "evaluate",
    header = "Đánh giá một đơn vị: mức độ đạt, từng chỉ tiêu, bảng tổng hợp XLSX và báo cáo.",
    synopsisHeading = "Cách dùng: ",
    descriptionHeading = "%n",
    description = {
      "Đánh giá một đơn vị từ tệp danh sách thành viên (XLSX, XLS hoặc CSV). Thông tin đơn vị lấy từ trang"
          + " tính \"Đơn vị\" của cùng tệp, hoặc từ --unit. Ghi <tên tệp>-ket-qua.xlsx và <tên tệp>-bao-cao.docx"
          + " vào thư mục của tệp đầu vào (hoặc --out)."
    },
    parameterListHeading = "%nTham số:%n",
    optionListHeading = "%nTùy chọn:%n")
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand DvhtCommand parent;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TỆP",
      description = "Danh sách thành viên (.xlsx, .xls, .csv); nhiều tệp, thư mục hoặc mẫu như *.xlsx thì đánh giá"
          + " cả loạt và ghi thêm bản tổng hợp các đơn vị.")
  List<String> inputs;

  /** The members file in single-unit mode. */
  Path membersFile;

  @Option(names = {"-q", "--quiet"}, description = "Không hiện thanh tiến độ khi đánh giá cả loạt.")
  boolean quiet;

  @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|TỆP",
      description = "Bộ tiêu chí: mã tích hợp (tt24, tt22) hoặc tệp .yaml/.json. Mặc định: theo năm đánh giá"
          + " (đến 2023: tt22; từ 2024: tt24).")
  String ruleset;

  @Option(names = "--targets", paramLabel = "TỆP",
      description = "Bộ chỉ tiêu kế hoạch của đơn vị (mở rộng bộ tiêu chí, có mục plan:), báo cáo bên cạnh kết quả"
          + " công nhận; vd. rulesets/plans/003-thpt-ly-nhan.yaml.")
  String targets;

  @Option(names = "--year", paramLabel = "NĂM",
      description = "Năm đánh giá (mặc định: dòng \"Năm đánh giá\" của trang Đơn vị, nếu không có thì năm nay).")
  Integer year;

  @Option(names = "--unit", paramLabel = "TỆP",
      description = "Tệp thông tin đơn vị (CSV hoặc XLSX: Mục | Giá trị | Minh chứng).")
  Path unitFile;

  @Option(names = {"-o", "--out"}, paramLabel = "THƯ-MỤC", description = "Thư mục ghi kết quả.")
  Path outDir;

  @Option(names = "--overwrite", description = "Cho phép ghi đè tệp kết quả đã có.")
  boolean overwrite;

  @Option(names = "--no-files", description = "Chỉ in kết quả, không ghi tệp.")
  boolean noFiles;

  @Option(names = "--json", description = "In kết quả dạng JSON ra stdout (và không in gì khác ở đó).")
  boolean json;

  @Option(names = "--report", paramLabel = "ĐỊNH-DẠNG", defaultValue = "docx",
      description = "Định dạng báo cáo: docx, html, md hoặc json. Mặc định: ${DEFAULT-VALUE}.")
  String report;

  @Option(names = "--fail-below", paramLabel = "MỨC",
      description = "Thoát với mã 4 nếu đơn vị không đạt mức này (vd. muc-1, 2).")
  String failBelow;

  @Option(names = "--dry-run", description = "Chỉ cho biết tệp được hiểu thế nào (trang tính, dòng tiêu đề, cột,"
      + " mã ký tự, số người, vài dòng đầu); không đánh giá, không ghi tệp.")
  boolean dryRun;

  @Option(names = "--sheet", paramLabel = "TÊN", description = "Trang tính chứa danh sách thành viên.")
  String sheet;

  @Option(names = "--map", paramLabel = "CỘT=CỘT-TỆP",
      description = "Chỉ định cột bằng tay, vd. --map \"Kỷ luật lao động=F\" (chữ cái cột hoặc tiêu đề trong tệp).")
  Map<String, String> columnMap = new LinkedHashMap<>();

  @Option(names = "--encoding", paramLabel = "MÃ", description = "Mã ký tự của tệp CSV (UTF-8, UTF-16, windows-1258).")
  Charset encoding;

  @Option(names = "--delimiter", paramLabel = "KÝ-TỰ", description = "Dấu phân cách của tệp CSV: , ; hoặc tab.")
  String delimiter;

  @Option(names = "--password", paramLabel = "MẬT-KHẨU", description = "Mật khẩu mở tệp Excel.", arity = "0..1",
      interactive = true)
  char[] password;

  @Option(names = "--allow-large", description = "Cho mở tệp Excel rất lớn hoặc nén bất thường (tắt bảo vệ zip bomb).")
  boolean allowLarge;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày ghi trên báo cáo (mặc định: hôm nay).")
  LocalDate reportDate;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện trợ giúp này.")
  boolean help;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<ReportFormat> reportFormat = ReportFormats.parse(report);
    if (reportFormat.isEmpty()) {
      err.println(Messages.get("cli.unknownReport", report, ReportFormats.NAMES));
      return ExitCode.USAGE.code();
    }
    List<Path> files = Inputs.expand(inputs);
    if (files.isEmpty()) {
      err.println(Messages.get("cli.noInputs", String.join(" ", inputs)));
      return ExitCode.USAGE.code();
    }
    LocalDate today = reportDate != null ? reportDate : LocalDate.now(parent.clock);
    Assessor assessor = new Assessor(Optional.ofNullable(ruleset), Optional.ofNullable(targets),
        Optional.ofNullable(year), readOptions(), today);
    boolean batch = files.size() > 1 || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i)) || Inputs.isGlob(i));
    if (batch) {
      return new Batch(this, assessor, reportFormat.get()).run(files);
    }
    membersFile = files.get(0);
    return single(assessor, reportFormat.get());
  }

  private int single(Assessor assessor, ReportFormat reportFormat) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Assessment assessment;
    try {
      Assessor.Read read = assessor.read(membersFile, Optional.ofNullable(unitFile));
      if (dryRun) {
        out.print(DryRun.text(read.unit(), read.rules(), read.tally()));
        return ExitCode.OK.code();
      }
      assessment = assessor.assess(read);
    } catch (RulesetException e) {
      err.print(new DiagnosticFormatter(e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    } catch (DiagnosticException e) {
      err.print(DiagnosticFormatter.withoutSources().formatAll(e.diagnostics()));
      err.println(Messages.get("cli.inputInvalid", e.diagnostics().size()));
      return ExitCode.INVALID.code();
    } catch (Assessor.UsageException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE.code();
    }
    Optional<Level> required = Optional.empty();
    if (failBelow != null) {
      required = Levels.parse(assessment.result().ruleset(), failBelow);
      if (required.isEmpty()) {
        err.println(Messages.get("cli.unknownLevel", failBelow, Levels.describe(assessment.result().ruleset())));
        return ExitCode.USAGE.code();
      }
    }
    OutputFiles files = new OutputFiles(overwrite);
    List<Path> outputs = plannedOutputs(reportFormat);
    String conflict = files.conflict(outputs, inputs());
    if (!conflict.isEmpty()) {
      err.println(Messages.get("cli.outputExists", conflict));
      return ExitCode.USAGE.code();
    }
    out.print(render(json ? ReportFormat.JSON : ReportFormat.TEXT, assessment));
    if (!noFiles) {
      files.write(outputs.get(0), o -> ReportFormat.XLSX.renderer().render(assessment, o));
      files.write(outputs.get(1), o -> reportFormat.renderer().render(assessment, o));
      if (!json) {
        outputs.forEach(p -> out.println(Messages.get("cli.wrote", p)));
      }
    }
    out.flush();
    if (required.isPresent() && !assessment.result().reachedAtLeast(required.get())) {
      return ExitCode.BELOW_LEVEL.code();
    }
    return ExitCode.OK.code();
  }


  private ReadOptions readOptions() {
    Optional<Character> separator = Optional.ofNullable(delimiter)
        .map(d -> d.equalsIgnoreCase("tab") || d.equals("\\t") ? '\t' : d.charAt(0));
    return new ReadOptions(Optional.ofNullable(sheet), Optional.ofNullable(encoding), separator,
        Optional.ofNullable(password).map(String::new), columnMap, allowLarge);
  }

  private List<Path> plannedOutputs(ReportFormat reportFormat) {
    if (noFiles) {
      return List.of();
    }
    Path dir = outDir != null ? outDir : Optional.ofNullable(membersFile.getParent()).orElse(Path.of(""));
    String stem = membersFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    return List.of(dir.resolve(stem + "-ket-qua." + ReportFormat.XLSX.extension()),
        dir.resolve(stem + "-bao-cao." + reportFormat.extension()));
  }

  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(List.of(membersFile));
    if (unitFile != null) {
      inputs.add(unitFile);
    }
    Assessor.siblingUnitFile(membersFile).ifPresent(inputs::add);
    if (ruleset != null && !RulesetLoader.isBuiltin(ruleset)) {
      inputs.add(Path.of(ruleset));
    }
    if (targets != null && !RulesetLoader.isBuiltin(targets)) {
      inputs.add(Path.of(targets));
    }
    return inputs;
  }

  private static String render(ReportFormat format, Assessment assessment) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    format.renderer().render(assessment, buffer);
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
