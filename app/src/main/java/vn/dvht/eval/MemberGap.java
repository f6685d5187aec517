package vn.dvht.eval;

import java.util.List;
import vn.dvht.model.Indicator;
import vn.dvht.model.SourceRow;

/**
 * The members of a share indicator's population who do not pass its test, in sheet order, for the
 * lists of who needs what: all of them for an ordinary unit; for a very large one the first
 * {@code members.size()} of {@code total}. Every member's verdict, listed or not, is in
 * {@link Verdicts}.
 */
public record MemberGap(Indicator indicator, List<Entry> members, long total) {
  public MemberGap {
    members = List.copyOf(members);
  }

  public boolean complete() {
    return members.size() == total;
  }

  /** One failing member: where the row is, who it is, and what the cell said ({@code value}, blank if empty). */
  public record Entry(SourceRow source, String name, String memberId, String value) {}
}
