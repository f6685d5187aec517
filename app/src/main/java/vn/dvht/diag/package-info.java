/** Shared by every layer: positions, diagnostics, the message catalogue and file fingerprints. */
package vn.dvht.diag;
