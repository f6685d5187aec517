package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import vn.dvht.model.FactDef;
import vn.dvht.model.FactDef.FactType;
import vn.dvht.model.Ruleset;

/** A unit fact is read as a date only when it says {@code type: date}; the unit sheet keeps the others as text. */
class FactTypesTest {

  @Test
  void tt24ReadsTheDecisionDateAsADateAndTheSignatureLinesAsText() throws RulesetException {
    Ruleset tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();
    assertThat(tt24.facts()).extracting(FactDef::id, FactDef::type).containsExactly(
        tuple("ngay-qd-muc-1", FactType.DATE),
        tuple("co-quan-chu-quan", FactType.TEXT),
        tuple("chuc-vu-nguoi-ky", FactType.TEXT),
        tuple("nguoi-ky", FactType.TEXT));
  }
}
