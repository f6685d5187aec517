package vn.dvht.input;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Member;

/**
 * Members listed twice on one sheet: the same identifier (I214), else the same name and date of birth
 * (I219), each a warning naming both rows. Keeps a 64-bit hash and a row number per member, so a
 * million members take some 24 MB. An unreadable date of birth is a warning at its cell (I218).
 */
final class DuplicateMembers {
  private static final int MAX_DATE_WARNINGS = 200;

  private final RowStream sheet;
  private final Diagnostics diagnostics;
  private final IdIndex ids = new IdIndex();
  private final IdIndex people = new IdIndex();
  private int badDates;

  DuplicateMembers(RowStream sheet, Diagnostics diagnostics) {
    this.sheet = sheet;
    this.diagnostics = diagnostics;
  }

  /**
   * Records a member read on {@code row}; {@code born} is the date-of-birth cell's text ("" when the
   * sheet has none) and {@code bornAt} gives its position.
   */
  void check(Member member, int row, String born, Supplier<SourcePosition.InSheet> bornAt) {
    if (!member.memberId().isEmpty()) {
      int first = ids.putIfAbsent(TextKey.ofUnique(member.memberId()), row);
      if (first > 0) {
        diagnostics.warning("I214", rowAt(row), Messages.get("members.duplicateId", member.memberId(), first));
        return;
      }
    }
    if (born.isEmpty() || member.name().isEmpty()) {
      return;
    }
    Optional<LocalDate> day = ValueReader.parseDate(born, sheet.date1904());
    if (day.isEmpty()) {
      if (badDates++ < MAX_DATE_WARNINGS) {
        diagnostics.warning("I218", bornAt.get(), Messages.get("members.badBirthDate", born));
      }
      return;
    }
    int first = people.putIfAbsent(TextKey.ofUnique(member.name()) + "|" + day.get(), row);
    if (first > 0) {
      diagnostics.warning("I219", rowAt(row),
          Messages.get("members.duplicatePerson", member.name(), day.get().format(ValueReader.SHOWN_DAY), first));
    }
  }

  private SourcePosition.InSheet rowAt(int row) {
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), row, -1, "");
  }
}
