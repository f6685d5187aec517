package vn.dvht.model;

import java.util.Map;

/**
 * One row of the member sheet, its cells read into {@link Answer}s keyed by field id, and the titles its
 * score columns give ({@code titles}, by title field), checked once when the row is read.
 */
public record Member(SourceRow source, String name, String memberId, String population, Map<String, Answer> answers,
    Map<String, MemberTest.Title> titles) {
  public Member {
    answers = Map.copyOf(answers);
    titles = Map.copyOf(titles);
  }

  /** A member whose titles are not checked yet: each is checked when a test asks for it. */
  public Member(SourceRow source, String name, String memberId, String population, Map<String, Answer> answers) {
    this(source, name, memberId, population, answers, Map.of());
  }

  /** This member with the titles its scores give. */
  public Member withTitles(Map<String, MemberTest.Title> checked) {
    return new Member(source, name, memberId, population, answers, checked);
  }

  public Answer answer(String field) {
    return answers.getOrDefault(field, Answer.BLANK);
  }
}
