package vn.dvht.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dvht.diag.Wording;
import vn.dvht.model.Authority;
import vn.dvht.model.Confidence;
import vn.dvht.model.Criterion;
import vn.dvht.model.Deadline;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Requirement;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetInfo;
import vn.dvht.model.Scoring;
import vn.dvht.model.Target;

/**
 * A ruleset as a readable Vietnamese table ({@code dvht ruleset show}): one column per authority and
 * level, each cell the bar there, "(*)" on inferred numbers, and below each criterion the citations
 * with the unit types and ownerships an indicator (or one of its targets) is limited to; then the
 * deadlines and the report template, if any.
 */
public final class RulesetTable {
  private final Ruleset ruleset;

  public RulesetTable(Ruleset ruleset) {
    this.ruleset = ruleset;
  }

  public String text(Wording words) {
    RulesetInfo info = ruleset.info();
    StringBuilder out = new StringBuilder();
    out.append(ruleset.id()).append(" — ").append(info.circular()).append(": ").append(info.title()).append('\n');
    out.append(words.get("show.effective", Phrases.date(info.effectiveFrom()),
        info.effectiveUntil().equals(RulesetInfo.OPEN_END) ? "…" : Phrases.date(info.effectiveUntil()))).append('\n');
    if (ruleset.scoring() instanceof Scoring.Points points) {
      List<String> grades = points.grades().stream()
          .map(g -> g.label() + " ≥ " + Phrases.plain(words, g.min())).toList();
      out.append(words.get("show.scoring", Phrases.plain(words, points.total()), String.join("; ", grades))).append('\n');
    }
    boolean inferred = false;
    boolean readings = false;
    Applicability applicability = new Applicability(words, ruleset);
    for (Criterion criterion : ruleset.criteria()) {
      out.append('\n').append(criterion.id()).append(". ").append(criterion.title()).append('\n');
      TextTable table = new TextTable();
      List<String> header = new ArrayList<>(List.of(words.get("col.indicator"), words.get("col.requirementShort"),
          words.get("show.measures")));
      if (ruleset.isScored()) {
        header.add(words.get("col.points"));
      }
      columns().forEach(c -> header.add(c.label));
      table.row(header.toArray(String[]::new));
      List<String> notes = new ArrayList<>();
      for (Indicator indicator : criterion.indicators()) {
        List<String> row = new ArrayList<>(List.of(indicator.id(), TextTable.clip(indicator.shortText(), 40),
            measures(words, indicator)));
        if (ruleset.isScored()) {
          row.add(Phrases.plain(words, indicator.points()));
        }
        for (Column column : columns()) {
          Target target = indicator.targets().stream()
              .filter(t -> t.level().equals(column.level.id()) && t.authorities().contains(column.authority))
              .findFirst().orElse(null);
          row.add(target == null ? "—" : bar(words, indicator, target));
          inferred |= target != null && target.confidence() == Confidence.INFERRED;
        }
        inferred |= indicator.measure() instanceof Measure.Share share && MemberTestWords.inferred(share.test());
        table.row(row.toArray(String[]::new));
        Set<String> cited = new LinkedHashSet<>();
        indicator.targets().forEach(t -> cited.add(t.citation()));
        String limits = applicability.of(indicator);
        notes.add("    " + indicator.id() + ": " + String.join("; ", cited) + (limits.isEmpty() ? "" : " · " + limits));
        applicability.perTarget(indicator).forEach(line -> notes.add("      " + line));
        readings |= applicability.anyReading(indicator);
      }
      out.append(table.render("  "));
      notes.forEach(n -> out.append(n).append('\n'));
    }
    if (inferred) {
      out.append('\n').append(words.get("text.inferredFootnote")).append('\n');
    }
    if (readings) {
      out.append(inferred ? "" : "\n").append(words.get("show.readingMark")).append('\n');
    }
    deadlines(words, out);
    evidence(words, out);
    if (ruleset.report() instanceof ReportLayout.Template template) {
      out.append('\n').append(words.get("show.template", template.file(),
          words.get("show.templateLanguage." + template.language()))).append('\n');
      out.append("  ").append(words.get("show.templateFields", fields(words, template.form()))).append('\n');
      template.letter().ifPresent(letter -> out.append(words.get("show.letter", letter.file())).append('\n')
          .append("  ").append(words.get("show.templateFields", fields(words, letter))).append('\n'));
    }
    return out.toString();
  }

  /** The placeholders a form uses, as it writes them: "{{ten_don_vi}}, {{chi_tieu_ma}}". */
  private static String fields(Wording words, ReportLayout.Form form) {
    return form.fields().isEmpty() ? words.get("show.noFields")
        : String.join(", ", form.fields().stream().map(f -> "{{" + f + "}}").toList());
  }

  /** "Thời hạn …" and one line per deadline the ruleset names. */
  private void deadlines(Wording words, StringBuilder out) {
    if (ruleset.deadlines().isEmpty()) {
      return;
    }
    out.append('\n').append(words.get("show.deadlines")).append('\n');
    for (Deadline deadline : ruleset.deadlines()) {
      String authorities = String.join(", ", ruleset.authorities().stream()
          .filter(a -> deadline.concerns(a.id())).map(Authority::label).toList());
      out.append("  ").append(words.get("show.deadline", deadline.label(),
          String.format("%02d/%02d", deadline.day().getDayOfMonth(), deadline.day().getMonthValue()), authorities,
          deadline.citation())).append('\n');
    }
  }

  /** The evidence rule: the text it quotes and what dvht does with it, or that an answer needs no evidence. */
  private void evidence(Wording words, StringBuilder out) {
    var rule = ruleset.evidence();
    out.append('\n').append(rule.required() ? words.get("show.evidence", rule.citation(), rule.text())
        : words.get("show.noEvidence")).append('\n');
  }

  /** One column of the table: an authority at a level (plan levels have one column for all authorities). */
  private record Column(String authority, Level level, String label) {}

  private List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (Level level : ruleset.levels()) {
      if (level.plan()) {
        columns.add(new Column(ruleset.authorities().get(0).id(), level, level.label()));
        continue;
      }
      for (Authority authority : ruleset.authorities()) {
        columns.add(new Column(authority.id(), level, authority.label() + " · " + level.label()));
      }
    }
    return columns;
  }

  private String measures(Wording words, Indicator indicator) {
    return indicator.measure().accept(new Measure.Cases<String>() {
      @Override
      public String share(Measure.Share share) {
        return ruleset.population(share.population()).label() + ": " + MemberTestWords.test(words, ruleset, share.test());
      }

      @Override
      public String unitFact(Measure.UnitFact fact) {
        return words.get("show.unitFact");
      }

      @Override
      public String unitRank(Measure.UnitRank rank) {
        return words.get("show.unitRank");
      }
    });
  }

  private String bar(Wording words, Indicator indicator, Target target) {
    String mark = target.confidence() == Confidence.INFERRED ? " (*)" : "";
    return target.requirement().accept(new Requirement.Cases<String>() {
      @Override
      public String minPercent(Requirement.MinPercent p) {
        return Phrases.atLeastPercent(words, p.percent()) + mark;
      }

      @Override
      public String required(Requirement.Required required) {
        return words.get("value.yes") + mark;
      }

      @Override
      public String minRank(Requirement.MinRank r) {
        return "≥ " + ruleset.scale(((Measure.UnitRank) indicator.measure()).scale()).item(r.item()).label() + mark;
      }
    });
  }
}
