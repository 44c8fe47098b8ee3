// Try Invite Lint without VS Code: packages the extension, installs the .vsix into a VS Code
// server (from the npm package code-server; installed by test/e2e/setup.sh on first use) with
// its own data folders in a temp dir, serves it on 127.0.0.1 with a scratch copy of examples/ open
// (autosave is on: the tracked examples that `npm run demo` checks stay as they are), and prints
// the URL. Ctrl-C stops it and removes the temp dir; nothing is written to $HOME.
//
//   node test/e2e/try.mjs [--port 8080] [--folder examples]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, installVsix, makeScratch, onExit, packageVsix, serverInstall, startServer, workbenchUrl } from './lib.mjs';

const { values: a } = parseArgs({ options: { port: { type: 'string', default: '0' }, folder: { type: 'string', default: 'examples' } } });
const { node, serverMain } = serverInstall({ browser: false });
const { 'workbench.colorTheme': _, ...settings } = (await import('./lib.mjs')).DEFAULT_SETTINGS;
const dirs = makeScratch(settings, 'invite-lint-try-');
let server;
const cleanup = onExit(async () => {
  await server?.stop();
  fs.rmSync(dirs.root, { recursive: true, force: true });
});
try {
  const vsix = path.join(dirs.root, 'invite-lint.vsix');
  console.log(packageVsix(vsix));
  console.log(await installVsix({ node, serverMain, dirs, vsix }));
  const token = crypto.randomBytes(16).toString('hex');
  server = await startServer({ node, serverMain, dirs, token, port: a.port });
  const folder = path.join(dirs.root, 'notes');
  fs.cpSync(path.resolve(ROOT, a.folder), folder, { recursive: true });
  const url = workbenchUrl(server, folder, { token });
  console.log(`\nInvite Lint in VS Code, in your browser:\n\n  ${url}\n\nOpen a .invite file from the Explorer (a copy of ${a.folder}/ in ${folder}). Ctrl-C stops the server and removes it.`);
  await new Promise(() => {}); // until Ctrl-C
} catch (e) {
  console.error(e.message ?? e);
  await cleanup();
  process.exit(1);
}
