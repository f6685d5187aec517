package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of valid workbooks and CSV files — truncations, bit flips, swapped and duplicated
 * zip entries, forged sizes in the central directory, stray quotes and bytes — each evaluated by
 * dvht in a JVM with a 256 MB heap. Every case must end with exit 0 or 3, a message and no stack
 * trace, within a few seconds: damage is reported, never crashes, hangs or exhausts memory.
 */
class MutationTest {
  static final long SEED = 12;
  static final int CASES_PER_BASE = 70;
  static final int HEAP_MB = 256;
  static final long CASE_MILLIS = 10_000;
  static final int FORM_CASES = 110;
  private static final Path CORPUS = BadInputCorpusTest.DIR;
  /** What must never reach a clerk: a stack trace, dvht's internal error, or a library's own words. */
  private static final List<String> LIBRARY_TEXT = List.of("Exception", "\tat ", "java.", "Lỗi nội bộ", "hết bộ nhớ",
      "ParseError", "For input string", "radix", "code point", "Invalid character", "encapsulated", "ZLIB", "invalid code");

  @TempDir Path dir;

  @Test
  void everyMutationIsReportedOrReadWithinBoundedTimeAndHeap() throws Exception {
    Files.copy(CORPUS.resolve("don-vi.csv"), dir.resolve("don-vi.csv"));
    List<String> cases = new ArrayList<>();
    Random random = new Random(SEED);
    for (String base : List.of("ok-baseline.xlsx", "strict-open-xml.xlsx", "tt22-bare-one-among-scores.xlsx")) {
      byte[] bytes = Files.readAllBytes(CORPUS.resolve(base));
      String ruleset = base.startsWith("tt22") ? "tt22" : "tt24";
      for (int i = 0; i < CASES_PER_BASE; i++) {
        String name = "m" + cases.size() + "-" + base;
        Files.write(dir.resolve(name), mutateZip(bytes, random, i));
        cases.add(name + "\t--no-files\t--ruleset\t" + ruleset);
      }
    }
    for (String base : List.of("python-all.csv", "semicolon.csv")) {
      byte[] bytes = Files.readAllBytes(CORPUS.resolve(base));
      for (int i = 0; i < CASES_PER_BASE; i++) {
        String name = "m" + cases.size() + "-" + base;
        Files.write(dir.resolve(name), mutateText(bytes, random, i));
        cases.add(name + "\t--no-files\t--ruleset\ttt24\t--unit\t{dir}/don-vi.csv");
      }
    }
    List<String> report = run(cases);
    assertThat(report).hasSize(cases.size()).hasSizeGreaterThanOrEqualTo(300);
    List<String> bad = new ArrayList<>();
    int exitZero = 0;
    for (String line : report) {
      String[] f = line.split("\t", 4);
      exitZero += Integer.parseInt(f[1]) == 0 ? 1 : 0;
      if (!clean(f)) {
        bad.add(line.length() > 600 ? line.substring(0, 600) : line);
      }
    }
    assertThat(bad).as("cases not ending in a clean exit 0 or 3 within %d ms", CASE_MILLIS).isEmpty();
    assertThat(exitZero).as("some mutations are harmless (entry order, bytes after the data)").isPositive();
  }

  /**
   * Seeded mutations of the example province form (and of its letter): each case evaluates a sample
   * with a ruleset naming the mutated form, writing the dossier, in a 256 MB heap. Every case ends in
   * exit 0 with a Word report whose every XML part is well formed, or exit 3 with a positioned
   * diagnostic and no dossier — never an internal error, a hang, or memory run out.
   */
  @Test
  void everyMutatedProvinceFormIsFilledOrRefusedWithinBoundedTimeAndHeap() throws Exception {
    Path forms = Path.of("..", "rulesets", "provinces");
    byte[] report = Files.readAllBytes(forms.resolve("mau-so-4.docx"));
    byte[] letter = Files.readAllBytes(forms.resolve("mau-so-5.docx"));
    Files.copy(Path.of("..", "samples", "003-thpt-ly-nhan.xlsx"), dir.resolve("thpt.xlsx"));
    Files.copy(Path.of("..", "samples", "001-mn-hoa-sen.xlsx"), dir.resolve("mn.xlsx"));
    Random random = new Random(SEED);
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < FORM_CASES; i++) {
      boolean mutateLetter = i % 4 == 3;
      Files.write(dir.resolve("bao-cao-" + i + ".docx"), mutateLetter ? report : FormMutator.mutate(report, random, i));
      Files.write(dir.resolve("to-trinh-" + i + ".docx"), mutateLetter ? FormMutator.mutate(letter, random, i) : letter);
      Files.writeString(dir.resolve("tinh-" + i + ".yaml"), "schema: 1\nextends: tt24\nid: tinh\ntitle: Tỉnh\n"
          + "report:\n  template: bao-cao-" + i + ".docx\n  letter: to-trinh-" + i + ".docx\n");
      cases.add((i % 5 == 4 ? "mn.xlsx" : "thpt.xlsx") + "\t--ruleset\t{dir}/tinh-" + i + ".yaml\t--out\t{dir}/out-" + i
          + "\t--date\t2026-01-10\t--quiet");
    }
    List<String> report2 = run(cases);
    assertThat(report2).hasSize(cases.size());
    List<String> bad = new ArrayList<>();
    int filled = 0;
    for (int i = 0; i < report2.size(); i++) {
      String[] f = report2.get(i).split("\t", 4);
      Path out = dir.resolve("out-" + i);
      boolean ok = clean(f) && (Integer.parseInt(f[1]) == 0 ? wellFormedReport(out) : !Files.exists(out)
          && f.length > 3 && f[3].matches("(?s).*lỗi\\[R0(25|26|4[0-3])\\].*"));
      filled += Integer.parseInt(f[1]) == 0 ? 1 : 0;
      if (!ok) {
        bad.add("case " + i + ": " + (report2.get(i).length() > 600 ? report2.get(i).substring(0, 600) : report2.get(i)));
      }
    }
    assertThat(bad).as("form cases not ending in a filled report or a positioned diagnostic").isEmpty();
    assertThat(filled).as("some mutations are harmless (runs split, rows duplicated)").isPositive();
    assertThat(filled).as("and some are refused").isLessThan(FORM_CASES);
  }

  /** Exit 0 or 3 within the time, a diagnostic on failure, no library text. */
  private static boolean clean(String[] f) {
    int code = Integer.parseInt(f[1]);
    long millis = Long.parseLong(f[2]);
    String output = f.length > 3 ? f[3] : "";
    return (code == 0 || code == 3) && millis < CASE_MILLIS && (code == 0 || output.contains("lỗi["))
        && LIBRARY_TEXT.stream().noneMatch(output::contains);
  }

  /** The filled report of a case: there, and every XML part of it well formed. */
  private static boolean wellFormedReport(Path out) {
    try (java.util.stream.Stream<Path> files = Files.list(out)) {
      Path docx = files.filter(p -> p.toString().endsWith("-bao-cao.docx")).findFirst().orElseThrow();
      javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
          }
        }
      }
      try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
          Files.newInputStream(docx))) {
        return !doc.getParagraphs().isEmpty() || !doc.getTables().isEmpty();
      }
    } catch (Exception e) {
      return false;
    }
  }

  /** Runs the cases in a JVM with a small heap; returns the runner's report, a line per case. */
  private List<String> run(List<String> cases) throws Exception {
    Files.write(dir.resolve("cases.tsv"), cases, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), MutationRunner.class.getName(), dir.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    boolean finished = child.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      child.destroyForcibly();
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertThat(finished).as("all %d cases within two minutes", cases.size()).isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
    assertThat(seconds).as("the whole run").isLessThan(110);

    List<String> report = Files.readAllLines(dir.resolve("report.tsv"), StandardCharsets.UTF_8);
    if (System.getProperty("dvht.mutationReport") != null) {
      Files.write(Path.of(System.getProperty("dvht.mutationReport")), report, StandardCharsets.UTF_8);
    }
    return report;
  }

  /** One of the zip mutations, chosen by the case number so that every kind is tried. */
  static byte[] mutateZip(byte[] zip, Random random, int i) throws IOException {
    return switch (i % 7) {
      case 0 -> Arrays.copyOf(zip, 1 + random.nextInt(zip.length - 1));
      case 1 -> flipBits(zip, random, 1 + random.nextInt(3));
      case 2 -> flipBits(zip, random, 8 + random.nextInt(64));
      case 3 -> rewrite(zip, random, false);
      case 4 -> rewrite(zip, random, true);
      case 5 -> forgeSizes(zip, random);
      default -> flipBitsIn(zip, random, centralDirectory(zip));
    };
  }

  /** One of the text mutations: truncation, bit flips, a stray quote, a duplicated line, noise bytes. */
  static byte[] mutateText(byte[] text, Random random, int i) {
    byte[] copy = text.clone();
    return switch (i % 5) {
      case 0 -> Arrays.copyOf(text, 1 + random.nextInt(text.length - 1));
      case 1 -> flipBits(text, random, 1 + random.nextInt(8));
      case 2 -> insert(text, random.nextInt(text.length), new byte[] {'"'});
      case 3 -> {
        String s = new String(text, StandardCharsets.UTF_8);
        int line = s.indexOf('\n', random.nextInt(s.length()));
        int next = line < 0 ? -1 : s.indexOf('\n', line + 1);
        yield next < 0 ? copy : (s.substring(0, next + 1) + s.substring(line + 1, next + 1) + s.substring(next + 1))
            .getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        yield insert(text, random.nextInt(text.length), noise);
      }
    };
  }

  private static byte[] flipBits(byte[] bytes, Random random, int flips) {
    return flipBitsIn(bytes, random, new int[] {0, bytes.length});
  }

  private static byte[] flipBitsIn(byte[] bytes, Random random, int[] range) {
    byte[] copy = bytes.clone();
    int flips = 1 + random.nextInt(4);
    for (int f = 0; f < flips && range[1] > range[0]; f++) {
      int at = range[0] + random.nextInt(range[1] - range[0]);
      copy[at] ^= (byte) (1 << random.nextInt(8));
    }
    return copy;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] extra) {
    byte[] out = new byte[bytes.length + extra.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(extra, 0, out, at, extra.length);
    System.arraycopy(bytes, at, out, at + extra.length, bytes.length - at);
    return out;
  }

  /** The same entries in another order, or with one of them written twice (the second copy changed). */
  private static byte[] rewrite(byte[] zip, Random random, boolean duplicate) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    List<String> names = new ArrayList<>(entries.keySet());
    java.util.Collections.shuffle(names, random);
    String twice = names.get(random.nextInt(names.size()));
    String stand = "#".repeat(twice.length());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream copy = new ZipOutputStream(out)) {
      for (String name : names) {
        copy.putNextEntry(new ZipEntry(name));
        copy.write(entries.get(name));
        copy.closeEntry();
        if (duplicate && name.equals(twice)) {
          copy.putNextEntry(new ZipEntry(stand));
          byte[] changed = entries.get(name).clone();
          copy.write(flipBits(changed, random, 2));
          copy.closeEntry();
        }
      }
    }
    byte[] bytes = out.toByteArray();
    if (duplicate) {
      replaceAll(bytes, stand.getBytes(StandardCharsets.US_ASCII), twice.getBytes(StandardCharsets.US_ASCII));
    }
    return bytes;
  }

  /** Random sizes written over one entry's compressed and uncompressed sizes in the central directory. */
  private static byte[] forgeSizes(byte[] zip, Random random) {
    byte[] copy = zip.clone();
    List<Integer> headers = new ArrayList<>();
    for (int i = 0; i + 46 <= zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
        headers.add(i);
      }
    }
    int at = headers.get(random.nextInt(headers.size()));
    for (int field = 20; field < 28; field += 4) {
      int value = random.nextBoolean() ? random.nextInt() : random.nextInt(64);
      for (int b = 0; b < 4; b++) {
        copy[at + field + b] = (byte) (value >>> (8 * b));
      }
    }
    return copy;
  }

  /** Where the central directory starts and ends (the end record included). */
  private static int[] centralDirectory(byte[] zip) {
    for (int i = 0; i + 4 <= zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
        return new int[] {i, zip.length};
      }
    }
    return new int[] {0, zip.length};
  }

  private static void replaceAll(byte[] bytes, byte[] from, byte[] to) {
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + from.length), from)) {
        System.arraycopy(to, 0, bytes, i, to.length);
      }
    }
  }
}
