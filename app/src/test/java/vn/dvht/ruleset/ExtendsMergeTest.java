package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Requirement;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;

/**
 * How a ruleset that {@code extends} tt24 changes it: a translation replaced or removed by its Vietnamese
 * text, a target replaced by its authority and level however the authority is written.
 */
class ExtendsMergeTest {
  private static final String HEAD = "schema: 1\nextends: tt24\nid: con\ntitle: Con\n";
  private static final String FIRST = "Điều 9, 15 khoản 3";
  private static final String SECOND = "Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt.";

  @Test
  void aTranslationIsRemovedOrReplacedByItsVietnameseText() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().resolve("tt24").ruleset();
    Ruleset child = MiniVariants.load("con.yaml", HEAD + "english:\n"
        + "  - {vi: \"" + FIRST + "\", remove: true}\n"
        + "  - {vi: \"" + SECOND + "\", en: \"Without suitable evidence, not met.\"}\n").ruleset();

    assertThat(tt24.english()).containsKeys(FIRST, SECOND);
    assertThat(child.english()).doesNotContainKey(FIRST).containsEntry(SECOND, "Without suitable evidence, not met.")
        .hasSize(tt24.english().size() - 1);
  }

  @Test
  void aTargetWhoseAuthorityIsWrittenAsAListReplacesTheSameTarget() {
    Ruleset child = MiniVariants.load("con.yaml", HEAD + """
        criteria:
          - id: TC2
            indicators:
              - id: TC2.CT1
                targets:
                  - {authority: [huyen], level: muc-1, min: 92, confidence: stated, citation: HD 1}
        """).ruleset();

    assertThat(child.indicator("TC2.CT1").orElseThrow().targets()).hasSize(4)
        .filteredOn(t -> t.authorities().contains("huyen") && t.level().equals("muc-1"))
        .singleElement().extracting(Target::requirement).isEqualTo(new Requirement.MinPercent(new BigDecimal("92")));
  }
}
