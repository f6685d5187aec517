package vn.dvht.assess;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Evaluator;
import vn.dvht.eval.Tally;
import vn.dvht.input.ReadOptions;
import vn.dvht.input.ReadUnit;
import vn.dvht.input.UnitReader;
import vn.dvht.model.Member;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Ruleset;
import vn.dvht.model.UnitProfile;
import vn.dvht.report.Assessment;
import vn.dvht.report.Stamp;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.PlanGraft;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.ruleset.RulesetTranslator;

/**
 * Evaluates one unit file into an {@link Assessment}: picks the ruleset (the one asked for, or the
 * circular of the unit's year — loaded once and shared), reads the unit, settles its year, evaluates.
 * Safe to use from several threads at once.
 */
public final class Assessor {
  private final Optional<String> ruleset;
  private final Optional<String> targets;
  private final Optional<Integer> year;
  private final ReadOptions options;
  private final Wording wording;
  private final LocalDate today;
  private final Map<String, LoadedRuleset> loaded = new ConcurrentHashMap<>();
  /** For a ruleset of the run whose report template is in another language: the ruleset in that language. */
  private final Map<Ruleset, Ruleset> forms =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** Reads and evaluates units as {@code options} say. */
  public Assessor(AssessOptions options) {
    this.ruleset = options.ruleset();
    this.targets = options.targets();
    this.year = options.year();
    this.options = options.read();
    this.today = options.reportDate();
    this.wording = options.wording();
  }

  /** The ruleset for a unit of {@code unitYear}; throws with positioned problems, or a usage problem. */
  public LoadedRuleset rulesetFor(int unitYear) throws RulesetException, UsageException {
    String key = ruleset.orElse("#" + unitYear);
    LoadedRuleset base = cached(key, () -> ruleset.isPresent() ? new RulesetLoader().resolve(ruleset.get())
        : new RulesetLoader().forYear(unitYear));
    if (targets.isEmpty()) {
      return base;
    }
    LoadedRuleset plan = cached("plan:" + targets.get(), () -> new RulesetLoader().resolve(targets.get()));
    if (!plan.ruleset().info().circular().equals(base.ruleset().info().circular()) || plan.ruleset().plan().isEmpty()) {
      throw new UsageException(Message.of("cli.targetsMismatch", targets.get(), base.ruleset().info().circular()));
    }
    return cached("plan:" + targets.get() + "@" + key, () -> PlanGraft.onto(base, plan));
  }

  /**
   * A unit as read: the input, the ruleset it was read with, its members folded, and the files read
   * (members, then unit facts if apart) as given on the command line.
   */
  public record Read(ReadUnit unit, LoadedRuleset rules, Tally tally, List<Path> given) {
    public Read {
      given = List.copyOf(given);
    }
  }

  /**
   * What else a member is handed to as it is read, after the tally has folded it (its verdicts are in
   * the tally then): the member grid, written while the unit is read.
   */
  public interface MemberHook {
    /** Called once the unit's profile is known, before the first member. */
    Consumer<Member> start(Ruleset ruleset, UnitProfile profile, Tally tally);

    MemberHook NONE = (ruleset, profile, tally) -> member -> { };
  }

  /** Reads a unit with the right ruleset, folding its members into counters as they stream past. */
  public Read read(Path members, Optional<Path> unitFile) throws DiagnosticException, UsageException {
    return read(members, unitFile, MemberHook.NONE);
  }

  /**
   * Reads a unit with the right ruleset, folding its members into counters as they stream past and
   * handing each to {@code hook}; {@code unitFile} names its unit facts when they are apart.
   */
  public Read read(Path members, Optional<Path> unitFile, MemberHook hook) throws DiagnosticException, UsageException {
    Optional<Path> facts = unitFile.isPresent() ? unitFile : siblingUnitFile(members);
    // The year only chooses the ruleset when none is named; the unit sheet's own year is read anyway.
    int unitYear = year.orElseGet(() -> ruleset.isPresent() ? today.getYear()
        : UnitReader.peekYear(members, facts, options).orElse(today.getYear()));
    LoadedRuleset rules = rulesetFor(unitYear);
    try {
      return read(members, facts, unitYear, rules, hook);
    } catch (DiagnosticException e) {
      throw ruleset.isEmpty() ? withOtherCircularHint(e, members, facts, unitYear, rules) : e;
    }
  }

  private Read read(Path members, Optional<Path> facts, int unitYear, LoadedRuleset rules, MemberHook hook)
      throws DiagnosticException {
    AtomicReference<Tally> tally = new AtomicReference<>();
    ReadUnit read = new UnitReader(rules.ruleset(), unitYear).read(members, facts, options, profile -> {
      Tally fold = new Evaluator().tally(rules.ruleset(), profile, Evaluator.GAP_LIMIT);
      tally.set(fold);
      return fold.andThen(hook.start(rules.ruleset(), profile, fold));
    }, 0);
    List<Path> given = new java.util.ArrayList<>(List.of(members));
    facts.ifPresent(given::add);
    ReadUnit checked = DateCheck.apply(YearCheck.apply(read, year, rules), rules.ruleset(), today, rules.origin());
    return new Read(checked, rules, tally.get(), given);
  }

  /**
   * A unit sheet filled in for another circular than the one in force for its year (seed 004 cites
   * TT 22 in 2025) fails with value errors; when another built-in ruleset reads the same files
   * cleanly, the errors end with a hint naming it.
   */
  private DiagnosticException withOtherCircularHint(DiagnosticException e, Path members, Optional<Path> facts,
      int unitYear, LoadedRuleset tried) {
    if (e.diagnostics().stream().noneMatch(d -> d.code().equals("I306"))) {
      return e;
    }
    for (String id : RulesetLoader.BUILTIN) {
      try {
        LoadedRuleset other = cached(id, () -> new RulesetLoader().resolve(id));
        if (other.ruleset().info().id().equals(tried.ruleset().info().id())) {
          continue;
        }
        read(members, facts, unitYear, other, MemberHook.NONE);
        List<Diagnostic> hinted = new java.util.ArrayList<>(e.diagnostics());
        hinted.add(Diagnostic.warning("W003", new SourcePosition.InFile(facts.orElse(members).toString()),
            Message.of("cli.otherCircular", other.ruleset().info().circular(), id,
                tried.ruleset().info().circular(), unitYear)));
        return new DiagnosticException(hinted);
      } catch (DiagnosticException | RuntimeException notThisOne) {
        // not read cleanly with this ruleset either: no hint from it
      }
    }
    return e;
  }

  /** Evaluates what was read; the stamp names the ruleset and input files. */
  public Assessment assess(Read unit) {
    ReadUnit read = unit.unit();
    LoadedRuleset rules = unit.rules();
    EvaluationResult result = new Evaluator().evaluate(rules.ruleset(), read.unit(), unit.tally());
    List<Stamp.Input> inputs = new java.util.ArrayList<>();
    for (int i = 0; i < read.files().size(); i++) {
      ReadUnit.InputFile f = read.files().get(i);
      inputs.add(new Stamp.Input(f.name(), i < unit.given().size() ? unit.given().get(i).toString() : f.name(), f.sha256()));
    }
    Warnings warnings = read.warnings().with(Warnings.of(rules.warnings().stream()
        .filter(w -> w.code().equals(UNTRANSLATED) || w.code().equals(FORM_LANGUAGE)
            || w.code().equals(PlanGraft.IGNORED)).toList()));
    Assessment assessment = new Assessment(result, warnings, new Stamp(Stamp.toolVersion(), rules.origin(),
        rules.sha256(), inputs, today), wording);
    Ruleset form = forms.get(rules.ruleset());
    return form == null ? assessment
        : assessment.withForm(new Evaluator().evaluate(form, read.unit(), unit.tally()));
  }

  /** The report date every unit is stamped with. */
  LocalDate today() {
    return today;
  }

  /** What the unit facts beside a CSV member list are named after its stem: {@code <name>-don-vi.csv}. */
  private static final String UNIT_FACTS_SUFFIX = "-don-vi.csv";

  /** Whether {@code fileName} (any case) is named as a CSV member list's unit facts. */
  static boolean isUnitFacts(String fileName) {
    return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(UNIT_FACTS_SUFFIX);
  }

  /** A CSV member list's unit facts, by convention {@code <name>-don-vi.csv} beside it. */
  static Optional<Path> siblingUnitFile(Path members) {
    String name = members.getFileName().toString();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return Optional.empty();
    }
    Path sibling = members.resolveSibling(name.substring(0, name.length() - 4) + UNIT_FACTS_SUFFIX);
    return java.nio.file.Files.isRegularFile(sibling) ? Optional.of(sibling) : Optional.empty();
  }

  /** The code of the warning that a ruleset has texts without English, shown in English runs. */
  static final String UNTRANSLATED = "W004";
  /** The code of the note that the report template is filled in its own language, not the run's. */
  static final String FORM_LANGUAGE = "W005";

  /**
   * The ruleset in the language of the run: in English, its texts from its {@code english} pairs, and a
   * warning listing the first texts that have none (they stay Vietnamese).
   */
  static LoadedRuleset inLanguage(LoadedRuleset rules, Wording wording) {
    if (wording.language().equals(Wording.VI)) {
      return withFormNote(rules, wording);
    }
    RulesetTranslator.Translated english = RulesetTranslator.english(rules.ruleset());
    List<Diagnostic> warnings = new java.util.ArrayList<>(rules.warnings());
    if (!english.missing().isEmpty()) {
      List<String> first = english.missing().stream().limit(3).map(t -> "\u201c" + shortened(t) + "\u201d").toList();
      warnings.add(Diagnostic.warning(UNTRANSLATED, new SourcePosition.InFile(rules.origin()),
          Message.of("ruleset.untranslated", english.missing().size(), String.join(", ", first))));
    }
    return withFormNote(new LoadedRuleset(english.ruleset(), rules.origin(), rules.sha256(), warnings,
        rules.sources()), wording);
  }

  /** The ruleset with a note when its report template is written in another language than the run's. */
  private static LoadedRuleset withFormNote(LoadedRuleset rules, Wording wording) {
    if (!(rules.ruleset().report() instanceof ReportLayout.Template template)
        || template.language().equals(wording.language())) {
      return rules;
    }
    List<Diagnostic> warnings = new java.util.ArrayList<>(rules.warnings());
    warnings.add(Diagnostic.warning(FORM_LANGUAGE, new SourcePosition.InFile(rules.origin()),
        Message.of("note.formLanguage." + template.language(), template.file())));
    return new LoadedRuleset(rules.ruleset(), rules.origin(), rules.sha256(), warnings, rules.sources());
  }

  /**
   * The ruleset in the language of its report template, when that is not the run's: the Vietnamese
   * ruleset as loaded, or its English.
   */
  private Optional<Ruleset> formRuleset(Ruleset loaded) {
    if (!(loaded.report() instanceof ReportLayout.Template template)
        || template.language().equals(wording.language())) {
      return Optional.empty();
    }
    return Optional.of(template.language().equals(ReportLayout.Template.ENGLISH)
        ? RulesetTranslator.english(loaded).ruleset() : loaded);
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }

  /** Loads a ruleset once per key, keeping its exception for the next ask. */
  private interface Load {
    LoadedRuleset get() throws RulesetException;
  }

  private LoadedRuleset cached(String key, Load load) throws RulesetException {
    LoadedRuleset hit = loaded.get(key);
    if (hit != null) {
      return hit;
    }
    LoadedRuleset original = load.get();
    LoadedRuleset fresh = inLanguage(original, wording);
    formRuleset(original.ruleset()).ifPresent(form -> forms.put(fresh.ruleset(), form));
    LoadedRuleset kept = loaded.putIfAbsent(key, fresh);
    return kept != null ? kept : fresh;
  }
}
