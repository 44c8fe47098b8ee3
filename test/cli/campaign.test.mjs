// Campaigns from the command line: templates checked per recipient, `expand`, and lists as real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const TEMPLATE = "# recipients: people.csv\nHi {{first_name}}, good to meet you at {{met|the meetup}}. I'd love to keep swapping notes on onboarding research with you and the {{company}} team.\n";
const LIST = 'First Name,Company,Met\nAna,Northwind Health,the Austin UX meetup in March\nBartholomew,Globex International Holdings and Partners,the design systems dinner at Config in San Francisco last June\nPriya,Initech,\n';

function run(args, cwd) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function campaign(list = LIST, template = TEMPLATE) {
  const dir = mkdtempSync(join(tmpdir(), 'invite-lint-campaign-'));
  writeFileSync(join(dir, 'outreach.invite'), template);
  if (list !== null) writeFileSync(join(dir, 'people.csv'), list);
  return dir;
}

describe('invite-lint and templates', () => {
  it('checks a template per recipient and names the rows in JSON', () => {
    const { code, stdout } = run(['--format', 'json', 'outreach.invite'], campaign());
    assert.equal(code, 1);
    const messages = JSON.parse(stdout)[0].messages.map((p) => `${p.ruleId}: ${p.message}`);
    assert.ok(messages.some((m) => /^too-long: Too long for 1 of 3 recipients \(longest: row 3, Bartholomew, \d+\/200\)/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^no-personal-touch: Could go to anyone for 1 of 3 recipients \(row 4\)/.test(m)), messages.join('\n'));
    // The rows are data too, for a tool that reads the report.
    const rowsOf = (report, ruleId) => report.find((p) => p.ruleId === ruleId)?.rows;
    assert.deepEqual(rowsOf(JSON.parse(stdout)[0].messages, 'too-long'), [3]);
    const sarif = JSON.parse(run(['--format', 'sarif', 'outreach.invite'], campaign()).stdout);
    const results = sarif.runs[0].results.map((result) => ({ ruleId: result.ruleId, rows: result.properties?.rows }));
    assert.deepEqual(rowsOf(results, 'no-personal-touch'), [4]);
  });

  it('gives one line for a missing, binary or non-UTF-8 list and goes on', () => {
    for (const [list, message] of [[null, /people\.csv does not exist/], [Buffer.from([0x66, 0x00, 0x01]), /not a text file/], [Buffer.from('name\nRen\xe9\n', 'latin1'), /not UTF-8 text/]]) {
      const { stdout } = run(['outreach.invite'], campaign(list));
      assert.match(stdout, message);
    }
  });

  it('never reads a list outside the template\'s folder, also through a link', () => {
    const outside = mkdtempSync(join(tmpdir(), 'invite-lint-outside-'));
    writeFileSync(join(outside, 'secret.csv'), 'first_name\nAna\n');
    const dir = campaign(null, TEMPLATE.replace('people.csv', '../' + outside.split('/').pop() + '/secret.csv'));
    symlinkSync(join(outside, 'secret.csv'), join(dir, 'people.csv'));
    assert.match(run(['outreach.invite'], dir).stdout, /is outside the folder/);
    writeFileSync(join(dir, 'linked.invite'), TEMPLATE);
    assert.match(run(['linked.invite'], dir).stdout, /people\.csv is outside the folder/);
    assert.doesNotMatch(run(['--lists-from', outside, 'linked.invite'], dir).stdout, /outside/);
  });

  it('expands to CSV, leaving out notes with errors unless --allow-errors', () => {
    const dir = campaign();
    const { code, stdout, stderr } = run(['expand', 'outreach.invite'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /left out 1 of 3 recipients whose notes have errors \(row 3\)/);
    const lines = stdout.trimEnd().split('\r\n');
    assert.equal(lines[0], 'First Name,Company,Met,note,count,limit,problems');
    assert.equal(lines.length, 3);
    assert.match(lines[1], /^Ana,Northwind Health,the Austin UX meetup in March,"Hi Ana, good to meet you at the Austin UX meetup in March\. .*Northwind Health team\.",\d+,200,$/);
    const all = run(['expand', 'outreach.invite', '--allow-errors', '--bom', '--out', 'notes.csv'], dir);
    assert.equal(all.code, 1, 'the exit status still says some notes have errors');
    const written = readFileSync(join(dir, 'notes.csv'), 'utf8');
    assert.ok(written.startsWith('\ufeffFirst Name,'));
    assert.match(written, /Bartholomew,.*too-long: Note is \d+ characters/);
  });

  it('refuses to expand what is not a template, or a template whose list is broken', () => {
    const dir = campaign('first_name\n"Ana\n');
    const broken = run(['expand', 'outreach.invite'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^invite-lint: outreach\.invite: people\.csv has a quote that is never closed \(row 2\)\.\n$/);
    mkdirSync(join(dir, 'plain'));
    writeFileSync(join(dir, 'plain', 'one.invite'), 'We met at the Austin UX meetup.\n');
    assert.match(run(['expand', 'plain/one.invite'], dir).stderr, /no note has a "# recipients:" header/);
  });
});
