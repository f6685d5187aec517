package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Confidence;
import vn.dvht.model.Measure;
import vn.dvht.model.Requirement;
import vn.dvht.model.Scale;
import vn.dvht.model.ScaleItem;
import vn.dvht.model.Scope;
import vn.dvht.model.Target;

/**
 * Reads one target of an indicator: where it applies (authority, level, and the units its own point
 * names), what it requires, its own wording if any, its citation and confidence.
 */
final class TargetReader {
  private final Diagnostics diagnostics;
  private final Ids ids;
  private final IndicatorReader.Context context;
  private final ScopeReader scopes;

  TargetReader(Diagnostics diagnostics, Ids ids, IndicatorReader.Context context, ScopeReader scopes) {
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.context = context;
    this.scopes = scopes;
  }

  /** Reads a target whose bar fits {@code measure}. */
  Target read(MapReader t, Measure measure) {
    return read(t, () -> requirement(t, measure));
  }

  /** Reads a target of an indicator whose kind was wrong: any bar is accepted, none is checked. */
  Target readAnyBar(MapReader t) {
    t.allow("min", "atLeast");
    return read(t, Requirement.Required::new);
  }

  private Target read(MapReader t, Supplier<Requirement> bar) {
    Set<String> authorities = authorities(t);
    String level;
    if (!context.defaultLevel().isEmpty() && !t.has("level")) {
      t.allow("level");
      level = context.defaultLevel();
    } else {
      level = t.text("level");
    }
    if (!level.isEmpty() && context.levels().stream().noneMatch(l -> l.id().equals(level))) {
      ids.unknown("level", level, t.positionOf("level"));
    }
    Requirement requirement = bar.get();
    Scope scope = scopes.narrowed(t);
    String text = t.text("text", "");
    Confidence confidence = confidence(t);
    String citation = t.text("citation");
    String note = t.text("note", "");
    if (confidence == Confidence.INFERRED && note.isBlank()
        && t.optionalText("confidence").orElse("").equals(Confidence.INFERRED.key())) {
      diagnostics.error("R023", t.positionOf("confidence"), Message.of("ruleset.inferredNeedsNote"));
    }
    t.finish();
    return new Target(authorities, level, requirement, confidence, citation, note, text, scope);
  }

  /** The authorities named, or every authority when the key is left out. */
  private Set<String> authorities(MapReader t) {
    Set<String> authorities = new LinkedHashSet<>();
    if (!t.has("authority")) {
      t.allow("authority");
      context.authorities().forEach(a -> authorities.add(a.id()));
      return authorities;
    }
    for (Node.Scalar a : t.scalars("authority")) {
      if (context.authorities().stream().noneMatch(x -> x.id().equals(a.text()))) {
        ids.unknown("authority", a.text(), a.position());
      }
      authorities.add(a.text());
    }
    return authorities;
  }

  private Requirement requirement(MapReader t, Measure measure) {
    return measure.accept(new Measure.Cases<Requirement>() {
      @Override
      public Requirement share(Measure.Share share) {
        Optional<BigDecimal> min = t.number("min", true);
        if (min.isPresent() && !RulesetReader.isPercent(min.get())) {
          diagnostics.error("R012", t.positionOf("min"),
              Message.of("ruleset.percentRange", min.get().toPlainString()));
          return new Requirement.MinPercent(BigDecimal.ZERO);
        }
        return new Requirement.MinPercent(min.orElse(BigDecimal.ZERO));
      }

      @Override
      public Requirement unitFact(Measure.UnitFact fact) {
        return new Requirement.Required();
      }

      @Override
      public Requirement unitRank(Measure.UnitRank rank) {
        String item = t.text("atLeast");
        checkItem(rank.scale(), item, t.positionOf("atLeast"));
        return new Requirement.MinRank(item);
      }
    });
  }

  private Confidence confidence(MapReader t) {
    String value = t.text("confidence");
    for (Confidence c : Confidence.values()) {
      if (c.key().equals(value)) {
        return c;
      }
    }
    if (!value.isEmpty()) {
      t.badChoice("confidence", value, Arrays.stream(Confidence.values()).map(Confidence::key).toList());
    }
    return Confidence.INFERRED;
  }

  /** Reports {@code item} unless it is a step of the scale (an unknown scale is reported elsewhere). */
  void checkItem(String scaleId, String item, SourcePosition.InText at) {
    Optional<Scale> scale = scale(scaleId);
    if (scale.isPresent() && !item.isEmpty() && scale.get().items().stream().noneMatch(i -> i.id().equals(item))) {
      ids.unknown("scaleItem", item, scale.get().items().stream().map(ScaleItem::id).toList(), at);
    }
  }

  Optional<Scale> scale(String id) {
    return context.scales().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
