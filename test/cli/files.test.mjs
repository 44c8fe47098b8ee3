// --fix never loses or damages a file: real processes on real files, links, modes, owners,
// special files, a full disk and an interrupted run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
// Personal, so that fix-all removes only the stock sentence and the sign-off.
const FIXABLE = "We met at the Denver product meetup and talked about onboarding. I'd like to add you to my professional network on LinkedIn.\n- Sam Lee\n";
const FIXED = 'We met at the Denver product meetup and talked about onboarding.\n';

function run(args, cwd, options = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000, ...options });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'invite-lint-files-'));
const leftovers = (dir) => readdirSync(dir).filter((name) => name.includes('.invite-lint-') && name.endsWith('.tmp'));

describe('--fix and the files it touches', () => {
  it('refuses a read-only file with one line naming it, leaves it untouched and fixes the others', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'locked.invite'), FIXABLE);
    writeFileSync(join(dir, 'open.invite'), FIXABLE);
    chmodSync(join(dir, 'locked.invite'), 0o444);
    const { code, stderr } = run(['--fix', '.'], dir);
    assert.equal(code, 2);
    assert.equal(stderr, `invite-lint: ${join(dir, 'locked.invite')}: read-only, not fixed\n`);
    assert.equal(readFileSync(join(dir, 'locked.invite'), 'utf8'), FIXABLE);
    assert.equal(statSync(join(dir, 'locked.invite')).mode & 0o777, 0o444);
    assert.equal(readFileSync(join(dir, 'open.invite'), 'utf8'), FIXED);
  });

  it('writes through a symlink to its target and keeps the link', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'note.invite'), FIXABLE);
    symlinkSync(join('real', 'note.invite'), join(dir, 'link.invite'));
    assert.equal(run(['--fix', 'link.invite'], dir).code, 0);
    assert.ok(lstatSync(join(dir, 'link.invite')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'real', 'note.invite'), 'utf8'), FIXED);
  });

  it('refuses a file with several hard links rather than split them', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.invite'), FIXABLE);
    linkSync(join(dir, 'a.invite'), join(dir, 'b.invite'));
    const { code, stderr } = run(['--fix', 'a.invite'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /a\.invite: has 2 hard links and replacing it would split them, not fixed\n$/);
    assert.equal(statSync(join(dir, 'a.invite')).ino, statSync(join(dir, 'b.invite')).ino);
    assert.equal(readFileSync(join(dir, 'b.invite'), 'utf8'), FIXABLE);
  });

  it("keeps the file's mode and, run as root, its owner", () => {
    const dir = scratch();
    const file = join(dir, 'mine.invite');
    writeFileSync(file, FIXABLE);
    chmodSync(file, 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(file, 4321, 4321);
    assert.equal(run(['--fix', 'mine.invite'], dir).code, 0);
    const info = statSync(file);
    assert.equal(info.mode & 0o777, 0o640);
    if (root) assert.deepEqual([info.uid, info.gid], [4321, 4321]);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
  });

  it('refuses a FIFO, and /dev/zero behind a .invite link, at once and by name', () => {
    const dir = scratch();
    assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.invite')]).status, 0);
    symlinkSync('/dev/zero', join(dir, 'zero.invite'));
    writeFileSync(join(dir, 'ok.invite'), FIXED);
    const { code, stderr, stdout, signal } = run(['pipe.invite', 'zero.invite', 'ok.invite'], dir);
    assert.equal(signal, null, 'the run finished by itself');
    assert.equal(code, 2);
    assert.match(stderr, /pipe\.invite: not a regular file \(a FIFO, device or socket\), skipped\n/);
    assert.match(stderr, /zero\.invite: not a regular file \(a FIFO, device or socket\), skipped\n/);
    assert.match(stdout, /1 file checked/);
  });

  it('refuses a file past 64 MiB with one line', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'huge.invite'), Buffer.alloc(64 * 1024 * 1024 + 1, 0x61));
    const { code, stderr } = run(['huge.invite'], dir);
    assert.equal(code, 2);
    assert.equal(stderr, `invite-lint: ${join(dir, 'huge.invite')}: larger than 64 MiB, skipped\n`);
  });

  describe('on a full disk', () => {
    const mount = scratch();
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]).status === 0;
    after(() => mounted && spawnSync('umount', [mount]));

    it('reports each file it could not write, leaves it whole and goes on with the rest', { skip: mounted ? false : 'needs root to mount a small tmpfs' }, () => {
      writeFileSync(join(mount, 'a.invite'), FIXABLE);
      writeFileSync(join(mount, 'b.invite'), FIXABLE);
      // Fill the disk: no temporary file fits any more.
      spawnSync('dd', ['if=/dev/zero', `of=${join(mount, 'filler.bin')}`, 'bs=4096'], { stdio: 'ignore' });
      const { code, stdout, stderr } = run(['--fix', 'a.invite', 'b.invite'], mount);
      assert.equal(code, 2);
      for (const name of ['a.invite', 'b.invite']) {
        assert.match(stderr, new RegExp(`${name.replace('.', '\\.')}: could not be written \\(no space left on the device\\), left unchanged\n`));
        assert.equal(readFileSync(join(mount, name), 'utf8'), FIXABLE);
        assert.match(stdout, new RegExp(`^${name.replace('.', '\\.')}$`, 'm'), 'still reported');
      }
      assert.deepEqual(leftovers(mount), []);
    });
  });

  it('interrupted mid-run, leaves every file whole and no temporary file behind', async () => {
    const dir = scratch();
    const notes = `${'We met at the Denver product meetup and talked about onboarding. '.repeat(1000)}I'd like to add you to my professional network on LinkedIn.\n---\n`.repeat(4);
    const fixed = notes.replaceAll(" I'd like to add you to my professional network on LinkedIn.", '');
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `n${String(i).padStart(2, '0')}.invite`), notes);
    const child = spawn(process.execPath, [CLI, '--fix', '.'], { cwd: dir, stdio: 'ignore' });
    // Stop it once it has started writing: the first fixed file shows it is under way.
    await new Promise((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(dir).some((name) => name.endsWith('.invite') && statSync(join(dir, name)).size === Buffer.byteLength(fixed))) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', (status, signal) => resolve(status ?? signal)));
    assert.equal(code, 143);
    assert.deepEqual(leftovers(dir), []);
    for (const name of readdirSync(dir)) assert.ok([notes, fixed].includes(readFileSync(join(dir, name), 'utf8')), `${name} is damaged`);
  });

  it('streams a report of 40,000 problems in every format', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'many.invite'), "Let's connect!\n---\n".repeat(20_000));
    for (const format of ['stylish', 'json', 'sarif']) {
      const { code, stdout, stderr } = run(['--format', format, 'many.invite'], dir, { maxBuffer: 1 << 30 });
      assert.equal(stderr, '', format);
      assert.equal(code, 0, format);
      if (format === 'stylish') assert.match(stdout, /✖ 40000 problems/);
      if (format === 'json') assert.equal(JSON.parse(stdout)[0].messages.length, 40_000);
      if (format === 'sarif') assert.equal(JSON.parse(stdout).runs[0].results.length, 40_000);
    }
  });
});

describe('configuration files', () => {
  it('accept comments and trailing commas, as VS Code settings do', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.invitelintrc.json'), '// team settings\n{\n  "rules": { "generic-invite": "error", }, /* strict */\n}\n');
    writeFileSync(join(dir, 'a.invite'), "Let's connect!\n");
    const { code, stdout } = run(['a.invite'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /error\s+A bare request to connect/);
  });

  it('name a syntax mistake in one line with where it is', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.invitelintrc.json'), '{\n  "maxLength": 300\n  "countUnit": "graphemes"\n}\n');
    writeFileSync(join(dir, 'a.invite'), FIXED);
    const { code, stderr } = run(['a.invite'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /^invite-lint: .*\.invitelintrc\.json: invalid JSON at line 3, column 3: comma expected\n$/);
  });
});

describe('extra phrases', () => {
  it('past the cap, are refused in one line naming the key', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.invitelintrc.json'), JSON.stringify({ extraGenericPhrases: Array.from({ length: 20_000 }, (_, i) => `phrase number ${i}`) }));
    writeFileSync(join(dir, 'a.invite'), FIXED);
    const { code, stderr } = run(['a.invite'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /^invite-lint: .*\.invitelintrc\.json: extraGenericPhrases: at most 5,000 phrases, got 20,000\n$/);
  });

  it('up to the cap, are all matched literally, punctuation and all', () => {
    const dir = scratch();
    const phrases = Array.from({ length: 4_999 }, (_, i) => `synergy number ${i}`);
    phrases[4_998] = 'synergy number 4999';
    writeFileSync(join(dir, '.invitelintrc.json'), JSON.stringify({ extraGenericPhrases: [...phrases, 'circle back'], extraPlaceholders: ['{{company}}', '(.*)'] }));
    writeFileSync(join(dir, 'a.invite'), 'We met at PyCon; let us circle back on {{company}} and (.*) later. Synergy Number 4999!\n');
    const { stdout } = run(['--format', 'json', 'a.invite'], dir);
    const [{ messages }] = JSON.parse(stdout);
    assert.deepEqual(messages.map((m) => m.message).sort(), [
      '"Synergy Number 4999" is on your list of generic phrases.',
      '"circle back" is on your list of generic phrases.',
      'Unfilled placeholder "(.*)".',
      'Unfilled placeholder "{{company}}".',
    ].sort());
  });
});
