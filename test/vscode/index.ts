// Entry loaded by the extension host when VS Code starts with extensionTestsPath: both our
// code-server runner (test/e2e/run.mjs) and @vscode/test-electron (test/vscode/electron.mjs).
// Each *.test.ts is bundled next to this file. Mocha's spec output reaches the runner through
// the host's console; the counts are also written as JSON to $VSCODE_EXT_TEST_RESULTS, since the
// host's console cannot be patched.
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  if (process.env.INVITE_LINT_GREP) mocha.grep(process.env.INVITE_LINT_GREP);
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const resultsFile = process.env.VSCODE_EXT_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    try {
      const failed: { title: string; error: string }[] = [];
      const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
      runner.on('fail', (test, err) => failed.push({ title: test.fullTitle(), error: String((err && err.stack) || err) }));
      runner.on('end', () => {
        if (!resultsFile) return;
        const s = runner.stats!;
        fs.writeFileSync(resultsFile, JSON.stringify({ passes: s.passes, failures: s.failures, pending: s.pending, durationMs: s.duration, failed }, null, 2));
      });
    } catch (err) {
      reject(err);
    }
  });
}
