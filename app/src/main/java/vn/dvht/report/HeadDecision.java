package vn.dvht.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvht.diag.Wording;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;
import vn.dvht.model.UnitProfile;

/**
 * The unit head's decision recognising the members who hold the title a ruleset computes from their own
 * scores ("Công dân học tập", Quyết định 324/QĐ-KHVN): TC3's evidence, written beside the report as
 * {@link ReportFormat#decisionName}. Members stream past while the unit is read; each one titled is one
 * short line in a spool (a scratch file of the output set), so a million members cost no memory; once the
 * unit is evaluated the document is written with the exact count in Điều 1, then the list read back from
 * the spool a batch of rows at a time ({@link HeadDecisionRenderer}).
 *
 * <pre>{@code
 * HeadDecision decision = HeadDecision.start(ruleset, profile, spool, wording);
 * members.forEach(decision::member);          // as the unit is read
 * decision.render(assessment, out);           // "Điều 1. Công nhận … cho 57 cá nhân …" and the list
 * }</pre>
 */
public final class HeadDecision {
  private final Optional<MemberTest.Scored> test;
  private final Set<String> populations;
  private final SeekableByteChannel spool;
  private final Writer lines;
  private final Wording wording;
  private long titled;
  private long fromScores;

  private HeadDecision(Ruleset ruleset, UnitProfile profile, SeekableByteChannel spool, Wording wording) {
    this.test = titleTest(ruleset, profile);
    this.populations = ruleset.sharesFor(profile).stream()
        .filter(i -> test.isPresent() && ((Measure.Share) i.measure()).test().equals(test.get()))
        .map(i -> ((Measure.Share) i.measure()).population()).collect(Collectors.toSet());
    this.spool = spool;
    this.lines = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(spool), StandardCharsets.UTF_8),
        1 << 16);
    this.wording = wording;
  }

  /** Whether a unit under {@code ruleset} may get the decision: a share indicator's test computes a title from scores. */
  public static boolean decides(Ruleset ruleset) {
    return ruleset.indicators().stream().anyMatch(i -> scored(i).isPresent());
  }

  /** The title test the decision is about: the first share indicator's that applies to the unit, if any. */
  static Optional<MemberTest.Scored> titleTest(Ruleset ruleset, UnitProfile profile) {
    return ruleset.sharesFor(profile).stream().flatMap(i -> scored(i).stream()).findFirst();
  }

  private static Optional<MemberTest.Scored> scored(Indicator indicator) {
    return indicator.measure() instanceof Measure.Share share && share.test() instanceof MemberTest.Scored s
        ? Optional.of(s) : Optional.empty();
  }

  /** Begins the decision of a unit, its list spooled to {@code spool} (read and written, empty). */
  public static HeadDecision start(Ruleset ruleset, UnitProfile profile, SeekableByteChannel spool, Wording wording) {
    return new HeadDecision(ruleset, profile, spool, wording);
  }

  /** One member as read: spooled when they hold the title and are counted for it. */
  public void member(Member member) {
    if (test.isEmpty() || !populations.contains(member.population())) {
      return;
    }
    MemberTest.Title title = test.get().title(member);
    if (!title.holds()) {
      return;
    }
    titled++;
    try {
      lines.write(clean(member.name()) + "\t" + clean(member.memberId()) + "\t" + member.population() + "\t");
      if (title.fromScores()) {
        fromScores++;
        lines.write(ScoreRule.plain(title.check().total()));
      }
      lines.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell's text on one spool line: tabs and line breaks read as spaces. */
  private static String clean(String text) {
    return text.replaceAll("[\\t\\r\\n]", " ");
  }

  /** Writes the decision and its list for the unit as evaluated. */
  public void render(Assessment assessment, OutputStream out) throws IOException {
    lines.flush();
    new HeadDecisionRenderer(wording, new Titled(titled, fromScores, this::read)).render(assessment, out);
  }

  /** The titled members spooled, each as {@code name, id, population, total ("" when given directly)}. */
  private void read(RowSink sink) throws IOException {
    spool.position(0);
    BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(spool),
        StandardCharsets.UTF_8), 1 << 16);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      sink.row(List.of(line.split("\t", -1)));
    }
  }

  /** Receives the spooled rows one by one. */
  interface RowSink {
    void row(List<String> cells) throws IOException;
  }

  /** How many members hold the title, how many of them by their scores, and their rows read back. */
  record Titled(long count, long fromScores, Rows rows) {}

  /** Hands every titled member's row to a sink, in reading order. */
  interface Rows {
    void each(RowSink sink) throws IOException;
  }
}
