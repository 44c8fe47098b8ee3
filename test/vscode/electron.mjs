// The same extension-host suite through @vscode/test-electron, for developers whose machine can
// download VS Code (or who point VSCODE_EXECUTABLE at an installed one). On networks without
// update.code.visualstudio.com use test/e2e/run.mjs (code-server) instead.
//
//   node test/vscode/electron.mjs [--version stable|insiders|1.91.0] [--grep <mocha grep>]
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, buildDev, buildSuite } from '../e2e/lib.mjs';

const { values: a } = parseArgs({ options: { version: { type: 'string' }, grep: { type: 'string' } } });
buildDev();
const extensionTestsPath = await buildSuite();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'invite-lint-electron-'));
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(ROOT, 'test/fixtures'), workspace, { recursive: true });
const resultsFile = path.join(scratch, 'results.json');
let code = 1;
try {
  code = await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: a.version ?? 'stable' }),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      `--user-data-dir=${path.join(scratch, 'user-data')}`, `--extensions-dir=${path.join(scratch, 'extensions')}`],
    extensionTestsEnv: { VSCODE_EXT_TEST_RESULTS: resultsFile, ...(a.grep ? { INVITE_LINT_GREP: a.grep } : {}) },
  });
} catch (e) {
  console.error(`@vscode/test-electron failed: ${e.message ?? e}`);
  if (/ENOTFOUND|fetch failed/.test(String(e))) console.error('VS Code could not be downloaded here; run node test/e2e/run.mjs (code-server) instead.');
}
const summary = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
fs.rmSync(scratch, { recursive: true, force: true });
const failures = summary ? (code === 0 ? summary.failures : Math.max(1, summary.failures)) : 1;
console.log(`${summary?.passes ?? 0} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
