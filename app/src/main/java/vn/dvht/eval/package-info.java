/** The evaluator: a pure, exact function from a ruleset and a unit to the result; no I/O. */
package vn.dvht.eval;
