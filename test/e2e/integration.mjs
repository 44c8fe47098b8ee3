// The extension-host suite (test/vscode/) inside a real VS Code: the VS Code server from the
// npm package code-server, with headless Chromium as the window. The workbench receives the
// extension and the suite through its `payload` URL parameter (as @vscode/test-electron passes
// --extensionDevelopmentPath/--extensionTestsPath), runs mocha in the remote Node extension host,
// forwards the host's console via window.codeAutomationLog and its exit code via
// window.codeAutomationExit.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { ROOT, keepScratch, launchChromium, makeScratch, since, startServer, workbenchUrl } from './lib.mjs';

const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|ChatSessionStore|\[reconnection-grace-time\]|\[AgentHost|\[AccountPolicyGate\]|\[ChatModelSelection\])/;

/** Returns { passes, failures, durationMs }. */
export async function runIntegration({ node, serverMain, tests, timeoutS = 300, verbose = false, grep, keepDirs = false, screenshot }) {
  const t0 = Date.now();
  const log = (m) => console.log(`[integration ${since(t0)}] ${m}`);
  const dirs = makeScratch();
  fs.cpSync(path.join(ROOT, 'test/fixtures'), dirs.workspace, { recursive: true });
  const resultsFile = path.join(dirs.root, 'results.json');
  let server;
  let context;
  try {
    server = await startServer({ node, serverMain, dirs,
      env: { VSCODE_EXT_TEST_RESULTS: resultsFile, ...(grep ? { INVITE_LINT_GREP: grep } : {}) } });
    log(`VS Code server at ${server.base}`);
    ({ context } = await launchChromium(dirs, server.base));
    const page = context.pages()[0];
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    const hostLogs = [];
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = Array.isArray(args) ? format(...args) : String(args);
      hostLogs.push(line);
      if (verbose) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => resolveExit({ code, logs }));
    page.on('pageerror', (e) => hostLogs.push(`[pageerror] ${e.message}`));
    await page.goto(workbenchUrl(server, dirs.workspace, { payload: [
      ['extensionDevelopmentPath', server.remoteUri(ROOT)],
      ['extensionTestsPath', server.remoteUri(tests)],
      ['skipWelcome', 'true'],
    ] }));
    log('workbench opened; mocha runs in the extension host');
    const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r({ code: 'timeout' }), timeoutS * 1000))]);
    log(`extension host exited: ${result.code}`);
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
    if (!verbose) for (const l of hostLogs) if (result.code !== 0 || !NOISE.test(l)) console.log(l);
    const summary = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    if (result.code !== 0) {
      for (const l of result.logs || []) if (/exthost/.test(l.relativePath)) console.log(`--- ${l.relativePath}\n${l.contents.slice(-4000)}`);
      console.log(`--- server output\n${server.output().slice(-3000)}`);
    }
    if (!summary) return { passes: 0, failures: 1, durationMs: Date.now() - t0 };
    const failures = result.code === 0 ? summary.failures : Math.max(summary.failures, 1);
    return { passes: summary.passes, failures, durationMs: Date.now() - t0 };
  } finally {
    await context?.close().catch(() => {});
    await server?.stop();
    if (keepDirs) { keepScratch(dirs.root); log(`kept ${dirs.root}`); } else fs.rmSync(dirs.root, { recursive: true, force: true });
  }
}
