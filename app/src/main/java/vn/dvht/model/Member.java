package vn.dvht.model;

import java.util.Map;

/** One row of the member sheet, its cells read into {@link Answer}s keyed by field id. */
public record Member(SourceRow source, String name, String memberId, String population, Map<String, Answer> answers) {
  public Member {
    answers = Map.copyOf(answers);
  }

  public Answer answer(String field) {
    return answers.getOrDefault(field, Answer.BLANK);
  }
}
