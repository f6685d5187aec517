package vn.dvht.model;

/** A recognition level (Mức độ 1, Mức độ 2); {@code rank} orders them, 1 being the lowest. */
public record Level(String id, String label, int rank) {}
