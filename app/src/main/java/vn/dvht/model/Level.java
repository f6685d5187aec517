package vn.dvht.model;

/**
 * A recognition level (Mức độ 1, Mức độ 2); {@code rank} orders them, 1 being the lowest. A
 * {@code plan} level holds a unit's own plan targets: it is evaluated and reported, but is never a
 * recognition level.
 */
public record Level(String id, String label, int rank, boolean plan) {}
