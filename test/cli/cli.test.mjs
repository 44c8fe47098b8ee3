// The bundled CLI, run as a user runs it: exit codes, the three formats, --fix and bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const PERSONAL = 'We met at the Denver product meetup and talked about onboarding.';

function run(args, cwd) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files) {
  const dir = mkdtempSync(join(tmpdir(), 'invite-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('invite-lint', () => {
  it('exits 0 and says so when every note is clean', () => {
    const dir = project({ 'good.invite': PERSONAL });
    const { code, stdout } = run(['.'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /1 file checked, no problems/);
  });

  it('lists problems stylish-style with line:column, severity, message and rule id', () => {
    const dir = project({ 'notes/bad.invite': `# to: Sam\n${PERSONAL} ${STOCK}\n- Jo Park\n` });
    const { code, stdout } = run(['notes'], dir);
    assert.equal(code, 0, 'warnings alone do not fail');
    const lines = stdout.split('\n');
    assert.equal(lines[0], join('notes', 'bad.invite'));
    const column = `# to: Sam\n${PERSONAL} `.length - '# to: Sam\n'.length + 1;
    assert.match(stdout, new RegExp(`2:${column}\\s+warning\\s+LinkedIn's stock invitation text.*generic-invite`));
    assert.match(stdout, /3:1\s+information\s+.*signature/);
    assert.match(stdout, /✖ 2 problems \(0 errors, 1 warning, 1 info\)/);
  });

  it('exits 1 on an error-severity problem', () => {
    const dir = project({ 'a.invite': `Hi {first_name}, ${PERSONAL}` });
    assert.equal(run(['a.invite'], dir).code, 1);
  });

  it('writes JSON with positions and rule ids', () => {
    const dir = project({ 'a.invite': `${PERSONAL}\n---\n${'x'.repeat(210)}` });
    const { code, stdout } = run(['--format', 'json', 'a.invite'], dir);
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout);
    const tooLong = file.messages.find((m) => m.ruleId === 'too-long');
    assert.deepEqual([tooLong.note, tooLong.line, tooLong.column, tooLong.endColumn], [2, 3, 201, 211]);
    assert.equal(file.errorCount, 1);
  });

  it('writes SARIF 2.1.0 for code scanning', () => {
    const dir = project({ 'a.invite': STOCK });
    const { stdout } = run(['--format', 'sarif', '.'], dir);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const [runLog] = log.runs;
    assert.equal(runLog.tool.driver.name, 'invite-lint');
    const result = runLog.results.find((r) => r.ruleId === 'generic-invite');
    assert.equal(result.level, 'warning');
    const rule = runLog.tool.driver.rules[result.ruleIndex];
    assert.equal(rule.id, 'generic-invite');
    // The explanation travels with the log; no link to a page that may not exist.
    assert.match(rule.help.text, /Recipients have seen/);
    assert.equal(rule.helpUri, undefined);
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: STOCK.length + 1 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'a.invite');
  });

  it('--fix applies the safe fixes, keeps CRLF and the BOM, and leaves no temporary file', () => {
    const text = `\ufeff# to: Sam\r\n${PERSONAL}\u200b ${STOCK}\r\n- Jo Park\r\n`;
    const dir = project({ 'a.invite': text });
    const { code, stdout } = run(['--fix', 'a.invite'], dir);
    assert.equal(code, 0);
    assert.equal(readFileSync(join(dir, 'a.invite'), 'utf8'), `\ufeff# to: Sam\r\n${PERSONAL}\r\n`);
    assert.match(stdout, /no problems, fixed 3 problems/);
    assert.deepEqual(readdirSync(dir), ['a.invite']);
  });

  it('takes --max-length and --count-unit', () => {
    const dir = project({ 'a.invite': `${PERSONAL} ${'🙂'.repeat(70)}` });
    assert.equal(run(['a.invite'], dir).code, 1, '206 UTF-16 units is over 200');
    assert.equal(run(['--count-unit', 'codepoints', 'a.invite'], dir).code, 0);
    assert.equal(run(['--max-length', '300', 'a.invite'], dir).code, 0);
  });

  it('finds .invitelintrc.json upward from each file, and --config overrides it', () => {
    const dir = project({
      '.invitelintrc.json': JSON.stringify({ rules: { 'generic-invite': 'error' } }),
      'team/a.invite': `${PERSONAL} ${STOCK}`,
      'other.json': JSON.stringify({ rules: { 'generic-invite': 'off' } }),
    });
    assert.equal(run(['team'], dir).code, 1);
    assert.equal(run(['--config', 'other.json', 'team'], dir).code, 0);
  });

  it('does not count a byte order mark as a column', () => {
    const text = `${PERSONAL}\u200b`;
    const dir = project({ 'bom.invite': `\ufeff${text}`, 'plain.invite': text });
    const [withBom, without] = JSON.parse(run(['--format', 'json', '.'], dir).stdout);
    assert.deepEqual(withBom.messages.map((m) => m.column), without.messages.map((m) => m.column));
    assert.equal(without.messages[0].column, text.length);
  });

  it('percent-encodes file names in SARIF', () => {
    const dir = project({ 'sp ace#é/n%1.invite': STOCK });
    const [result] = JSON.parse(run(['--format', 'sarif', '.'], dir).stdout).runs[0].results;
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'sp%20ace%23%C3%A9/n%251.invite');
  });

  it('expands globs', () => {
    const dir = project({ 'a.invite': PERSONAL, 'b/c.invite': PERSONAL, 'b/d.txt': STOCK });
    assert.match(run(['**/*.invite'], dir).stdout, /2 files checked/);
  });
});

describe('bad input: one line on stderr, exit 2', () => {
  const cases = [
    ['a missing file', {}, ['nope.invite'], /^invite-lint: no such file or directory: nope\.invite\n$/],
    ['a directory without notes', { 'x/readme.txt': 'hi' }, ['x'], /^invite-lint: no \.invite files in directory x\n$/],
    ['an unknown format', {}, ['--format', 'xml'], /^invite-lint: --format must be one of stylish, json, sarif, got "xml"\n$/],
    ['an unknown flag', {}, ['--frobnicate'], /^invite-lint: .*frobnicate.*\n$/],
    ['a bad --max-length', {}, ['--max-length', 'ten'], /^invite-lint: --max-length must be a positive integer, got "ten"\n$/],
    ['an invalid config value', { '.invitelintrc.json': '{"maxLength": "long"}', 'a.invite': PERSONAL }, ['a.invite'], /^invite-lint: .*\.invitelintrc\.json: maxLength: expected a positive integer, got "long"\n$/],
    ['config that is null', { '.invitelintrc.json': 'null', 'a.invite': PERSONAL }, ['a.invite'], /^invite-lint: .*\.invitelintrc\.json: expected an object of settings, got null\n$/],
    ['a config list with a number in it', { '.invitelintrc.json': '{"extraGenericPhrases": ["ok", 1]}', 'a.invite': PERSONAL }, ['a.invite'], /^invite-lint: .*: extraGenericPhrases\[1\]: expected a string, got number 1\n$/],
    ['config that is not JSON', { '.invitelintrc.json': '{maxLength: 3', 'a.invite': PERSONAL }, ['a.invite'], /^invite-lint: .*\.invitelintrc\.json: invalid JSON at line 1, column 2: invalid symbol\n$/],
  ];
  for (const [name, files, args, stderr] of cases) {
    it(name, () => {
      const result = run(args, project(files));
      assert.equal(result.code, 2);
      assert.match(result.stderr, stderr);
    });
  }

  it('skips and names a binary file and a non-UTF-8 file, still checking the rest', () => {
    const dir = project({ 'good.invite': PERSONAL });
    writeFileSync(join(dir, 'bin.invite'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.invite'), Buffer.from('Caf\xe9 meetup', 'latin1'));
    const { code, stdout, stderr } = run(['.'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /bin\.invite: binary file, skipped/);
    assert.match(stderr, /latin1\.invite: not valid UTF-8, skipped/);
    assert.match(stdout, /1 file checked/);
  });
});
