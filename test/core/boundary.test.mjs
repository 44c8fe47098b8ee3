// The engine stays pure: no editor, protocol or Node import may creep into server/src/core.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const coreDir = fileURLToPath(new URL('../../server/src/core/', import.meta.url));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Libraries that are pure computation on strings, with no editor, protocol or Node dependency of their own. */
const PURE_LIBRARIES = new Set(['papaparse']);

it('server/src/core imports only its own modules and pure libraries', () => {
  const offending = [];
  for (const file of sources(coreDir)) {
    const text = readFileSync(file, 'utf8');
    for (const [, ...groups] of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]/g)) {
      const specifier = groups.find(Boolean);
      if (specifier && !specifier.startsWith('.') && !PURE_LIBRARIES.has(specifier)) offending.push(`${file}: ${specifier}`);
    }
    if (/\b(?:process|Buffer|__dirname|require)\b\s*[.(]/.test(text)) offending.push(`${file}: uses a Node global`);
  }
  assert.deepEqual(offending, []);
});
