package vn.dvht.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Wording;

/**
 * {@code dvht ruleset check --format sarif}: a SARIF 2.1.0 log for code-scanning tools. Every rule
 * (diagnostic code) is described in the chosen language with a link to the ruleset documentation;
 * file names are artifact URIs ({@link ArtifactUri}) relative to the working directory or absolute.
 */
final class SarifLog {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** Every diagnostic code a ruleset can get, in the order docs/rulesets.md lists them. */
  static final List<String> RULES = List.of("R000", "R001", "R002", "R003", "R004", "R005", "R006", "R010", "R011",
      "R012", "R013", "R014", "R015", "R016", "R017", "R018", "R019", "R020", "R022", "R023", "R024", "R025", "R026", "R030",
      "R031", "R032", "R040", "R041", "R042", "R043");
  /** The codes that are warnings: a check with only these passes. */
  static final List<String> WARNINGS = List.of("R030", "R031", "R032");

  private final Wording wording;
  private final Path workingDirectory;

  SarifLog(Wording wording, Path workingDirectory) {
    this.wording = wording;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  ObjectNode render(List<RulesetCheckCommand.Checked> results, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "dvht");
    driver.put("version", Version.current());
    driver.put("informationUri", Version.documentation(""));
    List<String> rules = new ArrayList<>(RULES);
    results.forEach(r -> r.diagnostics().stream().map(Diagnostic::code).filter(c -> !rules.contains(c))
        .distinct().forEach(rules::add));
    ArrayNode ruleNodes = driver.putArray("rules");
    rules.forEach(code -> rule(ruleNodes.addObject(), code));
    run.putObject("originalUriBaseIds").putObject(ArtifactUri.BASE).put("uri", ArtifactUri.directory(workingDirectory));
    ArrayNode out = run.putArray("results");
    for (RulesetCheckCommand.Checked result : results) {
      for (Diagnostic d : result.diagnostics()) {
        ObjectNode item = out.addObject();
        item.put("ruleId", d.code());
        item.put("ruleIndex", rules.indexOf(d.code()));
        item.put("level", d.isError() ? "error" : "warning");
        item.putObject("message").put("text", wording.text(d.message()));
        location(item.putArray("locations").addObject().putObject("physicalLocation"), d.position());
      }
    }
    return root;
  }

  private void rule(ObjectNode rule, String code) {
    rule.put("id", code);
    boolean known = RULES.contains(code);
    rule.putObject("shortDescription").put("text", known ? wording.get("rule." + code + ".short") : code);
    rule.putObject("fullDescription").put("text", known ? wording.get("rule." + code + ".full") : code);
    rule.put("helpUri", Version.documentation("rulesets.md#diagnostics"));
    rule.putObject("defaultConfiguration").put("level", WARNINGS.contains(code) ? "warning" : "error");
  }

  private void location(ObjectNode physical, SourcePosition position) {
    ArtifactUri artifact = ArtifactUri.of(position.file(), workingDirectory);
    ObjectNode location = physical.putObject("artifactLocation").put("uri", artifact.uri());
    artifact.baseId().ifPresent(base -> location.put("uriBaseId", base));
    if (position instanceof SourcePosition.InText t && t.line() > 0) {
      ObjectNode region = physical.putObject("region").put("startLine", t.line());
      if (t.column() > 0) {
        region.put("startColumn", t.column());
      }
    }
  }
}
