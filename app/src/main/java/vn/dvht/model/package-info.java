/** Immutable records describing a ruleset and the unit being assessed; no behaviour beyond invariants. */
package vn.dvht.model;
