// The real-VS-Code tests: the extension-host integration suite (test/vscode/) and the UI test
// (test/e2e/ui.mjs) against the packaged .vsix, in the VS Code server of the npm package
// code-server with Debian's Chromium. Installs them first when missing (test/e2e/setup.sh).
//
//   node test/e2e/run.mjs [--only integration|ui] [--grep <mocha grep>] [--verbose] [--keep-dirs]
//                         [--readme-screenshot]   (also writes images/screenshot.png)
//
// Ends with "N passed, N failed"; exits non-zero on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, buildDev, buildSuite, onExit, packageVsix, run, serverInstall, since } from './lib.mjs';

const { values: a } = parseArgs({ options: {
  only: { type: 'string' }, grep: { type: 'string' }, verbose: { type: 'boolean', default: false },
  'keep-dirs': { type: 'boolean', default: false }, 'readme-screenshot': { type: 'boolean', default: false },
  timeout: { type: 'string', default: '300' },
} });
const t0 = Date.now();
const log = (m) => console.log(`[e2e ${since(t0)}] ${m}`);
const { node, serverMain } = serverInstall();
log(`VS Code server: ${path.relative(process.cwd(), serverMain)} on ${node}`);

let passes = 0;
let failures = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'invite-lint-vsix-'));
const cleanup = onExit(async () => fs.rmSync(tmp, { recursive: true, force: true }));
try {
  if (a.only !== 'integration') {
    const vsix = path.join(tmp, 'invite-lint.vsix');
    log(packageVsix(vsix));
    const { runUi } = await import('./ui.mjs');
    const ui = await runUi({ node, serverMain, vsix, readmeScreenshot: a['readme-screenshot'], keepDirs: a['keep-dirs'] });
    passes += ui.passes;
    failures += ui.failures;
  }
  if (a.only !== 'ui') {
    buildDev();
    run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'test/vscode']); // the suite's types
    const tests = await buildSuite();
    const { runIntegration } = await import('./integration.mjs');
    const r = await runIntegration({ node, serverMain, tests, timeoutS: Number(a.timeout), verbose: a.verbose,
      grep: a.grep, keepDirs: a['keep-dirs'] });
    log(`integration suite: ${r.passes} passed, ${r.failures} failed in ${(r.durationMs / 1000).toFixed(1)}s`);
    passes += r.passes;
    failures += r.failures;
  }
} catch (e) {
  if (e.stdout) console.error(e.stdout);
  console.error(e.message ?? e);
  failures += 1;
} finally {
  await cleanup();
}
log('done');
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 && passes > 0 ? 0 : 1);
