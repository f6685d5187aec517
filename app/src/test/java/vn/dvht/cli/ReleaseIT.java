package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.ProcessRun;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a user gets it: unpacked into an empty folder (its name with a space and
 * Vietnamese letters), it evaluates a sample with nothing but a Java runtime on PATH — no Maven, no
 * source tree. With {@code -Prelease}, the image with its own runtime does so with nothing on PATH.
 */
class ReleaseIT {
  static final String VERSION_DIR = "dvht-" + vn.dvht.cli.Version.current();


  @Test
  void theZipHoldsWhatARunNeedsAndItsNotices() throws Exception {
    Path zip = Path.of(System.getProperty("dvht.zip", "target/" + VERSION_DIR + ".zip"));
    assertThat(zip).exists();
    List<String> names = new ArrayList<>();
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
        names.add(entry.getName());
        if (entry.getName().equals(VERSION_DIR + "/dvht")) {
          assertThat(entry.getUnixMode() & 0111).as("dvht is executable").isNotZero();
        }
        if (entry.getName().equals(VERSION_DIR + "/dvht.cmd")) {
          try (InputStream in = file.getInputStream(entry)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script.split("\n", -1)).as("CRLF on every line").allMatch(l -> l.isEmpty() || l.endsWith("\r"));
          }
        }
      }
    }
    assertThat(names).allMatch(n -> n.startsWith(VERSION_DIR + "/"));
    assertThat(names).contains(VERSION_DIR + "/lib/dvht.jar", VERSION_DIR + "/dvht", VERSION_DIR + "/dvht.cmd",
        VERSION_DIR + "/README.md", VERSION_DIR + "/THIRD-PARTY.md", VERSION_DIR + "/licenses/Apache-2.0.txt",
        VERSION_DIR + "/rulesets/tt24.yaml", VERSION_DIR + "/rulesets/plans/003-thpt-ly-nhan.yaml",
        VERSION_DIR + "/samples/003-thpt-ly-nhan.xlsx", VERSION_DIR + "/docs/rulesets.md",
        VERSION_DIR + "/licenses/poi/META-INF/NOTICE");
    assertThat(names).noneMatch(n -> n.contains("/app/") || n.endsWith("mvnw") || n.endsWith("pom.xml"));
    assertThat(names).contains(VERSION_DIR + "/mau-danh-gia.xlsx", VERSION_DIR + "/docs/huong-dan/README.md",
        VERSION_DIR + "/docs/huong-dan/2-ban-tong-hop.png");
    assertThat(names).contains(VERSION_DIR + "/LICENSE", VERSION_DIR + "/" + VERSION_DIR + "-sbom.cdx.json",
        VERSION_DIR + "/licenses/curvesapi/GPL-2.0-with-classpath-exception.txt");
    // Every library in the jar has its licence text in the release, those that ship none too.
    try (Stream<Path> dirs = Files.list(Path.of("target/third-party"))) {
      for (Path library : dirs.toList()) {
        String folder = VERSION_DIR + "/licenses/" + library.getFileName() + "/";
        assertThat(names).as(folder).anyMatch(n -> n.startsWith(folder) && n.matches(".*/LICEN[CS]E[^/]*$"));
      }
    }

    // THIRD-PARTY.md names every library in the jar, and no other.
    TreeSet<String> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| [\\w.-]+:([\\w.-]+) \\| ").matcher(Files.readString(Path.of("../THIRD-PARTY.md")));
    while (row.find()) {
      listed.add(row.group(1));
    }
    TreeSet<String> bundled = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(Path.of("target/third-party"))) {
      dirs.forEach(d -> bundled.add(d.getFileName().toString()));
    }
    assertThat(listed).isEqualTo(bundled);
  }

  @Test
  void theSumsAndTheSbomDescribeWhatShips() throws Exception {
    Path zip = Path.of(System.getProperty("dvht.zip", "target/" + VERSION_DIR + ".zip"));
    Path sbom = Path.of(System.getProperty("dvht.sbom", "target/" + VERSION_DIR + "-sbom.cdx.json"));
    Map<String, String> sums = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(zip.resolveSibling("SHA256SUMS"))) {
      assertThat(line).matches("[0-9a-f]{64}  [\\w.-]+");
      sums.put(line.substring(66), line.substring(0, 64));
    }
    assertThat(sums).containsKeys(zip.getFileName().toString(), sbom.getFileName().toString());
    for (Map.Entry<String, String> sum : sums.entrySet()) {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip.resolveSibling(sum.getKey())));
      assertThat(java.util.HexFormat.of().formatHex(digest)).as(sum.getKey()).isEqualTo(sum.getValue());
    }

    // The SBOM names dvht under Apache-2.0 and every library of THIRD-PARTY.md, at its version, with its licence.
    com.fasterxml.jackson.databind.JsonNode bom = new ObjectMapper().readTree(sbom.toFile());
    assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(bom.path("metadata").path("component").path("licenses").findValuesAsText("id")).containsExactly("Apache-2.0");
    TreeSet<String> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| ([\\w.-]+:[\\w.-]+) \\| ([\\w.-]+) \\| ").matcher(Files.readString(Path.of("../THIRD-PARTY.md")));
    while (row.find()) {
      listed.add(row.group(1) + ":" + row.group(2));
    }
    TreeSet<String> components = new TreeSet<>();
    for (com.fasterxml.jackson.databind.JsonNode component : bom.path("components")) {
      components.add(component.path("group").asText() + ":" + component.path("name").asText() + ":"
          + component.path("version").asText());
      assertThat(component.path("licenses").findValuesAsText("id")).as(component.path("name").asText())
          .isNotEmpty();
      assertThat(component.path("hashes").findValuesAsText("alg")).contains("SHA-256");
    }
    assertThat(components).isEqualTo(listed);
  }

  @Test
  void unpackedIntoAnEmptyFolderItEvaluatesWithOnlyJavaOnThePath(@TempDir Path dir) throws Exception {
    Path root = unpack(Path.of(System.getProperty("dvht.zip", "target/" + VERSION_DIR + ".zip")),
        dir.resolve("cài đặt"));
    Path javaOnly = Files.createDirectories(dir.resolve("chỉ java"));
    Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    Path out = dir.resolve("kết quả");

    ProcessRun run = launch(root, javaOnly.toString(), "evaluate", root.resolve("samples/003-thpt-ly-nhan.xlsx").toString(),
        "--ruleset", "tt24", "--json", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).path("units").path(0).path("level").asText()).isEqualTo("muc-2");
    assertThat(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("003-thpt-ly-nhan-bao-cao.docx")).isNotEmptyFile();

    ProcessRun check = launch(root, javaOnly.toString(), "ruleset", "check", root.resolve("rulesets").toString());
    assertThat(check.code()).as(check.err()).isZero();

    // With the usual tools on PATH too, the release keeps its class-data archive beside the jar.
    ProcessRun usual = launch(root, javaOnly + ":" + System.getenv("PATH"), "--version");
    assertThat(usual.out()).as(usual.code() + " " + usual.err()).startsWith("dvht ");
    assertThat(root.resolve("lib/dvht.jsa")).isNotEmptyFile();
  }

  @Test
  void withNoLocaleSetAVietnameseFolderAndFileNameWorkOrGetOneClearLine(@TempDir Path dir) throws Exception {
    Path root = unpack(Path.of(System.getProperty("dvht.zip", "target/" + VERSION_DIR + ".zip")), dir.resolve("cài đặt"));
    Path javaOnly = Files.createDirectories(dir.resolve("chỉ java"));
    Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    Path input = Files.copy(root.resolve("samples/003-thpt-ly-nhan.xlsx"), dir.resolve("Trường Lý Nhân.xlsx"));

    // cron, systemd, a container: no LANG, no LC_*; the launcher takes a UTF-8 locale for file names.
    ProcessRun run = launchWith(root, Map.of("PATH", javaOnly.toString()), "evaluate", input.toString(), "--json",
        "--no-files");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).path("units").path(0).path("level").asText()).isEqualTo("muc-2");
    ProcessRun posix = launchWith(root, Map.of("PATH", javaOnly + ":/usr/bin:/bin", "LC_ALL", "POSIX"), "evaluate",
        input.toString(), "--no-files");
    assertThat(posix.code()).as(posix.err()).isZero();
    assertThat(posix.out()).contains("Trường THPT Lý Nhân");

    // A machine with no UTF-8 locale at all: one line naming LANG=C.UTF-8, never an internal error.
    Path noUtf8 = Files.createDirectories(dir.resolve("no-utf8"));
    Path locale = Files.writeString(noUtf8.resolve("locale"), "#!/bin/sh\necho ANSI_X3.4-1968\n");
    locale.toFile().setExecutable(true);
    ProcessRun none = launchWith(root, Map.of("PATH", noUtf8 + ":" + javaOnly + ":/usr/bin:/bin"), "evaluate",
        input.toString(), "--no-files");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err().lines()).singleElement().asString().contains("LANG=C.UTF-8").doesNotContain("Lỗi nội bộ");
  }

  @Test
  void theImageRunsWithNothingOnThePathAndReadsWindows1258(@TempDir Path dir) throws Exception {
    Path image = Path.of(System.getProperty("dvht.image", "target/none"));
    Assumptions.assumeTrue(Files.exists(image), "built by ./mvnw -Prelease package only");
    Path root = unpack(image, dir.resolve("cài đặt"));
    for (String tool : List.of("bin/java", "lib/jspawnhelper")) {
      if (Files.exists(root.resolve("runtime").resolve(tool))) {
        root.resolve("runtime").resolve(tool).toFile().setExecutable(true);
      }
    }
    Path corpus = Path.of("src/test/resources/bad-input").toAbsolutePath();
    ProcessRun run = launch(root, dir.resolve("trống").toString(), "evaluate", corpus.resolve("cp1258.csv").toString(),
        "--unit", corpus.resolve("don-vi.csv").toString(), "--dry-run");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Windows-1258");

    long bytes;
    try (Stream<Path> files = Files.walk(root.resolve("runtime"))) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertThat(bytes).as("runtime size").isLessThan(80L * 1024 * 1024);

    // The image's modules: all that jdeps finds in the jar, and jdk.charsets.
    Process jdeps = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
        "--ignore-missing-deps", "--print-module-deps", "--multi-release", "17", root.resolve("lib/dvht.jar").toString())
        .redirectErrorStream(true).start();
    String needed = new String(jdeps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(jdeps.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String release = Files.readString(root.resolve("runtime/release"));
    for (String module : (needed + ",jdk.charsets").split(",")) {
      assertThat(release).as("runtime/release MODULES").containsPattern("MODULES=\"[^\"]*\\b" + Pattern.quote(module) + "\\b");
    }
  }

  /** Unzips {@code zip} into {@code into} (made empty) and returns the release's own folder. */
  private static Path unpack(Path zip, Path into) throws IOException {
    Files.createDirectories(into);
    try (Stream<Path> existing = Files.list(into)) {
      assertThat(existing).as("an empty folder").isEmpty();
    }
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
      }
    }
    return into.resolve(VERSION_DIR);
  }

  /** Runs the release's {@code dvht} with {@code path} as PATH, LANG=C.UTF-8 and no JAVA_HOME, in the release folder. */
  private static ProcessRun launch(Path root, String path, String... args) throws Exception {
    return launchWith(root, Map.of("PATH", path, "LANG", "C.UTF-8"), args);
  }

  /** Runs the release's {@code dvht} with only {@code vars} of the locale, PATH and JAVA_HOME, in the release folder. */
  private static ProcessRun launchWith(Path root, Map<String, String> vars, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", root.resolve("dvht").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeAll(List.of("JAVA_HOME", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG", "MAVEN_HOME", "M2_HOME"));
    env.putAll(vars);
    return ProcessRun.of(builder, 120);
  }
}
