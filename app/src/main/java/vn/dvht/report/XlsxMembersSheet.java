package vn.dvht.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;

/** Sheet "Thành viên": one row per member, one column per share indicator, failures highlighted. */
final class XlsxMembersSheet {
  private static final int FIXED = 5;

  private final XlsxStyles styles;
  private final EvaluationResult result;

  XlsxMembersSheet(XlsxStyles styles, EvaluationResult result) {
    this.styles = styles;
    this.result = result;
  }

  void write(Sheet sheet) {
    Ruleset ruleset = result.ruleset();
    List<MemberGap> gaps = result.gaps();
    Row header = sheet.createRow(0);
    String[] keys = {"col.number", "col.row", "col.name", "col.memberId", "col.subject"};
    for (int c = 0; c < keys.length; c++) {
      XlsxStyles.text(header, c, Messages.get(keys[c]), styles.header);
    }
    for (int g = 0; g < gaps.size(); g++) {
      XlsxStyles.text(header, FIXED + g, gaps.get(g).indicator().id() + "\n" + gaps.get(g).indicator().shortText(),
          styles.header);
    }
    List<Set<SourceRow>> failing = gaps.stream()
        .map(g -> (Set<SourceRow>) new HashSet<>(g.members().stream().map(Member::source).toList())).toList();
    int r = 1;
    for (Member member : result.unit().members()) {
      Row row = sheet.createRow(r);
      XlsxStyles.number(row, 0, r, styles.cellNumber);
      XlsxStyles.number(row, 1, member.source().row(), styles.cellNumber);
      XlsxStyles.text(row, 2, member.name(), styles.cell);
      XlsxStyles.text(row, 3, member.memberId(), styles.cell);
      XlsxStyles.text(row, 4, ruleset.population(member.population()).label(), styles.cell);
      for (int g = 0; g < gaps.size(); g++) {
        String population = ((Measure.Share) gaps.get(g).indicator().measure()).population();
        if (!population.equals(member.population())) {
          XlsxStyles.text(row, FIXED + g, "", styles.cell);
        } else if (failing.get(g).contains(member.source())) {
          XlsxStyles.text(row, FIXED + g, Messages.get("members.failed"), styles.cellFailed);
        } else {
          XlsxStyles.text(row, FIXED + g, Messages.get("members.passed"), styles.cellPassed);
        }
      }
      r++;
    }
    long total = result.populationCounts().values().stream().mapToLong(Long::longValue).sum();
    if (result.unit().members().size() < total) {
      XlsxStyles.text(sheet.createRow(r), 2, Messages.get("members.partial", result.unit().members().size(), total),
          styles.italic);
    }
    sheet.createFreezePane(3, 1);
    sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
    sheet.setColumnWidth(0, 6 * 256);
    sheet.setColumnWidth(1, 7 * 256);
    sheet.setColumnWidth(2, 28 * 256);
    sheet.setColumnWidth(3, 14 * 256);
    sheet.setColumnWidth(4, 12 * 256);
    for (int g = 0; g < gaps.size(); g++) {
      sheet.setColumnWidth(FIXED + g, 16 * 256);
    }
    XlsxStyles.printA4(sheet, true);
  }
}
