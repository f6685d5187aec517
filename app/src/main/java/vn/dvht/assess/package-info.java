/**
 * The application service behind {@code dvht evaluate}: one options record, checked before any
 * input is read or output written, drives reading, evaluating and writing each unit's dossier, for
 * one unit or a batch on every core. No picocli here; the command maps its options in and the
 * outcome to an exit code.
 */
package vn.dvht.assess;
