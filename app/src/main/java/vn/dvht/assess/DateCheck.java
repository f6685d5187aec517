package vn.dvht.assess;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.input.ReadUnit;
import vn.dvht.model.Answer;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.LegalBasis;
import vn.dvht.model.Ruleset;
import vn.dvht.model.UnitProfile;

/**
 * Dates a report should not carry: evidence dated after the report itself (W007: "Quyết định 88/QĐ-UBND ngày
 * 20/12/2026" in a report dated 07/12/2026), and a document cited as "Căn cứ" that came into force only after
 * the assessment year (W008: Luật 06/2022/QH15, in force from 01/01/2024, for a 2023 assessment). Warnings: the
 * figures stand, the clerk checks the text.
 */
final class DateCheck {
  static final String EVIDENCE_AFTER_REPORT = "W007";
  static final String LAW_AFTER_YEAR = "W008";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** "20/12/2026", "20-12-2026", "20.12.2026" or "ngày 20 tháng 12 năm 2026". */
  private static final Pattern DATE = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?![\\d/.-])"
          + "|(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");

  private DateCheck() {}

  static ReadUnit apply(ReadUnit read, Ruleset ruleset, LocalDate reportDate, String rulesetOrigin) {
    Warnings warnings = read.warnings();
    String file = read.files().get(read.files().size() - 1).name();
    java.util.List<FactAnswer> facts = read.unit().facts().values().stream()
        .sorted(Comparator.comparing((FactAnswer f) -> f.source().sheet()).thenComparingInt(f -> f.source().row()))
        .toList();
    for (FactAnswer fact : facts) {
      Optional<LocalDate> latest = latest(fact).filter(d -> d.isAfter(reportDate));
      if (latest.isPresent()) {
        warnings = warnings.with(Diagnostic.warning(EVIDENCE_AFTER_REPORT, new SourcePosition.InSheet(file,
            fact.source().sheet(), fact.source().row(), -1, ""), Message.of("date.evidenceAfterReport",
                fact.key(), latest.get().format(SHOWN), reportDate.format(SHOWN))));
      }
    }
    UnitProfile profile = read.unit().profile();
    for (LegalBasis basis : ruleset.info().legalBasis()) {
      if (basis.postdates(profile.year()) && ruleset.legalBasisFor(profile).contains(basis.text())) {
        warnings = warnings.with(Diagnostic.warning(LAW_AFTER_YEAR, new SourcePosition.InFile(rulesetOrigin),
            Message.of("date.lawAfterYear", basis.text(), basis.from().format(SHOWN), profile.year())));
      }
    }
    return new ReadUnit(read.unit(), warnings, read.files(), read.layout());
  }

  /** The latest date an answer gives: a date cell, or a date written in its value or evidence. */
  private static Optional<LocalDate> latest(FactAnswer fact) {
    Optional<LocalDate> given = fact.answer() instanceof Answer.Date date ? Optional.of(date.value())
        : Optional.empty();
    return java.util.stream.Stream.concat(given.stream(),
            java.util.stream.Stream.of(fact.answer().raw(), fact.evidence()).flatMap(t -> dates(t).stream()))
        .max(Comparator.naturalOrder());
  }

  static java.util.List<LocalDate> dates(String text) {
    java.util.List<LocalDate> dates = new java.util.ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 4;
      try {
        dates.add(LocalDate.of(Integer.parseInt(m.group(g + 2)), Integer.parseInt(m.group(g + 1)),
            Integer.parseInt(m.group(g))));
      } catch (DateTimeException notADate) {
        // "31/02/2026" or a number that only looks like a date: not one
      }
    }
    return dates;
  }
}
