package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Confidence;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Measure;
import vn.dvht.model.Ruleset;
import vn.dvht.model.ScoreRule;

/** Each kind of field and of indicator is read as what it says, with its defaults (the built-in tt24.yaml). */
class FieldAndMeasureKindsTest {

  @Test
  void everyFieldTypeIsReadWithItsOptions() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();

    assertThat(tt24.field("ho-ten")).isEqualTo(field(tt24, "ho-ten", new FieldType.Name(), false));
    assertThat(tt24.field("ma-dinh-danh").type()).isEqualTo(new FieldType.Identifier());
    assertThat(tt24.field("ngay-sinh").type()).isEqualTo(new FieldType.BirthDate());
    assertThat(tt24.field("doi-tuong").type()).isEqualTo(new FieldType.PopulationColumn());
    assertThat(List.of("ma-dinh-danh", "ngay-sinh", "doi-tuong", "cdht-1"))
        .allSatisfy(id -> assertThat(tt24.field(id).optional()).as(id).isTrue());
    assertThat(tt24.field("ky-luat-lao-dong")).as("optional: false unless it says so")
        .isEqualTo(field(tt24, "ky-luat-lao-dong", new FieldType.YesNo("co-khong", ScoreRule.NONE), false));
    assertThat(tt24.field("danh-hieu-thi-dua").type()).isEqualTo(new FieldType.Ranked("danh-hieu-ca-nhan"));
    assertThat(tt24.field("cdht-1").type()).isEqualTo(new FieldType.Score(BigDecimal.TEN));
    assertThat(tt24.field("cong-dan-hoc-tap").type()).isInstanceOfSatisfying(FieldType.YesNo.class, yesNo -> {
      assertThat(yesNo.vocabulary()).isEqualTo("co-khong");
      assertThat(yesNo.scores().parts()).hasSize(10).startsWith("cdht-1").endsWith("cdht-10");
      assertThat(yesNo.scores().minTotal()).isEqualByComparingTo("80");
      assertThat(yesNo.scores().minEach()).isEqualByComparingTo("5");
      assertThat(yesNo.scores().confidence()).isEqualTo(Confidence.INFERRED);
    });
  }

  @Test
  void everyIndicatorKindIsReadAsItsMeasure() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();
    assertThat(tt24.indicator("TC1.CT1").orElseThrow().measure()).isEqualTo(new Measure.UnitFact());
    assertThat(tt24.indicator("TC3.CT3").orElseThrow().measure()).isEqualTo(new Measure.UnitRank("danh-hieu-tap-the"));
    assertThat(tt24.indicators()).filteredOn(i -> i.measure() instanceof Measure.Share).isNotEmpty();
  }

  private static Field field(Ruleset ruleset, String id, FieldType type, boolean optional) {
    Field read = ruleset.field(id);
    return new Field(id, read.header(), read.aliases(), type, optional);
  }
}
