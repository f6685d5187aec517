/** The command line (picocli only): commands, options, exit codes and writing output files. */
package vn.dvht.cli;
