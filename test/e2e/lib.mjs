// Shared helpers for the real-VS-Code runs: locate (or install) the VS Code server that the npm
// package code-server ships, start it on 127.0.0.1 with fresh data folders, launch Debian's
// headless Chromium through playwright-core, build the test suite and package the .vsix.
// Nothing is written to $HOME: XDG dirs and TMPDIR point into each run's scratch folder.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const E2E = path.join(ROOT, 'test/e2e');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
  'update.mode': 'none', 'workbench.tips.enabled': false, 'git.enabled': false, 'chat.disableAIFeatures': true,
  'workbench.colorTheme': 'Default Dark Modern', 'window.commandCenter': false, 'workbench.layoutControl.enabled': false,
};

export const since = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

// Whatever way the run ends (normal exit, an exception, Ctrl-C), no server process group and no
// scratch folder outlives it.
const liveGroups = new Set();
const scratchRoots = new Set();
const liveBrowsers = new Set();
process.on('exit', () => {
  for (const pid of liveGroups) try { process.kill(-pid, 'SIGKILL'); } catch {}
  for (const dir of scratchRoots) try { fs.rmSync(dir, { recursive: true, force: true }); } catch {}
});
let exiting = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (exiting) return;
    exiting = true;
    // Close the browsers first (they would keep writing into their profiles), then exit.
    await Promise.race([Promise.all([...liveBrowsers].map((c) => c.close().catch(() => {}))), new Promise((r) => setTimeout(r, 5000))]);
    process.exit(130);
  });
}
/** Keeps a scratch dir past the run (--keep-dirs). */
export const keepScratch = (dir) => scratchRoots.delete(dir);

/** The server's Node and server-main.js from test/e2e/env.sh; runs setup.sh first when missing. */
export function serverInstall({ install = true, browser = true } = {}) {
  const envFile = path.join(E2E, 'env.sh');
  const read = () => {
    if (!fs.existsSync(envFile)) return undefined;
    const vars = Object.fromEntries([...fs.readFileSync(envFile, 'utf8').matchAll(/^(\w+)=(.*)$/gm)]
      .map(([, k, v]) => [k, v.replace(/^'(.*)'$/, '$1')]));
    const found = { node: vars.VSCODE_SERVER_NODE, serverMain: vars.VSCODE_SERVER_MAIN };
    return found.node && fs.existsSync(found.node) && found.serverMain && fs.existsSync(found.serverMain) ? found : undefined;
  };
  let found = read();
  if (!found && install) {
    execFileSync('bash', [path.join(E2E, 'setup.sh')], { stdio: 'inherit' });
    found = read();
  }
  if (!found) throw new Error('no VS Code server installed: run bash test/e2e/setup.sh');
  if (browser && !fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run bash test/e2e/setup.sh`);
  return found;
}

/** Fresh scratch dirs (user data, extensions, server data, browser profile, XDG, TMPDIR) for one run. */
export function makeScratch(settings = DEFAULT_SETTINGS, prefix = 'invite-lint-e2e-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchRoots.add(root);
  const dirs = { root, userData: path.join(root, 'user-data'), extensions: path.join(root, 'extensions'),
    serverData: path.join(root, 'server-data'), profile: path.join(root, 'chromium-profile'),
    xdg: path.join(root, 'xdg'), tmp: path.join(root, 'tmp'), workspace: path.join(root, 'workspace') };
  for (const d of [path.join(dirs.userData, 'User'), dirs.tmp, dirs.extensions, dirs.workspace]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dirs;
}

const xdgEnv = (dirs) => ({ XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
  XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'), XDG_DATA_HOME: path.join(dirs.xdg, 'data') });
// EXTENSIONS_GALLERY={}: code-server's build points at open-vsx.org, unreachable here.
const serverEnv = (dirs, extra = {}) => ({ ...process.env, ...xdgEnv(dirs), TMPDIR: dirs.tmp, EXTENSIONS_GALLERY: '{}', ...extra });
const serverArgs = (serverMain, dirs) => [serverMain, '--server-data-dir', dirs.serverData, '--user-data-dir', dirs.userData,
  '--extensions-dir', dirs.extensions];

export async function installVsix({ node, serverMain, dirs, vsix }) {
  const p = spawn(node, [...serverArgs(serverMain, dirs), '--accept-server-license-terms', '--install-extension', vsix, '--force'],
    { env: serverEnv(dirs), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (d) => { out += d; });
  p.stderr.on('data', (d) => { out += d; });
  const code = await new Promise((r) => p.on('exit', r));
  if (code !== 0 || !/successfully installed/.test(out)) throw new Error(`installing ${vsix} failed (${code}):\n${out}`);
  return out.trim().split('\n').pop();
}

/** Starts the VS Code server on an ephemeral 127.0.0.1 port, in its own process group. */
export async function startServer({ node, serverMain, dirs, env = {}, token, port: wanted = 0 }) {
  const auth = token ? ['--connection-token', token] : ['--without-connection-token'];
  const proc = spawn(node, [...serverArgs(serverMain, dirs), '--host', '127.0.0.1', '--port', String(wanted), ...auth,
    '--accept-server-license-terms', '--disable-telemetry', '--disable-workspace-trust',
    // VS Code >= 1.13x honours the payload's extensionDevelopmentPath/extensionTestsPath only with it.
    '--enable-smoke-test-driver'],
  { env: serverEnv(dirs, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start:\n${output}`)), 60000);
    const onData = (d) => {
      output += d;
      const m = /Extension host agent listening on (\d+)/.exec(output);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (c) => { clearTimeout(timer); reject(new Error(`VS Code server exited ${c}:\n${output}`)); });
  });
  let stopped = false;
  liveGroups.add(proc.pid);
  return {
    port, base: `http://127.0.0.1:${port}`, pid: proc.pid,
    remoteUri: (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`,
    output: () => output,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Its own process group: this also ends the extension host, the language server, pty host and watcher.
      try { process.kill(-proc.pid, 'SIGTERM'); } catch {}
      const exited = new Promise((r) => proc.once('exit', r));
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
      liveGroups.delete(proc.pid);
    },
  };
}

export function workbenchUrl(server, folder, { payload, token } = {}) {
  let url = `${server.base}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (token) url += `&tkn=${encodeURIComponent(token)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export async function launchChromium(dirs, origin) {
  const context = await chromium.launchPersistentContext(dirs.profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 760 }, args: CHROMIUM_ARGS,
    env: { ...process.env, ...xdgEnv(dirs) },
  });
  liveBrowsers.add(context);
  context.on('close', () => liveBrowsers.delete(context));
  if (origin) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page };
}

/** Bundles the extension-host suite (test/vscode/*.ts) to out/test-vscode/ (mocha and vscode external). */
export async function buildSuite() {
  const esbuild = await import('esbuild');
  const dir = path.join(ROOT, 'test/vscode');
  const entryPoints = fs.readdirSync(dir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(dir, f));
  const outdir = path.join(ROOT, 'out/test-vscode');
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({ entryPoints, outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });
  return path.join(outdir, 'index.js');
}

export function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });
}

/** The development build (sourcemaps) the integration suite runs against. */
export function buildDev() {
  run(process.execPath, ['scripts/build.mjs']);
}

/** `npm run package` (production build + vsce, as a user packages it) into `outFile`; returns vsce's summary line. */
export function packageVsix(outFile) {
  const out = run('npm', ['run', '--silent', 'package', '--', '--out', outFile]);
  return (out.match(/Packaged: .*/) ?? [out.trim()])[0];
}

/** Runs `fn` once: when called, or on Ctrl-C/SIGTERM before the process exits. */
export function onExit(fn) {
  let done = false;
  const once = async () => { if (!done) { done = true; await fn(); } };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.prependOnceListener(sig, () => { void once(); });
  return once;
}
