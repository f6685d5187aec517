package vn.dvht.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's dossier in every format a clerk reads, from in-process runs into {@code out}: the console
 * of the default run, the summary workbook's text cells by sheet, the Word report as {@link DocxDump}
 * text, and the HTML and Markdown reports. {@code options} go to every run ({@code --ruleset},
 * {@code --date}, {@code --lang}, …).
 */
public record Dossier(CliRun run, Map<String, String> sheets, String word, String html, String markdown) {

  public static Dossier of(Path out, Path input, String... options) throws IOException {
    String stem = input.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
    CliRun run = evaluate(input, out.resolve("docx"), options, "docx");
    CliRun html = evaluate(input, out.resolve("html"), options, "html");
    CliRun md = evaluate(input, out.resolve("md"), options, "md");
    for (CliRun r : List.of(run, html, md)) {
      if (r.code() != 0) {
        throw new AssertionError("dvht exited " + r.code() + ": " + r.err());
      }
    }
    return new Dossier(run, sheets(XlsxDump.of(out.resolve("docx").resolve(stem + "-ket-qua.xlsx"))),
        DocxDump.of(out.resolve("docx").resolve(stem + "-bao-cao.docx")),
        Files.readString(out.resolve("html").resolve(stem + "-bao-cao.html")),
        Files.readString(out.resolve("md").resolve(stem + "-bao-cao.md")));
  }

  /** What the run printed. */
  public String console() {
    return run.out();
  }

  /** The text cells of one sheet, one a line: "A7 Căn cứ: …". */
  public String sheet(String name) {
    String text = sheets.get(name);
    if (text == null) {
      throw new AssertionError("no sheet \"" + name + "\" among " + sheets.keySet());
    }
    return text;
  }

  /** The outputs by name, for checks that hold for every one of them. */
  public Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("console", console());
    sheets.forEach((name, text) -> all.put("xlsx " + name, text));
    all.put("docx", word);
    all.put("html", html);
    all.put("md", markdown);
    return all;
  }

  private static CliRun evaluate(Path input, Path dir, String[] options, String report) {
    List<String> args = new ArrayList<>(List.of("evaluate", input.toString(), "--report", report, "--out",
        dir.toString(), "--overwrite"));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** {@link XlsxDump}'s lines grouped by sheet, the sheet name and cell type taken off. */
  private static Map<String, String> sheets(String dump) {
    Map<String, StringBuilder> sheets = new LinkedHashMap<>();
    for (String line : dump.split("\n")) {
      int bang = line.indexOf('!');
      String name = line.substring(0, bang);
      String rest = line.substring(bang + 1);
      StringBuilder text = sheets.computeIfAbsent(name, n -> new StringBuilder());
      if (rest.matches("[A-Z]+[0-9]+ s .*")) {
        text.append(rest.replaceFirst(" s ", " ")).append('\n');
      }
    }
    Map<String, String> result = new LinkedHashMap<>();
    sheets.forEach((name, text) -> result.put(name, text.toString()));
    return result;
  }
}
