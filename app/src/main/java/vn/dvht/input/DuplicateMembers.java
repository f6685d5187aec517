package vn.dvht.input;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Member;

/**
 * Members listed twice on one sheet: the same identifier (I214), else the same name and date of birth
 * (I219), each a warning naming both rows. Keeps a 64-bit hash and a row number per member, so a
 * million members take some 24 MB. An unreadable date of birth is a warning at its cell (I218); every
 * warning is counted, the first of each code listed ({@link vn.dvht.diag.Warnings}).
 */
final class DuplicateMembers {
  /** No assessment year known: dates of birth are checked only against {@value #FIRST_BIRTH_YEAR}. */
  static final int NO_YEAR = 0;
  /** No member of a unit can be born before this year (they would be past 125 in the first year of the programme). */
  static final int FIRST_BIRTH_YEAR = 1900;
  /** The minimum working age of the Labour Code 2019 (Art. 3, 1): a younger member is almost surely a typing slip. */
  static final int MIN_AGE = 15;
  /** Older members are almost surely a typing slip (a 19xx year for 20xx, say). */
  static final int MAX_AGE = 100;

  private final RowStream sheet;
  private final Diagnostics diagnostics;
  private final int year;
  private final IdIndex ids = new IdIndex();
  private final IdIndex people = new IdIndex();

  /** @param year the assessment year, or {@link #NO_YEAR} */
  DuplicateMembers(RowStream sheet, Diagnostics diagnostics, int year) {
    this.sheet = sheet;
    this.diagnostics = diagnostics;
    this.year = year;
  }

  /**
   * Records a member read on {@code row}; {@code born} is the date-of-birth cell's text ("" when the
   * sheet has none) and {@code bornAt} gives its position. A date of birth that cannot be read, or that
   * no member can have (before {@value #FIRST_BIRTH_YEAR}, after the assessment year, younger than
   * {@value #MIN_AGE} or older than {@value #MAX_AGE} in it), is a warning at its cell: it only serves
   * to find members listed twice, so it never stops an evaluation.
   */
  void check(Member member, int row, String born, Supplier<SourcePosition.InSheet> bornAt) {
    Optional<LocalDate> day = born.isEmpty() ? Optional.empty() : birthDate(born, bornAt);
    if (!member.memberId().isEmpty()) {
      int first = ids.putIfAbsent(TextKey.ofUnique(member.memberId()), row);
      if (first > 0) {
        diagnostics.warning("I214", () -> rowAt(row),
            () -> Message.of("members.duplicateId", member.memberId(), first));
        return;
      }
    }
    if (day.isEmpty() || member.name().isEmpty()) {
      return;
    }
    int first = people.putIfAbsent(TextKey.ofUnique(member.name()) + "|" + day.get(), row);
    if (first > 0) {
      diagnostics.warning("I219", () -> rowAt(row), () -> Message.of("members.duplicatePerson", member.name(),
          day.get().format(ValueReader.SHOWN_DAY), first));
    }
  }

  /** The date of birth read, after warning when it cannot be read or cannot be a member's. */
  private Optional<LocalDate> birthDate(String born, Supplier<SourcePosition.InSheet> bornAt) {
    Optional<LocalDate> day = ValueReader.parseDate(born, sheet.date1904());
    if (day.isEmpty()) {
      diagnostics.warning("I218", bornAt, () -> Message.of("members.badBirthDate", born));
      return day;
    }
    Supplier<Message> why = implausible(day.get().getYear());
    if (why != null) {
      diagnostics.warning("I220", bornAt, () -> Message.of("members.implausibleBirthDate",
          day.get().format(ValueReader.SHOWN_DAY), why.get()));
    }
    return day;
  }

  /** Why a member cannot be born in {@code born}, said when asked, or null when one can. */
  private Supplier<Message> implausible(int born) {
    if (born < FIRST_BIRTH_YEAR) {
      return () -> Message.of("members.birthBefore", FIRST_BIRTH_YEAR);
    }
    if (year == NO_YEAR) {
      return null;
    }
    if (born > year) {
      return () -> Message.of("members.birthAfterYear", year);
    }
    if (year - born < MIN_AGE) {
      return () -> Message.of("members.birthTooYoung", year - born, year, MIN_AGE);
    }
    if (year - born > MAX_AGE) {
      return () -> Message.of("members.birthTooOld", year - born, year, MAX_AGE);
    }
    return null;
  }

  private SourcePosition.InSheet rowAt(int row) {
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), row, -1, "");
  }
}
