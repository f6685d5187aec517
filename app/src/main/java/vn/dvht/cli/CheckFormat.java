package vn.dvht.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeSet;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.SourcePosition;

/** The output formats of {@code dvht ruleset check}: text for people, JSON, SARIF 2.1.0 and JUnit XML for CI. */
enum CheckFormat {
  TEXT {
    @Override
    String render(List<RulesetCheckCommand.Checked> results) {
      return RulesetCheckCommand.text(results);
    }
  },
  JSON {
    @Override
    String render(List<RulesetCheckCommand.Checked> results) {
      ObjectNode root = MAPPER.createObjectNode();
      ArrayNode files = root.putArray("files");
      for (RulesetCheckCommand.Checked result : results) {
        ObjectNode file = files.addObject();
        file.put("file", result.file());
        file.put("valid", result.valid());
        ArrayNode diagnostics = file.putArray("diagnostics");
        for (Diagnostic d : result.diagnostics()) {
          ObjectNode item = diagnostics.addObject();
          item.put("code", d.code());
          item.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
          item.put("message", d.message());
          item.put("file", d.position().file());
          if (d.position() instanceof SourcePosition.InText t) {
            item.put("line", t.line());
            item.put("column", t.column());
          }
        }
      }
      return write(root);
    }
  },
  SARIF {
    @Override
    String render(List<RulesetCheckCommand.Checked> results) {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      root.put("version", "2.1.0");
      ObjectNode run = root.putArray("runs").addObject();
      ObjectNode driver = run.putObject("tool").putObject("driver");
      driver.put("name", "dvht");
      driver.put("version", Version.current());
      ArrayNode rules = driver.putArray("rules");
      TreeSet<String> codes = new TreeSet<>();
      results.forEach(r -> r.diagnostics().forEach(d -> codes.add(d.code())));
      codes.forEach(code -> rules.addObject().put("id", code));
      ArrayNode out = run.putArray("results");
      for (RulesetCheckCommand.Checked result : results) {
        for (Diagnostic d : result.diagnostics()) {
          ObjectNode item = out.addObject();
          item.put("ruleId", d.code());
          item.put("level", d.isError() ? "error" : "warning");
          item.putObject("message").put("text", d.message());
          ObjectNode location = item.putArray("locations").addObject().putObject("physicalLocation");
          location.putObject("artifactLocation").put("uri", d.position().file().replace('\\', '/'));
          if (d.position() instanceof SourcePosition.InText t) {
            location.putObject("region").put("startLine", t.line()).put("startColumn", t.column());
          }
        }
      }
      return write(root);
    }
  },
  JUNIT {
    @Override
    String render(List<RulesetCheckCommand.Checked> results) {
      long failures = results.stream().filter(r -> !r.valid()).count();
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      xml.append("<testsuite name=\"dvht ruleset check\" tests=\"").append(results.size())
          .append("\" failures=\"").append(failures).append("\" errors=\"0\">\n");
      for (RulesetCheckCommand.Checked result : results) {
        xml.append("  <testcase classname=\"ruleset\" name=\"").append(xml(result.file())).append('"');
        if (result.valid()) {
          xml.append("/>\n");
          continue;
        }
        xml.append(">\n    <failure message=\"").append(xml(result.diagnostics().size() + " lỗi")).append("\">");
        for (Diagnostic d : result.diagnostics()) {
          xml.append(xml(vn.dvht.diag.DiagnosticFormatter.where(d.position()) + ": " + d.code() + ": " + d.message()))
              .append('\n');
        }
        xml.append("</failure>\n  </testcase>\n");
      }
      return xml.append("</testsuite>\n").toString();
    }
  };

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  abstract String render(List<RulesetCheckCommand.Checked> results);

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
