package vn.dvht.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.Message;
import vn.dvht.input.ReadOptions;
import vn.dvht.model.Ruleset;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Appraiser;
import vn.dvht.office.OfficeSetup;
import vn.dvht.office.Register;
import vn.dvht.office.RegisterReader;
import vn.dvht.office.SetupReader;
import vn.dvht.report.OfficeFile;
import vn.dvht.report.OfficeFile.Context;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.ruleset.RulesetTranslator;

/**
 * One run of {@code dvht tham-dinh}: {@link #check()} finds every usage mistake and takes the output
 * folder before anything is read; {@link #appraise()} reads the office's workbook and register, every
 * file the units sent (member lists re-evaluated on every core), puts each unit's files together and
 * appraises it; {@link #write} writes the office's dossier ({@link OfficeFile}) as one set.
 *
 * <pre>{@code
 * try (AppraisalRun run = new AppraisalRun(options)) {
 *   run.check();
 *   AppraisalBook book = run.appraise();
 *   run.write(book);
 * }
 * }</pre>
 */
public final class AppraisalRun implements AutoCloseable {
  public static final String DEFAULT_FOLDER = "ho-so-tham-dinh";

  private final AppraisalOptions options;
  private final OutputFiles writer;
  private LoadedRuleset rules;
  private OutputFolder folder;

  public AppraisalRun(AppraisalOptions options) {
    this.options = options;
    this.writer = new OutputFiles(options.overwrite());
  }

  /** Loads the ruleset and checks the outputs; a scoring ruleset (TT 22) recognises no level. */
  public void check() throws UsageException, RulesetException, OutputException, IOException {
    RulesetLoader loader = new RulesetLoader();
    rules = Assessor.inLanguage(loader.resolve(options.ruleset().orElse("tt24")), options.wording());
    if (rules.ruleset().isScored()) {
      throw new UsageException(Message.of("office.scored", rules.ruleset().id()));
    }
    if (!options.files()) {
      return;
    }
    Path out = options.outputFolder();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException(Message.of("cli.outNotFolder", out));
    }
    List<Path> planned = outputs();
    for (Path output : planned) {
      if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException(Message.of("out.isFolder", output));
      }
    }
    List<Path> inputs = new ArrayList<>(List.of(options.setup()));
    options.register().ifPresent(inputs::add);
    inputs.addAll(loader.filesRead());
    Optional<Message> conflict = writer.conflict(planned, inputs);
    if (conflict.isPresent()) {
      throw new UsageException(conflict.get());
    }
    folder = OutputFolder.take(out);
  }

  /** The office's documents, in the output folder. */
  public List<Path> outputs() {
    return OfficeFile.NAMES.stream().map(n -> options.outputFolder().resolve(n)).toList();
  }

  /** Reads everything and appraises every unit; the office's workbook or register unusable is thrown. */
  public AppraisalBook appraise() throws DiagnosticException, IOException {
    Ruleset ruleset = rules.ruleset();
    // The office's own sheets are read in either language, whatever the run's.
    List<Ruleset> languages = List.of(ruleset, original());
    OfficeSetup setup = SetupReader.read(options.setup(),
        languages.stream().flatMap(r -> r.authorities().stream()).toList(), options.year());
    Register register = options.register().isPresent() ? RegisterReader.read(options.register().get(),
        languages.stream().flatMap(r -> r.levels().stream()).toList()) : Register.none();
    List<Path> skip = new ArrayList<>(List.of(options.setup(), options.outputFolder()));
    options.register().ifPresent(skip::add);
    SubmissionFiles.Scan scan = SubmissionFiles.scan(options.inputs(), skip);
    List<SubmissionReader.Read> reads = readAll(scan.files(), reader(scan, setup, register));
    List<AppraisalBook.Unread> unread = new ArrayList<>();
    reads.stream().filter(r -> r instanceof SubmissionReader.Failed).map(r -> (SubmissionReader.Failed) r)
        .forEach(f -> unread.add(new AppraisalBook.Unread(f.file().toString(), f.problems())));
    Submissions submissions = new Submissions(ruleset, rules.sha256(), register);
    Appraiser appraiser = new Appraiser(setup.office(), register);
    List<Appraisal> units = new ArrayList<>();
    for (Submissions.Group group : Submissions.group(reads)) {
      units.add(appraiser.appraise(submissions.unit(group)));
    }
    return new AppraisalBook(setup, register, ruleset, rules.sha256(), units, unread,
        AppraisalBook.absent(setup, register, units, ruleset));
  }

  private SubmissionReader reader(SubmissionFiles.Scan scan, OfficeSetup setup, Register register) {
    List<Path> members = scan.files().stream().filter(f -> f.kind() == vn.dvht.office.Source.Kind.MEMBERS)
        .map(SubmissionFiles.Found::path).toList();
    Optional<Assessor> assessor = members.isEmpty() ? Optional.empty()
        : Optional.of(new Assessor(new AssessOptions(members, true, Optional.of(options.ruleset().orElse("tt24")),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false,
            vn.dvht.report.ReportFormat.XLSX, Optional.empty(), ReadOptions.DEFAULT, options.reportDate(), false,
            options.wording())));
    Ruleset original = original();
    List<Ruleset> labels = List.of(original, RulesetTranslator.english(original).ruleset());
    return new SubmissionReader(assessor, labels, register, options.wording());
  }

  /** The ruleset as written (Vietnamese), whatever the run's language. */
  private Ruleset original() {
    try {
      return new RulesetLoader().resolve(options.ruleset().orElse("tt24")).ruleset();
    } catch (RulesetException e) {
      return rules.ruleset();
    }
  }

  /** Every file read on every core, the results in file order. */
  private static List<SubmissionReader.Read> readAll(List<SubmissionFiles.Found> files, SubmissionReader reader)
      throws IOException {
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<SubmissionReader.Read>> futures = new ArrayList<>();
      for (SubmissionFiles.Found file : files) {
        futures.add(pool.submit(() -> reader.read(file)));
      }
      List<SubmissionReader.Read> reads = new ArrayList<>();
      for (Future<SubmissionReader.Read> f : futures) {
        reads.add(f.get());
      }
      return reads;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes every document of the office's dossier as one set: all land, or none. */
  public List<Path> write(AppraisalBook book) throws OutputException {
    Context context = Context.of(book, options.reportDate(), options.wording());
    List<OutputFiles.Part> parts = new ArrayList<>();
    for (OfficeFile file : OfficeFile.values()) {
      parts.add(new OutputFiles.Part(options.outputFolder().resolve(file.fileName()), out -> file.render(context, out)));
    }
    writer.write(parts);
    return outputs();
  }

  /** The ruleset the run appraises with. */
  public LoadedRuleset rules() {
    return rules;
  }

  @Override
  public void close() {
    if (folder != null) {
      folder.close();
      folder = null;
    }
  }
}
