package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvht.model.FieldType;
import vn.dvht.model.Indicator;
import vn.dvht.model.Ruleset;

/**
 * {@code --lang en}: every text of a ruleset the reports show is taken from its {@code english} pairs — the
 * sources of a title's score rule and of each group's own bars, the reasons of dvht's readings included — and
 * a Vietnamese text without a pair stays as written and is listed, once, in reading order.
 */
class RulesetTranslatorTest {
  private static final String MINI = """
      schema: 1
      id: mini
      title: Bộ tiêu chí thử
      circular: Thông tư thử
      effective: {from: 2024-01-26}
      authorities:
        - {id: huyen, label: Cấp huyện}
      unitTypes:
        - {id: truong, label: THCS}
        - {id: quan-su, label: Cơ quan quân sự}
      unitGroups:
        - id: nha-nuoc
          label: Cơ quan nhà nước
          members: [truong]
          inferred: [quan-su]
          note: Thông tư không nói cơ quan quân sự
      populations:
        - {id: thanh-vien, label: Thành viên, default: true}
        - {id: hoc-vien, label: Học viên}
      vocabularies:
        - {id: co-khong, yes: [Có], no: [Không]}
      fields:
        - {id: ho-ten, header: Họ và tên, type: name}
        - {id: doi-tuong, header: Đối tượng, type: population, optional: true}
        - id: cdht
          header: Công dân học tập
          type: yes-no
          scores:
            parts: [cs-1, cs-2]
            minTotal: 16
            minEach: 5
            confidence: inferred
            source: Quyết định thử
            groups:
              - {population: hoc-vien, minTotal: 18, source: Hướng dẫn riêng cho học viên}
        - {id: cs-1, header: Chỉ số 1, type: score, optional: true}
        - {id: cs-2, header: Chỉ số 2, type: score, optional: true}
      levels:
        - {id: muc-1, label: Mức độ 1}
      criteria:
        - id: TC2
          title: Kết quả học tập
          indicators:
            - id: TC2.CT1
              text: Thành viên đạt Công dân học tập.
              kind: share
              population: thanh-vien
              appliesTo: [nha-nuoc]
              test: {field: cdht}
              targets:
                - {level: muc-1, min: 90, appliesTo: [nha-nuoc], confidence: stated, citation: Article 6}
      english:
        - {vi: Quyết định thử, en: A test decision}
        - {vi: Hướng dẫn riêng cho học viên, en: Learners' own guidance}
        - {vi: Thông tư không nói cơ quan quân sự, en: The circular does not name military bodies}
        - {vi: Mức độ 1, en: Level 1}
      """;

  @Test
  void theSourcesOfAScoreRuleAndOfEachGroupAreInEnglish() throws Exception {
    FieldType type = english().ruleset().field("cdht").type();
    assertThat(type).isInstanceOfSatisfying(FieldType.YesNo.class, y -> {
      assertThat(y.scores().source()).isEqualTo("A test decision");
      assertThat(y.scores().groups()).containsOnlyKeys("hoc-vien");
      assertThat(y.scores().groups().get("hoc-vien").source()).isEqualTo("Learners' own guidance");
    });
  }

  @Test
  void theReasonsOfDvhtsReadingsAreInEnglish() throws Exception {
    Indicator indicator = english().ruleset().indicator("TC2.CT1").orElseThrow();
    Map<String, String> reason = Map.of("quan-su", "The circular does not name military bodies");
    assertThat(indicator.readings()).isEqualTo(reason);
    assertThat(indicator.targets()).singleElement().satisfies(t -> assertThat(t.scope().readings()).isEqualTo(reason));
  }

  @Test
  void aTextWithoutEnglishStaysAsWrittenAndIsListedUnlessItIsPlainAscii() throws Exception {
    RulesetTranslator.Translated en = english();
    Ruleset ruleset = en.ruleset();
    assertThat(ruleset.level("muc-1").label()).isEqualTo("Level 1");
    assertThat(ruleset.info().title()).isEqualTo("Bộ tiêu chí thử");
    assertThat(ruleset.unitTypes().get(0).label()).isEqualTo("THCS");
    assertThat(en.missing()).startsWith("Bộ tiêu chí thử", "Thông tư thử", "Cấp huyện")
        .contains("Cơ quan quân sự", "Kết quả học tập", "Thành viên đạt Công dân học tập.")
        .doesNotContain("THCS", "Article 6", "", "Mức độ 1").doesNotHaveDuplicates();
  }

  private static RulesetTranslator.Translated english() throws RulesetException {
    return RulesetTranslator.english(new RulesetLoader().parse("mini.yaml", MINI.getBytes(StandardCharsets.UTF_8), false)
        .ruleset());
  }
}
