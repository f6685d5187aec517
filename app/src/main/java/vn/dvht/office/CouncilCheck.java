package vn.dvht.office;

import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;

/**
 * What the circular asks of the council's make-up (Điều 10, 16 khoản 2 điểm b), checked on the sheet:
 * an odd number of members, five or more, everyone counted ({@link Council}); one chair; a secretary;
 * errors, each at its row. A group the circular names that no member represents is a warning.
 */
final class CouncilCheck {
  private CouncilCheck() {}

  static void check(Council council, Table table, List<Diagnostic> problems) {
    int size = council.members().size();
    if (!council.legalSize()) {
      problems.add(Diagnostic.error("O110", table.lastRow(), Message.of(size % 2 == 0 && size >= Council.MINIMUM
          ? "office.councilEven" : "office.councilSmall", size)));
    }
    List<CouncilMember> chairs = council.with(Role.CHAIR);
    if (chairs.isEmpty()) {
      problems.add(Diagnostic.error("O111", table.headerRow(), Message.of("office.noChair")));
    }
    for (CouncilMember extra : chairs.stream().skip(1).toList()) {
      problems.add(Diagnostic.error("O111", table.at(row(table, extra), SetupReader.ROLE),
          Message.of("office.twoChairs", extra.name(), chairs.get(0).name())));
    }
    if (council.with(Role.SECRETARY).isEmpty()) {
      problems.add(Diagnostic.error("O112", table.headerRow(), Message.of("office.noSecretary")));
    }
    List<Group> missing = council.missingGroups();
    if (size > 0 && !missing.isEmpty()) {
      problems.add(Diagnostic.warning("O120", table.headerRow(), Message.of("office.missingGroups",
          missing.stream().map(g -> Message.of("office.group." + g.key()))
              .reduce((a, b) -> Message.of("message.joined", a, b)).orElseThrow())));
    }
  }

  private static vn.dvht.input.RawRow row(Table table, CouncilMember member) {
    return table.rows().stream().filter(r -> r.number() == member.row()).findFirst().orElseThrow();
  }
}
