/** Loads YAML/JSON rulesets into the validated model, collecting every problem with its position. */
package vn.dvht.ruleset;
