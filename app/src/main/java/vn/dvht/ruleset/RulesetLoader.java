package vn.dvht.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.FileAccess;
import vn.dvht.diag.Message;
import vn.dvht.diag.Sha256;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Ruleset;

/**
 * Loads a ruleset from a built-in id or a YAML/JSON file into a validated {@link Ruleset}.
 * Every problem is collected first and reported together in one {@link RulesetException}:
 *
 * <pre>{@code
 * LoadedRuleset tt24 = new RulesetLoader().resolve("tt24");
 * LoadedRuleset mine = new RulesetLoader().resolve("rulesets/plans/ly-nhan.yaml");
 * }</pre>
 *
 * <p>A ruleset is data only: loading never reads any file other than the one named, the rulesets it
 * {@code extends} and the report template it names.
 */
public final class RulesetLoader {
  /** Built-in rulesets shipped inside the jar (and in {@code rulesets/} of the repository). */
  public static final List<String> BUILTIN = List.of("tt24", "tt22");

  static final long MAX_BYTES = 2L * 1024 * 1024;
  private static final Pattern YAML_SCHEMA_KEY = Pattern.compile("(?m)^[\"']?schema[\"']?[ \\t]*:");
  private static final Pattern JSON_SCHEMA_KEY = Pattern.compile("\"schema\"\\s*:");
  private static final String RESOURCE_DIR = "/vn/dvht/rulesets/";

  /** Every file this loader opened or tried to: rulesets, the rulesets they extend, their forms. */
  private final List<Path> read = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * The built-in ruleset of the circular that governs an assessment year (≤ 2023: tt22, ≥ 2024:
   * tt24), or the newest one when none does.
   */
  public LoadedRuleset forYear(int year) throws RulesetException {
    LoadedRuleset newest = null;
    for (String id : BUILTIN) {
      LoadedRuleset loaded = loadBuiltin(id);
      if (loaded.ruleset().info().governs(year)) {
        return loaded;
      }
      if (newest == null || loaded.ruleset().info().effectiveFrom().isAfter(newest.ruleset().info().effectiveFrom())) {
        newest = loaded;
      }
    }
    return newest;
  }

  /**
   * The files this loader has read or tried to read — the rulesets named, the rulesets they extend, their
   * report and letter forms; never a built-in — so that no output of the run replaces one of them.
   */
  public List<Path> filesRead() {
    return List.copyOf(read);
  }

  /** Whether {@code idOrPath} names a built-in ruleset (ids ignore case) rather than a file. */
  public static boolean isBuiltin(String idOrPath) {
    return BUILTIN.contains(idOrPath.toLowerCase(Locale.ROOT));
  }

  /** A built-in id such as {@code tt24}, or a path to a {@code .yaml}, {@code .yml} or {@code .json} file. */
  public LoadedRuleset resolve(String idOrPath) throws RulesetException {
    if (isBuiltin(idOrPath)) {
      return loadBuiltin(idOrPath.toLowerCase(Locale.ROOT));
    }
    try {
      return load(Path.of(idOrPath));
    } catch (InvalidPathException e) {
      throw single(idOrPath, Message.of("ruleset.notFound", String.join(", ", BUILTIN)));
    }
  }

  /** One of {@link #BUILTIN}, read from the jar; any other id is reported, never looked up. */
  public LoadedRuleset loadBuiltin(String id) throws RulesetException {
    String name = "rulesets/" + id + ".yaml";
    if (!BUILTIN.contains(id)) {
      throw single(id, Message.of("ruleset.noBuiltin", id, String.join(", ", BUILTIN)));
    }
    try (InputStream in = RulesetLoader.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
      if (in == null) {
        throw single(name, Message.of("ruleset.noBuiltin", id, String.join(", ", BUILTIN)));
      }
      return parse(name, in.readAllBytes(), false, Optional.empty());
    } catch (IOException e) {
      throw single(name, Message.of("ruleset.unreadable", e.getMessage()));
    }
  }

  /**
   * A YAML file, or JSON when its name ends in {@code .json}: a regular file of at most
   * {@link #MAX_BYTES} (a FIFO, device or directory is refused before anything is read).
   */
  public LoadedRuleset load(Path file) throws RulesetException {
    String name = file.toString();
    byte[] bytes;
    read.add(file);
    try {
      bytes = FileAccess.read(file, MAX_BYTES);
    } catch (FileAccess.Refused e) {
      throw single(name, e.missing() ? Message.of("ruleset.notFound", String.join(", ", BUILTIN))
          : Message.of("ruleset.unusable", e.reason()));
    }
    return parse(name, bytes, isJson(name), Optional.of(directoryOf(file)));
  }

  /**
   * Parses ruleset bytes; {@code name} is how positions name the file. A ruleset may {@code extends}
   * a built-in id only: parsed bytes have no directory to find a file in.
   */
  public LoadedRuleset parse(String name, byte[] bytes, boolean json) throws RulesetException {
    return parse(name, bytes, json, Optional.empty());
  }

  /**
   * Parses one file and the chain of rulesets it extends (a built-in id, or a path relative to the
   * file's directory); the stamp's SHA-256 covers every file of the chain. Nothing else is read.
   */
  private LoadedRuleset parse(String name, byte[] bytes, boolean json, Optional<Path> dir) throws RulesetException {
    Diagnostics diagnostics = new Diagnostics();
    Chain chain = new Chain();
    Optional<Node> root = tree(name, bytes, json, dir, diagnostics, chain);
    Optional<Ruleset> ruleset = root.flatMap(r -> new RulesetReader(diagnostics,
        (from, named, limit, kind) -> named(chain.dirs.getOrDefault(from, Optional.empty()), named, limit, kind,
            read)).read(r));
    if (ruleset.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error("R001", new SourcePosition.InText(name, 1, 1), Message.of("ruleset.unusableDocument"));
    }
    if (ruleset.isEmpty() || diagnostics.hasErrors()) {
      throw new RulesetException(inReadingOrder(diagnostics.errors(), chain.names()), chain.lines);
    }
    List<Diagnostic> warnings = diagnostics.warnings();
    // The template shapes the report as much as the rules do: its bytes are part of the stamp.
    byte[] stamped = chain.bytes();
    if (ruleset.get().report() instanceof ReportLayout.Template t) {
      stamped = concat(concat(stamped, t.docx()), t.letterForm().docx());
    }
    for (ReportLayout.Form form : ruleset.get().report().office().forms().values()) {
      stamped = concat(stamped, form.docx());
    }
    return new LoadedRuleset(ruleset.get(), name, Sha256.of(stamped), inReadingOrder(warnings, chain.names()),
        warnings.isEmpty() ? Map.of() : chain.lines);
  }

  /** The files of an {@code extends} chain as they are read: their lines, for carets, and their bytes. */
  private static final class Chain {
    final Map<String, List<String>> lines = new LinkedHashMap<>();
    /** The folder of each file, where the files it names ({@code report.template}) are found. */
    final Map<String, Optional<Path>> dirs = new LinkedHashMap<>();
    private final List<byte[]> contents = new ArrayList<>();

    List<String> names() {
      return List.copyOf(lines.keySet());
    }

    byte[] bytes() {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      contents.forEach(all::writeBytes);
      return all.toByteArray();
    }
  }

  private Optional<Node> tree(String name, byte[] bytes, boolean json, Optional<Path> dir, Diagnostics diagnostics,
      Chain chain) throws RulesetException {
    if (bytes.length > MAX_BYTES) {
      throw single(name, Message.of("ruleset.tooLarge", MAX_BYTES / 1024 / 1024));
    }
    String text = new Utf8Text(name).decode(bytes);
    chain.lines.put(name, text.lines().toList());
    chain.dirs.put(name, dir);
    chain.contents.add(bytes);
    Optional<Node> root = new TreeReader(name, diagnostics).read(text, json);
    if (root.isEmpty() || !(root.get() instanceof Node.MapNode map) || !map.entries().containsKey("extends")) {
      return root;
    }
    Node.Entry extendsEntry = map.entries().get("extends");
    if (!(extendsEntry.value() instanceof Node.Scalar ref) || ref.text().isBlank()) {
      diagnostics.error("R005", extendsEntry.value().position(), Message.of("ruleset.extendsText"));
      return Optional.of(withoutExtends(map));
    }
    Optional<Parent> parent = parent(ref, dir, diagnostics);
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    if (chain.lines.containsKey(parent.get().name())) {
      diagnostics.error("R022", ref.position(), Message.of("ruleset.extendsCycle",
          String.join(" → ", chain.names()) + " → " + parent.get().name()));
      return Optional.empty();
    }
    Optional<Node> base = tree(parent.get().name(), parent.get().bytes(), parent.get().json(), parent.get().dir(),
        diagnostics, chain);
    if (base.isPresent() && base.get() instanceof Node.MapNode baseMap) {
      return Optional.of(Merger.extend(baseMap, map));
    }
    if (base.isPresent()) {
      diagnostics.error("R023", ref.position(), Message.of("ruleset.extendsNotMap", ref.text().strip()));
    }
    return Optional.empty();
  }

  /**
   * A file a ruleset names (its report template or letter), relative to the ruleset file's folder: a regular file
   * of at most {@code limit} bytes, read as {@code extends} reads one.
   */
  private static byte[] named(Optional<Path> dir, String name, long limit, FormKind kind, List<Path> read)
      throws ReportReader.Unreadable {
    if (dir.isEmpty()) {
      throw new ReportReader.Unreadable(kind.message("NoDir", name));
    }
    try {
      Path file = dir.get().resolve(name).normalize();
      read.add(file);
      return FileAccess.read(file, limit);
    } catch (InvalidPathException e) {
      throw new ReportReader.Unreadable(kind.message("Missing", name));
    } catch (FileAccess.Refused e) {
      throw new ReportReader.Unreadable(e.missing() ? kind.message("Missing", name)
          : kind.message("Refused", name, e.reason()));
    }
  }

  /** The document without its {@code extends} key, so that a wrong value is not reported again as an unknown key. */
  private static Node.MapNode withoutExtends(Node.MapNode map) {
    Map<String, Node.Entry> entries = new LinkedHashMap<>(map.entries());
    entries.remove("extends");
    return new Node.MapNode(map.position(), entries);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static Path directoryOf(Path file) {
    return file.getParent() == null ? Path.of("") : file.getParent();
  }

  /** A ruleset named by {@code extends}, read. */
  private record Parent(String name, byte[] bytes, boolean json, Optional<Path> dir) {}

  /**
   * The ruleset {@code extends} names: a built-in id, or a regular .yaml, .yml or .json file no larger
   * than {@link #MAX_BYTES} that has a top-level {@code schema:} key. Anything else is refused at the
   * {@code extends} value, and nothing of the refused file (not even a line for a caret) is shown.
   */
  private Optional<Parent> parent(Node.Scalar ref, Optional<Path> dir, Diagnostics diagnostics) {
    String id = ref.text().strip();
    String lower = id.toLowerCase(Locale.ROOT);
    if (isBuiltin(id)) {
      try (InputStream in = RulesetLoader.class.getResourceAsStream(RESOURCE_DIR + lower + ".yaml")) {
        return Optional.of(new Parent("rulesets/" + lower + ".yaml", in.readAllBytes(), false, Optional.empty()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
      diagnostics.error("R023", ref.position(), Message.of("ruleset.extendsKind", String.join(", ", BUILTIN)));
      return Optional.empty();
    }
    if (dir.isEmpty()) {
      diagnostics.error("R022", ref.position(), Message.of("ruleset.extendsNoDir", id, String.join(", ", BUILTIN)));
      return Optional.empty();
    }
    byte[] bytes;
    Path file;
    try {
      file = dir.get().resolve(id).normalize();
      read.add(file);
      bytes = FileAccess.read(file, MAX_BYTES);
    } catch (InvalidPathException e) {
      diagnostics.error("R022", ref.position(), Message.of("ruleset.extendsMissing", id, String.join(", ", BUILTIN)));
      return Optional.empty();
    } catch (FileAccess.Refused e) {
      diagnostics.error("R022", ref.position(), e.missing()
          ? Message.of("ruleset.extendsMissing", id, String.join(", ", BUILTIN))
          : Message.of("ruleset.extendsRefused", id, e.reason()));
      return Optional.empty();
    }
    boolean json = isJson(lower);
    if (!looksLikeRuleset(bytes, json)) {
      diagnostics.error("R023", ref.position(), Message.of("ruleset.extendsNotRuleset", id));
      return Optional.empty();
    }
    return Optional.of(new Parent(file.toString(), bytes, json, Optional.of(directoryOf(file))));
  }

  /** Whether bytes have a top-level {@code schema} key, as every ruleset must: checked before they are parsed or shown. */
  static boolean looksLikeRuleset(byte[] bytes, boolean json) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return (json ? JSON_SCHEMA_KEY : YAML_SCHEMA_KEY).matcher(text).find();
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Sorted by file (the one named first, then what it extends), then line and column, as a person
   * reads them; ties keep the order they were found.
   */
  private static List<Diagnostic> inReadingOrder(List<Diagnostic> diagnostics, List<String> files) {
    return diagnostics.stream()
        .sorted(Comparator.comparingInt((Diagnostic d) -> files.indexOf(d.position().file()))
            .thenComparingLong(RulesetLoader::place))
        .toList();
  }

  private static long place(Diagnostic d) {
    return d.position() instanceof SourcePosition.InText t ? ((long) t.line() << 32) + t.column() : 0;
  }

  private static RulesetException single(String file, Message message) {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error("R000", new SourcePosition.InFile(file), message);
    return new RulesetException(diagnostics.errors(), Map.of());
  }
}
