package vn.dvht.model;

import java.util.List;

/**
 * Who owns a unit: công lập, or ngoài công lập (tư thục, dân lập). {@code aliases} are the words that
 * reveal it inside the unit type a clerk writes ("Trường THPT tư thục" → ngoài công lập).
 */
public record Ownership(String id, String label, List<String> aliases) implements Named {
  public Ownership {
    aliases = List.copyOf(aliases);
  }
}
