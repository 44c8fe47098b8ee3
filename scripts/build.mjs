// One build for everything: the extension client, the language server, the CLI, and the engine
// bundle that tests and the generator load. `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

const IMPORT_META_URL = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // jsonc-parser's main entry is a UMD build with runtime requires; its ES module build bundles.
  mainFields: ['module', 'main'],
  // Some dependencies ship only ES module code that reads import.meta.url, which is empty in CommonJS.
  define: { 'import.meta.url': 'importMetaUrl', INVITE_LINT_VERSION: JSON.stringify(version) },
  banner: { js: IMPORT_META_URL },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` } },
  { ...common, entryPoints: ['server/src/core/index.ts'], outfile: 'out/core.js', minify: false },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await chmod('dist/cli.js', 0o755);
}
