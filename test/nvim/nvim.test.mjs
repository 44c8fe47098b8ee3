import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { SERVER } from '../helpers/lsp-client.mjs';

const SCRIPT = fileURLToPath(new URL('./lsp.lua', import.meta.url));

test('Neovim (built-in LSP client, the shipped configuration) shows the stock-text warning on a line with an emoji and applies its quick fix', () => {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.ok(!version.error, 'nvim is not installed: run `apt-get install -y neovim` (CI installs it)');
  const dir = mkdtempSync(join(tmpdir(), 'invite-lint-nvim-'));
  try {
    const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
      encoding: 'utf8',
      timeout: 40_000,
      env: { ...process.env, INVITE_LINT_SERVER: SERVER, INVITE_LINT_EDITORS: fileURLToPath(new URL('../../editors', import.meta.url)), INVITE_LINT_FILE: join(dir, 'note.invite') },
    });
    const output = `${result.stdout}${result.stderr}`;
    assert.equal(result.status, 0, output);
    assert.match(output, /ENCODING utf-8/, 'the shipped configuration gets UTF-8 columns');
    assert.match(output, /DIAGNOSTIC 2 \d+ LinkedIn's stock invitation text/);
    assert.match(output, /ACTION quickfix Remove the generic sentence preferred/);
    assert.match(output, /ACTION quickfix Disable generic-invite for this note/);
    assert.match(output, /CLEARED/);
    assert.match(output, /LENS \d+\/200 · \d+ left/);
    assert.match(output, /LENS \d+\/200 · \d+ left · ✓ how you know them: “We met at the Austin UX meetup in March”/);
    assert.match(output, /HINT 2 \[\d+\]/);
    assert.match(output, /HOVER .*UTF-16 units/);
    assert.match(output, /COMPLETION We may have met/);
    assert.match(output, /COMPLETION Jane Roe/);
    assert.match(output, /OK/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
