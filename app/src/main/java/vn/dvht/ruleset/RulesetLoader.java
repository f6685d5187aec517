package vn.dvht.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.Sha256;
import vn.dvht.diag.SourcePosition;
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
 * <p>A ruleset is data only: loading never reads any file other than the one named.
 */
public final class RulesetLoader {
  /** Built-in rulesets shipped inside the jar (and in {@code rulesets/} of the repository). */
  public static final List<String> BUILTIN = List.of("tt24", "tt22");

  static final long MAX_BYTES = 2L * 1024 * 1024;
  private static final String RESOURCE_DIR = "/vn/dvht/rulesets/";

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
      throw single(idOrPath, Messages.get("ruleset.notFound", String.join(", ", BUILTIN)));
    }
  }

  /** One of {@link #BUILTIN}, read from the jar; any other id is reported, never looked up. */
  public LoadedRuleset loadBuiltin(String id) throws RulesetException {
    String name = "rulesets/" + id + ".yaml";
    if (!BUILTIN.contains(id)) {
      throw single(id, Messages.get("ruleset.noBuiltin", id, String.join(", ", BUILTIN)));
    }
    try (InputStream in = RulesetLoader.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
      if (in == null) {
        throw single(name, Messages.get("ruleset.noBuiltin", id, String.join(", ", BUILTIN)));
      }
      return parse(name, in.readAllBytes(), false);
    } catch (IOException e) {
      throw single(name, Messages.get("ruleset.unreadable", e.getMessage()));
    }
  }

  /** A YAML file, or JSON when its name ends in {@code .json}; only its first {@link #MAX_BYTES} + 1 bytes are read. */
  public LoadedRuleset load(Path file) throws RulesetException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw single(name, Messages.get("ruleset.isDirectory"));
      }
      boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
      return parse(name, readAtMost(file, MAX_BYTES + 1), json);
    } catch (NoSuchFileException e) {
      throw single(name, Messages.get("ruleset.notFound", String.join(", ", BUILTIN)));
    } catch (IOException e) {
      throw single(name, Messages.get("ruleset.unreadable", e.getMessage()));
    }
  }

  /**
   * Parses ruleset bytes; {@code name} is how positions name the file. Reads nothing else: a
   * ruleset cannot include, extend or refer to another file.
   */
  public LoadedRuleset parse(String name, byte[] bytes, boolean json) throws RulesetException {
    if (bytes.length > MAX_BYTES) {
      throw single(name, Messages.get("ruleset.tooLarge", MAX_BYTES / 1024 / 1024));
    }
    String text = new Utf8Text(name).decode(bytes);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Ruleset> ruleset = new TreeReader(name, diagnostics).read(text, json)
        .flatMap(root -> new RulesetReader(diagnostics).read(root));
    if (ruleset.isEmpty() || diagnostics.hasErrors()) {
      throw new RulesetException(inReadingOrder(diagnostics.errors()), Map.of(name, text.lines().toList()));
    }
    return new LoadedRuleset(ruleset.get(), name, Sha256.of(bytes));
  }

  /** The first {@code limit} bytes of {@code file}, so a huge file (or a device) cannot exhaust memory. */
  private static byte[] readAtMost(Path file, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) limit);
    }
  }

  /** Sorted by line and column, as a person reads the file; ties keep the order they were found. */
  private static List<Diagnostic> inReadingOrder(List<Diagnostic> diagnostics) {
    return diagnostics.stream().sorted(Comparator.comparingLong(RulesetLoader::place)).toList();
  }

  private static long place(Diagnostic d) {
    return d.position() instanceof SourcePosition.InText t ? ((long) t.line() << 32) + t.column() : 0;
  }

  private static RulesetException single(String file, String message) {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error("R000", new SourcePosition.InFile(file), message);
    return new RulesetException(diagnostics.errors(), Map.of());
  }
}
