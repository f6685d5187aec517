package vn.dvht.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  public static final List<String> BUILTIN = List.of("tt24");

  static final long MAX_BYTES = 2L * 1024 * 1024;
  private static final String RESOURCE_DIR = "/vn/dvht/rulesets/";

  /** A built-in id such as {@code tt24}, or a path to a {@code .yaml}, {@code .yml} or {@code .json} file. */
  public LoadedRuleset resolve(String idOrPath) throws RulesetException {
    String id = idOrPath.toLowerCase(Locale.ROOT);
    if (BUILTIN.contains(id)) {
      return loadBuiltin(id);
    }
    return load(Path.of(idOrPath));
  }

  public LoadedRuleset loadBuiltin(String id) throws RulesetException {
    String name = "rulesets/" + id + ".yaml";
    try (InputStream in = RulesetLoader.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
      if (in == null) {
        throw single(name, Messages.get("ruleset.noBuiltin", id, String.join(", ", BUILTIN)));
      }
      return parse(name, in.readAllBytes(), false);
    } catch (IOException e) {
      throw single(name, Messages.get("ruleset.unreadable", e.getMessage()));
    }
  }

  public LoadedRuleset load(Path file) throws RulesetException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw single(name, Messages.get("ruleset.isDirectory"));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw single(name, Messages.get("ruleset.tooLarge", MAX_BYTES / 1024 / 1024));
      }
      boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
      return parse(name, Files.readAllBytes(file), json);
    } catch (NoSuchFileException e) {
      throw single(name, Messages.get("ruleset.notFound", String.join(", ", BUILTIN)));
    } catch (IOException e) {
      throw single(name, Messages.get("ruleset.unreadable", e.getMessage()));
    }
  }

  /** Parses ruleset bytes; {@code name} is how positions name the file. */
  public LoadedRuleset parse(String name, byte[] bytes, boolean json) throws RulesetException {
    String text = decode(name, bytes);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Ruleset> ruleset = new TreeReader(name, diagnostics).read(text, json)
        .flatMap(root -> new RulesetReader(diagnostics).read(root));
    if (ruleset.isEmpty() || diagnostics.hasErrors()) {
      throw new RulesetException(diagnostics.errors(), Map.of(name, text.lines().toList()));
    }
    return new LoadedRuleset(ruleset.get(), name, Sha256.of(bytes));
  }

  private static String decode(String name, byte[] bytes) throws RulesetException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw single(name, Messages.get("ruleset.notUtf8"));
    }
  }

  private static RulesetException single(String file, String message) {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error("R000", new SourcePosition.InFile(file), message);
    return new RulesetException(diagnostics.errors(), Map.of());
  }
}
