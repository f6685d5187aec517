package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "did you mean" of a misspelt key or id: edits counted as people make them, one guess or none. */
class SpellingTest {
  @Test
  void eachKindOfEditCountsOne() {
    assertThat(Spelling.distance("titel", "title")).as("two neighbours swapped").isEqualTo(1);
    assertThat(Spelling.distance("ab", "ba")).isEqualTo(1);
    assertThat(Spelling.distance("muc-1", "muc1")).as("deleted").isEqualTo(1);
    assertThat(Spelling.distance("muc1", "muc-1")).as("inserted").isEqualTo(1);
    assertThat(Spelling.distance("muc-1", "muc-2")).as("replaced").isEqualTo(1);
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    assertThat(Spelling.distance("abcd", "badc")).as("two swaps").isEqualTo(2);
  }

  @Test
  void aNameIsNeverSuggestedForItself() {
    assertThat(Spelling.closest("titel", List.of("titel", "title"))).hasValue("title");
    assertThat(Spelling.closest("title", List.of("title"))).isEmpty();
  }

  @Test
  void twoEquallyCloseNamesGiveNoGuess() {
    assertThat(Spelling.closest("muc-3", List.of("muc-1", "muc-2"))).isEmpty();
    assertThat(Spelling.closest("muc-3", List.of("muc-1", "tinh"))).hasValue("muc-1");
  }
}
