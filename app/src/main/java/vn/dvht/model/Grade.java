package vn.dvht.model;

import java.math.BigDecimal;

/** A grade band of a scoring ruleset: reached with at least {@code min} points (Tốt: 85). */
public record Grade(String id, String label, BigDecimal min) {}
