package vn.dvht.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dvht.diag.Wording;
import vn.dvht.eval.RulesetTestRunner;

/** The output formats of {@code dvht ruleset test}: text like a test runner's; JSON, JUnit XML and GitHub annotations for CI. */
enum TestFormat {
  TEXT {
    @Override
    String render(Wording wording, List<RulesetTestCommand.Tested> all, CiRun run) {
      StringBuilder out = new StringBuilder();
      for (RulesetTestCommand.Tested tested : all) {
        for (RulesetTestRunner.Result result : tested.results()) {
          String place = tested.origin() + ":" + result.test().line();
          out.append(wording.get(result.passed() ? "test.pass" : "test.fail", place, result.test().name())).append('\n');
          result.failures().forEach(f -> out.append("    ").append(mismatch(wording, f)).append('\n'));
        }
      }
      return out.append(summary(wording, all)).append('\n').toString();
    }
  },
  JSON {
    @Override
    String render(Wording wording, List<RulesetTestCommand.Tested> all, CiRun run) {
      ObjectNode root = CheckFormat.document("ruleset-test");
      root.put("passed", count(all, true));
      root.put("failed", count(all, false));
      ArrayNode rulesets = root.putArray("rulesets");
      for (RulesetTestCommand.Tested tested : all) {
        ObjectNode ruleset = rulesets.addObject().put("file", tested.origin()).put("valid", tested.invalid().isEmpty());
        CheckFormat.problems(wording, ruleset.putArray("problems"),
            tested.invalid().map(e -> e.diagnostics()).orElse(List.of()));
        ArrayNode tests = ruleset.putArray("tests");
        for (RulesetTestRunner.Result result : tested.results()) {
          ObjectNode test = tests.addObject().put("name", result.test().name()).put("line", result.test().line())
              .put("passed", result.passed());
          ArrayNode mismatches = test.putArray("mismatches");
          result.failures().forEach(f -> mismatches.addObject().put("what", f.what()).put("expected", f.expected())
              .put("actual", f.actual()).put("message", mismatch(wording, f)));
        }
      }
      return CheckFormat.write(root);
    }
  },
  JUNIT {
    @Override
    String render(Wording wording, List<RulesetTestCommand.Tested> all, CiRun run) {
      List<JunitXml.Case> cases = new ArrayList<>();
      for (RulesetTestCommand.Tested tested : all) {
        if (tested.invalid().isPresent()) {
          cases.add(new JunitXml.Case(tested.origin(), wording.get("test.loadCase"), tested.time(),
              Optional.of(CheckFormat.problem(wording, true, tested.invalid().get().diagnostics()))));
          continue;
        }
        // The cases of one ruleset run together: each is given an equal share of their time.
        Duration each = tested.time().dividedBy(Math.max(1, tested.results().size()));
        for (RulesetTestRunner.Result result : tested.results()) {
          Optional<JunitXml.Problem> problem = result.passed() ? Optional.empty()
              : Optional.of(new JunitXml.Problem(false, "mismatch", mismatch(wording, result.failures().get(0)),
                  result.failures().stream().map(f -> mismatch(wording, f)).collect(Collectors.joining("\n", "", "\n"))));
          cases.add(new JunitXml.Case(tested.origin(), result.test().name(), each, problem));
        }
      }
      return JunitXml.render("dvht ruleset test", cases, run.started(), run.time(), run.hostname());
    }
  },
  GITHUB {
    @Override
    String render(Wording wording, List<RulesetTestCommand.Tested> all, CiRun run) {
      StringBuilder out = new StringBuilder();
      for (RulesetTestCommand.Tested tested : all) {
        tested.invalid().ifPresent(e -> e.diagnostics().forEach(d -> out.append(GithubAnnotations.of(wording, d)).append('\n')));
        for (RulesetTestRunner.Result result : tested.results()) {
          if (!result.passed()) {
            String detail = result.failures().stream().map(f -> mismatch(wording, f)).collect(Collectors.joining("\n"));
            out.append(GithubAnnotations.error(tested.origin(), result.test().line(),
                wording.get("test.failedTitle", result.test().name()), detail)).append('\n');
          }
        }
      }
      return out.append(summary(wording, all)).append('\n').toString();
    }
  };

  /** The results in this format, worded in the run's language. */
  abstract String render(Wording wording, List<RulesetTestCommand.Tested> all, CiRun run);

  /** The names {@code --format} takes, for shell completion. */
  static final class Names extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      super(FormatNames.of(TestFormat.class));
    }
  }

  static Optional<TestFormat> named(String name) {
    return FormatNames.named(TestFormat.class, name);
  }

  static String mismatch(Wording wording, RulesetTestRunner.Mismatch f) {
    return wording.get("test.mismatch", f.what(), f.expected(), f.actual());
  }

  private static long count(List<RulesetTestCommand.Tested> all, boolean passed) {
    return all.stream().flatMap(t -> t.results().stream()).filter(r -> r.passed() == passed).count();
  }

  private static String summary(Wording wording, List<RulesetTestCommand.Tested> all) {
    return wording.get("test.summary", count(all, true), count(all, false));
  }
}
