// Running a real editor against the bundled server: the editor must be installed (test/setup.sh
// installs Debian's packages), and each run gets a scratch folder holding one note.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Calls `run(dir, file)` with `text` saved as `note.invite` in a fresh folder, removed afterwards. */
export function withEditorNote(editor, packages, text, run) {
  const installed = spawnSync(editor, ['--version'], { encoding: 'utf8' });
  assert.ok(!installed.error, `${editor} is not installed: run \`apt-get install -y ${packages}\` (test/setup.sh does)`);
  const dir = mkdtempSync(join(tmpdir(), `invite-lint-${editor}-`));
  try {
    const file = join(dir, 'note.invite');
    writeFileSync(file, text);
    return run(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
