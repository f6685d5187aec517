package vn.dvht.assess;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Evaluator;
import vn.dvht.model.Answer;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;
import vn.dvht.office.Register;
import vn.dvht.office.RegisterEntry;
import vn.dvht.office.RegisteredUnit;
import vn.dvht.office.ResultJsonReader;
import vn.dvht.office.ResultWorkbookReader;
import vn.dvht.office.Source;
import vn.dvht.office.SubmittedSummary;
import vn.dvht.office.SummaryReplay;
import vn.dvht.office.UnitKey;
import vn.dvht.report.Assessment;
import vn.dvht.ruleset.RulesetLoader;

/**
 * Reads one file a unit sent. A member list is evaluated twice from one reading: as {@code dvht
 * evaluate} would (the unit's own claim, its level-1 date as typed) and as the office does (the 12-month
 * rule counted from the register's level-1 decision). A result is read as it is written. A file that
 * cannot be read is its problems, never an exception.
 */
final class SubmissionReader {
  /** What one file gave. */
  sealed interface Read permits Members, Summaries, Failed {}

  /** A member list: the file, the unit's own evaluation, the office's, the date it typed, its register match. */
  record Members(Source source, Assessment claimed, EvaluationResult office, Optional<LocalDate> typed,
      List<RegisteredUnit> matches) implements Read {
    Members {
      matches = List.copyOf(matches);
    }
  }

  /** A result document: one summary per unit in it. */
  record Summaries(List<SubmittedSummary> summaries) implements Read {
    Summaries {
      summaries = List.copyOf(summaries);
    }
  }

  /** A file that could not be read. */
  record Failed(Path file, List<Diagnostic> problems) implements Read {
    Failed {
      problems = List.copyOf(problems);
    }
  }

  private final Optional<Assessor> assessor;
  private final List<Ruleset> labels;
  private final Register register;
  private final Wording words;

  /**
   * @param labels the office's ruleset in each language a summary workbook may be written in
   * @param words the run's words, for the evidence a date taken from the register is given
   */
  SubmissionReader(Optional<Assessor> assessor, List<Ruleset> labels, Register register, Wording words) {
    this.assessor = assessor;
    this.labels = List.copyOf(labels);
    this.register = register;
    this.words = words;
  }

  Read read(SubmissionFiles.Found found) {
    try {
      return switch (found.kind()) {
        case MEMBERS -> members(found.path());
        case JSON -> summaries(found.path(), ResultJsonReader.read(found.path()));
        case WORKBOOK -> summaries(found.path(), List.of(ResultWorkbookReader.read(found.path(), labels)));
      };
    } catch (DiagnosticException e) {
      return new Failed(found.path(), e.diagnostics());
    } catch (UsageException e) {
      return new Failed(found.path(), List.of(Diagnostic.error("I199", new SourcePosition.InFile(found.path().toString()),
          e.message())));
    } catch (RuntimeException e) {
      return new Failed(found.path(), List.of(Diagnostic.error("I199", new SourcePosition.InFile(found.path().toString()),
          Message.verbatim(String.valueOf(e.getMessage())))));
    }
  }

  /**
   * The summaries of a result, or its problems when one names a unit the office's ruleset does not know
   * (an authority, a unit type) or was made with another built-in circular than the office's.
   */
  private Read summaries(Path path, List<SubmittedSummary> summaries) {
    Ruleset ruleset = labels.get(0);
    for (SubmittedSummary s : summaries) {
      boolean known = ruleset.authorities().stream().anyMatch(a -> a.id().equals(s.authority()))
          && ruleset.unitTypes().stream().anyMatch(t -> t.id().equals(s.unitType()));
      if (!known) {
        return new Failed(path, List.of(Diagnostic.error("O151", new SourcePosition.InFile(path.toString()),
            Message.of("office.unknownUnit", s.name(), s.authority(), s.unitType()))));
      }
      if (!s.rulesetId().equals(ruleset.id()) && RulesetLoader.isBuiltin(s.rulesetId())
          && RulesetLoader.isBuiltin(ruleset.id())) {
        return new Failed(path, List.of(Diagnostic.error("O152", new SourcePosition.InFile(path.toString()),
            Message.of("office.otherCircular", s.rulesetId(), ruleset.id()))));
      }
    }
    return new Summaries(summaries);
  }

  private Members members(Path path) throws DiagnosticException, UsageException {
    Assessor.Read read = assessor.orElseThrow().read(path, Optional.empty());
    Assessment claimed = assessor.get().assess(read);
    Ruleset ruleset = read.rules().ruleset();
    Unit unit = read.unit().unit();
    Optional<String> dateFact = SummaryReplay.dateFact(ruleset);
    Optional<LocalDate> typed = dateFact.flatMap(unit::fact).map(FactAnswer::answer)
        .filter(a -> a instanceof Answer.Date).map(a -> ((Answer.Date) a).value());
    List<RegisteredUnit> matches = register.find(new UnitKey(unit.profile().name(), unit.profile().id()));
    EvaluationResult office = claimed.result();
    if (register.given() && dateFact.isPresent()) {
      Map<String, FactAnswer> facts = new HashMap<>(unit.facts());
      facts.remove(dateFact.get());
      levelOne(matches).ifPresent(d -> facts.put(dateFact.get(), new FactAnswer(dateFact.get(),
          new Answer.Date(d, d.toString()), words.get("office.fromRegister"), new SourceRow(register.file(), 0))));
      office = new Evaluator().evaluate(ruleset, new Unit(unit.profile(), facts, List.of()), read.tally());
    }
    String sha = read.unit().files().isEmpty() ? "" : read.unit().files().get(0).sha256();
    return new Members(new Source(Source.Kind.MEMBERS, path.toString(), sha), claimed.summary(false), office, typed,
        matches);
  }

  /** The register's level-1 decision date for a unit it names once. */
  static Optional<LocalDate> levelOne(List<RegisteredUnit> matches) {
    return matches.size() == 1 ? matches.get(0).latestAt(1).map(RegisterEntry::decided) : Optional.empty();
  }
}
