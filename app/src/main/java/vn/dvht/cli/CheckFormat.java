package vn.dvht.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Wording;
import vn.dvht.json.Envelope;
import vn.dvht.report.Stamp;

/**
 * The output formats of {@code dvht ruleset check}: text for people; JSON; SARIF 2.1.0, JUnit XML
 * and GitHub workflow annotations for CI.
 */
enum CheckFormat {
  TEXT {
    @Override
    String render(Wording wording, List<RulesetCheckCommand.Checked> results, CiRun run) {
      return RulesetCheckCommand.text(wording, results);
    }
  },
  JSON {
    @Override
    String render(Wording wording, List<RulesetCheckCommand.Checked> results, CiRun run) {
      ObjectNode root = document("ruleset-check");
      ArrayNode files = root.putArray("files");
      for (RulesetCheckCommand.Checked result : results) {
        ObjectNode file = files.addObject();
        file.put("file", result.file());
        file.put("valid", result.valid());
        problems(wording, file.putArray("problems"), result.diagnostics());
      }
      return write(root);
    }
  },
  SARIF {
    @Override
    String render(Wording wording, List<RulesetCheckCommand.Checked> results, CiRun run) {
      return write(new SarifLog(wording, run.workingDirectory()).render(results, MAPPER));
    }
  },
  JUNIT {
    @Override
    String render(Wording wording, List<RulesetCheckCommand.Checked> results, CiRun run) {
      List<JunitXml.Case> cases = results.stream().map(r -> new JunitXml.Case("ruleset", r.file(), r.time(),
          r.valid() ? Optional.empty() : Optional.of(failure(wording, r.diagnostics().stream().filter(Diagnostic::isError)
              .toList())))).toList();
      return JunitXml.render("dvht ruleset check", cases, run.started(), run.time(), run.hostname());
    }
  },
  GITHUB {
    @Override
    String render(Wording wording, List<RulesetCheckCommand.Checked> results, CiRun run) {
      StringBuilder out = new StringBuilder();
      results.forEach(r -> r.diagnostics().forEach(d -> out.append(GithubAnnotations.of(wording, d)).append('\n')));
      return out.append(RulesetCheckCommand.summary(wording, results)).append('\n').toString();
    }
  };

  /** A JUnit failure for a file's errors: the first one's code as its type, all of them in its text. */
  static JunitXml.Problem failure(Wording wording, List<Diagnostic> errors) {
    return problem(wording, false, errors);
  }

  /** A JUnit failure, or an error when nothing could run, listing {@code diagnostics} with their places. */
  static JunitXml.Problem problem(Wording wording, boolean error, List<Diagnostic> errors) {
    return new JunitXml.Problem(error, errors.get(0).code(), wording.get("check.fileErrors", errors.size()),
        errors.stream().map(d -> DiagnosticFormatter.where(d.position(), wording) + ": " + d.code() + ": " + wording.text(d.message()))
            .collect(Collectors.joining("\n", "", "\n")));
  }

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  abstract String render(Wording wording, List<RulesetCheckCommand.Checked> results, CiRun run);

  /** The names {@code --format} takes, for shell completion. */
  static final class Names extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      super(FormatNames.of(CheckFormat.class));
    }
  }

  /** The format named by {@code --format} (any case), if there is one. */
  static Optional<CheckFormat> named(String name) {
    return FormatNames.named(CheckFormat.class, name);
  }

  /** A file's problems, named and shaped as in the result's JSON ({@code failures[].problems}). */
  static void problems(Wording wording, ArrayNode out, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      ObjectNode item = out.addObject();
      item.put("code", d.code());
      item.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
      item.put("message", wording.text(d.message()));
      item.put("file", d.position().file());
      if (d.position() instanceof SourcePosition.InText t) {
        item.put("line", t.line());
        item.put("column", t.column());
      }
    }
  }

  /** A JSON document's head, as every JSON dvht prints starts: {@code schemaVersion}, {@code kind}, {@code dvht}. */
  static ObjectNode document(String kind) {
    return MAPPER.createObjectNode().put(Envelope.SCHEMA_VERSION, Envelope.VERSION).put(Envelope.KIND, kind)
        .put(Envelope.DVHT, Stamp.toolVersion());
  }

  static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
