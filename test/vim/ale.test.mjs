// Vim 9 with ALE 3.3 (Debian's vim and vim-ale), set up with the shipped editors/vim/invite-lint.vim:
// the filetype, and the server's diagnostics in ALE's list at the stock sentence's column.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { withEditorNote } from '../helpers/editor.mjs';
import { SERVER } from '../helpers/lsp-client.mjs';

const CHECK = fileURLToPath(new URL('./ale-check.vim', import.meta.url));
const EDITORS = fileURLToPath(new URL('../../editors', import.meta.url));
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const LINE = `We met at the Austin UX meetup in March. ${STOCK}`;

test('Vim with ALE (the shipped configuration) lists the stock-text warning', () => {
  withEditorNote('vim', 'vim vim-ale', `# to: Sam Lee\n${LINE}\n`, (dir, file) => {
    const out = join(dir, 'out.txt');
    const result = spawnSync('vim', ['-N', '-u', 'NONE', '-i', 'NONE', '--not-a-term', '-S', CHECK], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 40_000,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, INVITE_LINT_SERVER: SERVER, INVITE_LINT_EDITORS: EDITORS, INVITE_LINT_FILE: file, INVITE_LINT_OUT: out },
    });
    assert.equal(result.status, 0, result.stderr);
    const lines = readFileSync(out, 'utf8').split('\n');
    assert.equal(lines[0], 'FILETYPE invite');
    assert.ok(lines.includes(`DIAGNOSTIC 2 ${LINE.indexOf(STOCK) + 1} W LinkedIn's stock invitation text reads as auto-generated.`), lines.join('\n'));
  });
});
