package vn.dvht.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dvht.diag.Wording;
import vn.dvht.model.Level;
import vn.dvht.model.OfficeField;
import vn.dvht.office.Absent;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Council;
import vn.dvht.office.Group;
import vn.dvht.office.Source;
import vn.dvht.office.Verdict;

/** The sentences of the appraisal report and the Tờ trình that count units, each once, from the appraisal. */
final class ReportSentences {
  private ReportSentences() {}

  /** The council's size and whom it represents (Điều 10, 16 khoản 2 điểm b). */
  static String council(Wording words, AppraisalBook book) {
    Council council = book.setup().council();
    List<String> groups = new ArrayList<>();
    for (Group g : Group.values()) {
      if (!council.missingGroups().contains(g)) {
        groups.add(words.get("office.group." + g.key()));
      }
    }
    String size = words.get("office.report.councilSize", council.members().size(),
        vn.dvht.office.Articles.of(book.office().authority()).procedure());
    return groups.isEmpty() ? size : size + " " + words.get("office.report.councilGroups", String.join("; ", groups));
  }

  /** What was received: dossiers, the files by kind, the files that could not be read. */
  static String received(Wording words, AppraisalBook book) {
    long members = sources(book, Source.Kind.MEMBERS);
    long json = sources(book, Source.Kind.JSON);
    long workbooks = sources(book, Source.Kind.WORKBOOK);
    String text = words.get("office.report.received", book.units().size(), members, workbooks, json);
    return book.unread().isEmpty() ? text : text + " " + words.get("office.report.unread", book.unread().size());
  }

  private static long sources(AppraisalBook book, Source.Kind kind) {
    return book.units().stream().flatMap(u -> u.sources().stream()).filter(s -> s.kind() == kind).count();
  }

  /** How the summaries were checked, and which do not match their data. */
  static String checked(Wording words, AppraisalBook book) {
    List<String> edited = book.units().stream().filter(Appraisal::edited).map(Appraisal::name).toList();
    long summaries = book.units().stream().filter(u -> u.basis() == Appraisal.Basis.SUMMARY).count();
    String text = words.get("office.report.checked", book.units().size() - summaries, summaries);
    return edited.isEmpty() ? text + " " + words.get("office.report.noEdits")
        : text + " " + words.get("office.report.edits", edited.size(), String.join("; ", edited));
  }

  /** The results in numbers: recognised per level, not recognised, still recognised. */
  static String results(Wording words, AppraisalBook book) {
    List<String> levels = new ArrayList<>();
    for (Level level : levelsHighFirst(book)) {
      levels.add(words.get("office.countAtLevel", AppraisalReportRenderer.levelCount(book.units(), level),
          level.label()));
    }
    long not = book.units().stream().filter(u -> u.verdict() instanceof Verdict.NotRecognised).count();
    long still = book.units().stream().filter(u -> u.verdict() instanceof Verdict.StillRecognised).count();
    long lower = book.units().stream().filter(u -> u.verdict() instanceof Verdict.Recognised r
        && !r.level().equals(u.requested())).count();
    return words.get("office.report.results", book.units().size(), book.recognised().size(), String.join("; ", levels),
        not, still, lower);
  }

  static List<Level> levelsHighFirst(AppraisalBook book) {
    return book.ruleset().levels().stream().filter(l -> !l.plan()).sorted(Comparator.comparingInt(Level::rank).reversed())
        .toList();
  }

  /** The council's proposal to recognise the units that pass. */
  static String proposal(Wording words, AppraisalBook book, OfficeForm.Builder f) {
    if (book.recognised().isEmpty()) {
      return words.get("office.report.proposeNone");
    }
    return words.get("office.report.propose", f.get(OfficeField.CO_QUAN), f.get(OfficeField.NGUOI_QUYET_DINH),
        book.recognised().size(), f.get(OfficeField.CAP), f.get(OfficeField.NAM_DANH_GIA),
        f.get(OfficeField.DIEU_QUY_TRINH));
  }

  /** The written answers to the units not recognised at the level they asked for. */
  static String answers(Wording words, AppraisalBook book, OfficeForm.Builder f) {
    if (book.answered().isEmpty()) {
      return words.get("office.report.answersNone");
    }
    return words.get("office.report.answers", f.get(OfficeField.CO_QUAN), book.answered().size(),
        f.get(OfficeField.DIEU_QUY_TRINH));
  }

  /** How the recognised come to it: first time, again after their term, one level up. */
  static String kinds(Wording words, AppraisalBook book) {
    long[] counts = new long[Verdict.Kind.values().length];
    for (Appraisal unit : book.recognised()) {
      counts[((Verdict.Recognised) unit.verdict()).kind().ordinal()]++;
    }
    return words.get("office.submission.kinds", counts[Verdict.Kind.FIRST.ordinal()],
        counts[Verdict.Kind.RENEWAL.ordinal()], counts[Verdict.Kind.UPGRADE.ordinal()]);
  }

  /** The units the office knows of that sent nothing. */
  static String absent(Wording words, AppraisalBook book) {
    long lapsed = book.absent().stream().filter(a -> a.status() == Absent.Status.LAPSED).count();
    long holding = book.absent().stream().filter(a -> a.status() == Absent.Status.HOLDING).count();
    long never = book.absent().stream().filter(a -> a.status() == Absent.Status.NEVER).count();
    if (!book.register().given() && book.setup().area().isEmpty()) {
      return words.get("office.report.absentUnknown");
    }
    return words.get("office.report.absent", lapsed, holding, never);
  }
}
