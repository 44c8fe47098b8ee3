// Emacs 28 with Eglot 1.9 (Debian's emacs-nox and elpa-eglot), set up with the shipped
// editors/emacs/invite-mode.el: the mode, the diagnostics on a line with an emoji, the quick
// fixes, the preferred one applied, and a hover.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { withEditorNote } from '../helpers/editor.mjs';
import { SERVER } from '../helpers/lsp-client.mjs';

const CHECK = fileURLToPath(new URL('./eglot-check.el', import.meta.url));
const MODE_DIR = fileURLToPath(new URL('../../editors/emacs', import.meta.url));
const STOCK = "I'd like to add you to my professional network on LinkedIn.";

test('Emacs Eglot (the shipped invite-mode) shows the stock-text warning and applies its quick fix', () => {
  withEditorNote('emacs', 'emacs-nox elpa-eglot', `# to: Sam Lee\n🎉 We met at the Austin UX meetup in March. ${STOCK}\n`, (dir, file) => {
    // -q, not -Q: Debian's site start-up is what puts its elpa-eglot on the load path.
    const result = spawnSync('emacs', ['--batch', '-q', '-L', MODE_DIR, '-l', CHECK], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, INVITE_LINT_SERVER: SERVER, INVITE_LINT_FILE: file },
    });
    const output = `${result.stdout}${result.stderr}`;
    assert.equal(result.status, 0, output);
    assert.match(output, /MODE invite-mode/);
    // The squiggle covers exactly the stock sentence, though an emoji stands before it on the line.
    assert.ok(output.includes(`DIAGNOSTIC eglot-warning [${STOCK}]`), output);
    assert.match(output, /ACTION Remove the generic sentence \(preferred\)/);
    assert.ok(output.includes('TEXT # to: Sam Lee\\n🎉 We met at the Austin UX meetup in March.\\n'), output);
    assert.match(output, /HOVER yes/);
  });
});
