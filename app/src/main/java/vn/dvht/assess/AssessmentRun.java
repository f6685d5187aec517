package vn.dvht.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Ruleset;
import vn.dvht.report.Assessment;
import vn.dvht.report.BatchFile;
import vn.dvht.report.BatchXlsxRenderer;
import vn.dvht.report.FileFailure;
import vn.dvht.report.HeadDecision;
import vn.dvht.report.ReportFormat;
import vn.dvht.report.UnitFiles;
import vn.dvht.report.UnitWorkbook;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/**
 * One run of {@code dvht evaluate}: {@link #check()} finds every usage mistake before any input is
 * read or output written; {@link #one} then reads, evaluates and writes one unit, {@link #many} a
 * batch on every core (outcomes handed on in input order, a file that cannot be read listed while
 * the others go on) and the consolidated workbook ({@link BatchFile#SUMMARY}).
 *
 * <pre>{@code
 * AssessmentRun run = new AssessmentRun(options);
 * run.check();                                   // UsageException: exit code 2, nothing done
 * BatchOutcome done = run.many(listener);
 * }</pre>
 */
public final class AssessmentRun implements AutoCloseable {
  private final AssessOptions options;
  private final Assessor assessor;
  private final Map<Path, String> names;
  private final OutputFiles writer;
  private OutputFolder folder;
  /** Whether the rulesets the run may use compute a member-level title: each unit's head decision is planned. */
  private volatile Boolean decides;

  public AssessmentRun(AssessOptions options) {
    this.options = options;
    this.assessor = new Assessor(options);
    this.names = OutputNames.of(options.inputs());
    this.writer = new OutputFiles(options.overwrite());
  }

  /** Receives each unit's outcome, in input order, as soon as the units before it are done. */
  public interface Listener {
    void unit(UnitOutcome outcome) throws IOException;

    /** {@code done} of {@code total} units are done (any order); called from worker threads. */
    default void progress(int done, int total) {}
  }

  /**
   * A batch's end: every outcome (summaries without names), the files that failed, the consolidated
   * workbook, whether a unit fell below {@code --fail-below}, and the level problem of a unit whose
   * ruleset has no such level (a batch mixing circulars).
   */
  public record BatchOutcome(List<UnitOutcome> units, List<FileFailure> failures, Optional<Path> summary,
      boolean belowLevel, Optional<Message> levelProblem) {
    public BatchOutcome {
      units = List.copyOf(units);
      failures = List.copyOf(failures);
    }

    public List<Assessment> assessed() {
      return units.stream().flatMap(u -> u.assessment().stream()).toList();
    }
  }

  /**
   * Every mistake in how the run was asked for, found before any input is read or output written: a
   * level for {@code --fail-below} no ruleset that could be used has, an output folder that is a
   * file, an output that exists (without {@code --overwrite}), is a folder or would replace an input.
   * A ruleset named that cannot be loaded is a {@link RulesetException}. Then the output folder is
   * taken for this run: another run writing there is a usage problem too ("folder in use").
   */
  public void check() throws UsageException, RulesetException, OutputException, IOException {
    List<Ruleset> rulesets = new ArrayList<>();
    RulesetLoader loader = new RulesetLoader();
    if (options.ruleset().isPresent()) {
      rulesets.add(loader.resolve(options.ruleset().get()).ruleset());
    } else {
      for (String id : RulesetLoader.BUILTIN) {
        rulesets.add(loader.resolve(id).ruleset());
      }
    }
    if (options.failBelow().isPresent()
        && rulesets.stream().allMatch(r -> Levels.parse(r, options.failBelow().get()).isEmpty())) {
      throw new UsageException(Levels.unknown(rulesets, options.failBelow().get()));
    }
    if (!options.files()) {
      return;
    }
    Path folder = options.outputFolder();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UsageException(Message.of("cli.outNotFolder", folder));
    }
    List<Path> planned = OutputPlan.planned(options, this::outputs);
    for (Path output : planned) {
      if (Files.isDirectory(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException(Message.of("out.isFolder", output));
      }
    }
    Optional<Message> conflict = writer.conflict(planned, OutputPlan.readByRun(options, loader));
    if (conflict.isPresent()) {
      throw new UsageException(conflict.get());
    }
    this.folder = OutputFolder.take(folder);
  }

  /** Lets the output folder go. */
  @Override
  public void close() {
    if (folder != null) {
      folder.close();
      folder = null;
    }
  }

  /** The date every unit's outputs are stamped with. */
  public java.time.LocalDate reportDate() {
    return options.reportDate();
  }

  /**
   * The files of one unit: its XLSX summary, its report and, when the run's ruleset computes a member-level
   * title, the head's decision recognising the members who hold it ({@link HeadDecision}).
   */
  public List<Path> outputs(Path input) {
    Path folder = options.outputFolder();
    String name = names.get(input);
    List<Path> files = new ArrayList<>(List.of(folder.resolve(ReportFormat.summaryName(name)),
        folder.resolve(options.report().reportName(name))));
    if (decides()) {
      files.add(folder.resolve(ReportFormat.decisionName(name)));
    }
    return List.copyOf(files);
  }

  /**
   * Whether a unit of this run gets the head's decision: the ruleset named computes a title from scores, or
   * with none named one of the built-in ones does (a unit of a year whose circular does not gets a page
   * saying so, so that the set of files is the same for every unit and known before any is read).
   */
  private boolean decides() {
    if (decides == null) {
      boolean any = false;
      RulesetLoader loader = new RulesetLoader();
      try {
        for (String id : options.ruleset().map(List::of).orElse(RulesetLoader.BUILTIN)) {
          any |= HeadDecision.decides(loader.resolve(id).ruleset());
        }
      } catch (RulesetException e) {
        // said when the unit is evaluated; without a ruleset there is nothing to decide
      }
      decides = any;
    }
    return decides;
  }

  /** Reads one unit without evaluating it (for {@code --dry-run}). */
  public Assessor.Read read(Path input) throws DiagnosticException, UsageException {
    return assessor.read(input, options.unitFile());
  }

  /** Reads, evaluates and writes one unit; its problems are thrown. */
  public UnitOutcome one(Path input, Listener listener)
      throws DiagnosticException, UsageException, OutputException, IOException {
    Assessed done = assessAndWrite(input);
    UnitOutcome outcome = new UnitOutcome(input, Optional.of(done.assessment()), done.outputs(), List.of());
    listener.unit(outcome);
    return outcome;
  }

  /** A unit evaluated, and the files written for it. */
  private record Assessed(Assessment assessment, List<Path> outputs) {}

  /**
   * Reads and evaluates one unit and, when files are written, writes them: the workbook's member
   * grid row by row while the unit is read (no list of members is kept, however many there are),
   * then the rest of the workbook and the report; the two land together or not at all.
   */
  private Assessed assessAndWrite(Path input) throws DiagnosticException, UsageException, OutputException {
    if (!options.files()) {
      return new Assessed(assessor.assess(read(input)), List.of());
    }
    List<Path> outputs = outputs(input);
    boolean decision = outputs.size() > 2;
    try (OutputFiles.Pending pending = writer.begin(outputs, decision ? 1 : 0)) {
      Workbook workbook = new Workbook(pending.open(0), large(input),
          decision ? List.of(pending.scratch(0)) : List.of());
      try {
        Assessment assessment = assessor.assess(assessor.read(input, options.unitFile(), workbook))
            .withFiles(files(input, outputs));
        workbook.finish(assessment);
        try (OutputStream report = pending.open(1)) {
          options.report().renderer().render(assessment, report);
        } catch (IOException e) {
          throw OutputException.of(e, outputs.get(1));
        }
        if (decision) {
          try (OutputStream out = pending.open(2)) {
            workbook.decision.render(assessment, out);
          } catch (IOException e) {
            throw OutputException.of(e, outputs.get(2));
          }
        }
        pending.commit();
        return new Assessed(assessment, outputs);
      } catch (UncheckedIOException e) {
        throw OutputException.of(e.getCause(), outputs.get(0));
      } catch (IOException e) {
        throw OutputException.of(e, outputs.get(0));
      } finally {
        workbook.close();
      }
    }
  }

  /** A unit large enough (its file over 4 MB, some 100,000 members) to compress its grid on a second thread. */
  private static boolean large(Path input) {
    try {
      return Files.size(input) > (4 << 20);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The unit's workbook, begun when its profile is known and fed each member as it is folded, and with a
   * {@code spool} the head's decision, fed the members who hold the title.
   */
  private final class Workbook implements Assessor.MemberHook {
    private final OutputStream out;
    private final boolean large;
    private final List<java.nio.channels.SeekableByteChannel> spool;
    private UnitWorkbook book;
    private HeadDecision decision;
    private boolean finished;

    Workbook(OutputStream out, boolean large, List<java.nio.channels.SeekableByteChannel> spool) {
      this.out = out;
      this.large = large;
      this.spool = spool;
    }

    @Override
    public java.util.function.Consumer<vn.dvht.model.Member> start(Ruleset ruleset, vn.dvht.model.UnitProfile profile,
        vn.dvht.eval.Tally tally) {
      book = UnitWorkbook.start(options.wording(), out, ruleset, ruleset.sharesFor(profile), "dvht " + vn.dvht.report.Stamp.toolVersion(),
          options.reportDate(), large);
      java.util.function.Consumer<vn.dvht.model.Member> grid = member -> {
        try {
          book.member(member, tally.members() - 1, tally);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      if (spool.isEmpty()) {
        return grid;
      }
      decision = HeadDecision.start(ruleset, profile, spool.get(0), options.wording());
      return grid.andThen(decision::member);
    }

    void finish(Assessment assessment) throws IOException {
      book.finish(assessment);
      finished = true;
      out.close();
    }

    void close() {
      if (book != null && !finished) {
        book.abort();
      }
      try {
        out.close();
      } catch (IOException e) {
        // the temporary file is removed with its set
      }
    }
  }

  /**
   * Whether the unit reached the level {@code --fail-below} asks for, or under a scoring ruleset the grade (true
   * when none is asked for).
   */
  public boolean reached(Assessment assessment) throws UsageException {
    if (options.failBelow().isEmpty()) {
      return true;
    }
    Ruleset ruleset = assessment.result().ruleset();
    Optional<Levels.Bar> required = Levels.parse(ruleset, options.failBelow().get());
    if (required.isEmpty()) {
      throw new UsageException(Levels.unknown(List.of(ruleset), options.failBelow().get()));
    }
    return required.get().met(assessment.result());
  }

  /**
   * Evaluates every input on every core and writes the consolidated workbook. A file that cannot be
   * read is an outcome and the others go on; an output that cannot be written (a full disk) stops the
   * batch, every unit written so far being whole.
   */
  public BatchOutcome many(Listener listener) throws IOException, OutputException {
    List<UnitOutcome> outcomes = new ArrayList<>();
    List<FileFailure> failures = new ArrayList<>();
    boolean below = false;
    Optional<Message> levelProblem = Optional.empty();
    List<Path> files = options.inputs();
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<Done>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          Done outcome = unit(file);
          listener.progress(done.incrementAndGet(), files.size());
          return outcome;
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        Done finished = futures.get(i).get();
        futures.set(i, null);
        if (finished.unwritten() != null) {
          throw finished.unwritten();
        }
        UnitOutcome outcome = finished.outcome();
        listener.unit(outcome);
        if (outcome.assessment().isEmpty()) {
          failures.add(new FileFailure(outcome.input().toString(), outcome.problems()));
        } else {
          try {
            below |= !reached(outcome.assessment().get());
          } catch (UsageException e) {
            levelProblem = levelProblem.or(() -> Optional.of(e.message()));
          }
          // Names of failing members were only kept for the listener (the unit's JSON).
          outcome = new UnitOutcome(outcome.input(), Optional.of(outcome.assessment().get().summary(false)),
              outcome.outputs(), List.of());
        }
        outcomes.add(outcome);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Optional<Path> summary = Optional.empty();
    if (options.files()) {
      Path file = options.outputFolder().resolve(BatchFile.SUMMARY.fileName());
      List<BatchXlsxRenderer.Entry> assessed = outcomes.stream().filter(u -> u.assessment().isPresent())
          .map(u -> new BatchXlsxRenderer.Entry(u.assessment().get(), files(u))).toList();
      BatchFile.Context context = new BatchFile.Context(assessed, failures, options.reportDate(), options.wording());
      writer.write(file, o -> BatchFile.SUMMARY.render(context, o));
      summary = Optional.of(file);
    }
    return new BatchOutcome(outcomes, failures, summary, below, levelProblem);
  }

  /** A unit of a batch done: its outcome, or the output that could not be written. */
  private record Done(UnitOutcome outcome, OutputException unwritten) {}

  /** A unit's input as given and the names of its outputs (all in the output folder). */
  public static UnitFiles files(UnitOutcome outcome) {
    return files(outcome.input(), outcome.outputs());
  }

  private static UnitFiles files(Path input, List<Path> outputs) {
    return new UnitFiles(input.toString(), outputs.stream().map(p -> p.getFileName().toString()).toList());
  }

  /** One unit of a batch; never throws for a bad file — its problems are the outcome. */
  private Done unit(Path input) {
    try {
      Assessed done = assessAndWrite(input);
      return new Done(new UnitOutcome(input, Optional.of(done.assessment().summary(options.names())), done.outputs(),
          List.of()), null);
    } catch (OutputException e) {
      return new Done(null, e);
    } catch (DiagnosticException e) {
      return new Done(UnitOutcome.failed(input, e.diagnostics()), null);
    } catch (UsageException e) {
      return new Done(UnitOutcome.failed(input, List.of(Diagnostic.error("I199",
          new SourcePosition.InFile(input.toString()), e.message()))), null);
    } catch (RuntimeException e) {
      return new Done(UnitOutcome.failed(input, List.of(Diagnostic.error("I199",
          new SourcePosition.InFile(input.toString()), Message.verbatim(String.valueOf(e.getMessage()))))), null);
    }
  }
}
