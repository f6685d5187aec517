package vn.dvht.model;

import java.util.List;
import java.util.Optional;

/**
 * An authority level that recognises units (cấp huyện, cấp tỉnh), with where the dossier goes and who
 * decides, by assessment year.
 */
public record Authority(String id, String label, List<String> aliases, List<Dossier> dossiers) implements Named {
  public Authority {
    aliases = List.copyOf(aliases);
    dossiers = List.copyOf(dossiers);
  }

  /** The first dossier route that covers the assessment year, if the ruleset gives one. */
  public Optional<Dossier> dossierFor(int year) {
    return dossiers.stream().filter(d -> d.covers(year)).findFirst();
  }
}
