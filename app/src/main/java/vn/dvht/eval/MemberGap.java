package vn.dvht.eval;

import java.util.List;
import vn.dvht.model.Indicator;
import vn.dvht.model.Member;

/**
 * The members of a share indicator's population who do not pass its test, in sheet order: all of
 * them for an ordinary unit; for a very large one the first {@code members.size()} of {@code total}.
 */
public record MemberGap(Indicator indicator, String field, List<Member> members, long total) {
  public MemberGap {
    members = List.copyOf(members);
  }

  public boolean complete() {
    return members.size() == total;
  }
}
