package vn.dvht.eval;

import java.util.List;
import vn.dvht.model.Indicator;
import vn.dvht.model.Member;

/** The members of a share indicator's population who do not pass its test, in sheet order. */
public record MemberGap(Indicator indicator, String field, List<Member> members) {
  public MemberGap {
    members = List.copyOf(members);
  }
}
