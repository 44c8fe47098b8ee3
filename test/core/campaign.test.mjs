// Campaigns: a template checked against every recipient of its list.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core } from '../helpers/core.mjs';

const { analyzeTemplate, DEFAULT_OPTIONS, PROFILE_COLUMNS, columnKey, isProfileColumn, parseRecipients } = core;

const LIST = [
  'First Name,Last Name,Company,How we met',
  'Ana,Ruiz,Northwind Health,We met at the Austin UX meetup in March',
  'Bartholomew,Featherstonehaugh-Smythe,Globex International Holdings and Partners,',
  'Cléa,Dupont,,We both spoke on the PyCon Lyon accessibility panel',
].join('\n');
const TEMPLATE = '# recipients: people.csv\nHi {{first_name}}, {{how we met|I see you work in health tech}}. I would love to hear how the {{company}} team runs its onboarding research and user interviews for the newest hires each spring.';

const analyse = (template, text, options = DEFAULT_OPTIONS) => analyzeTemplate(template, options, { text });
const byRule = (analysis, ruleId) => analysis.findings.filter((finding) => finding.ruleId === ruleId);
const at = (template, finding) => template.slice(finding.start, finding.end);

describe('campaign templates', () => {
  it('expands every recipient with matching column names and fallbacks', () => {
    const { recipientNotes } = analyse(TEMPLATE, LIST);
    assert.deepEqual(recipientNotes.map((n) => n.recipient.row), [2, 3, 4]);
    assert.match(recipientNotes[0].analysis.note.body, /^Hi Ana, We met at the Austin UX meetup in March\. .* the Northwind Health team/);
    assert.match(recipientNotes[1].analysis.note.body, /^Hi Bartholomew, I see you work in health tech\./);
    assert.equal(recipientNotes[1].label, 'Bartholomew Featherstonehaugh-Smythe');
  });

  it('says what each variable holds: shortest and longest value, and the empty rows a fallback fills', () => {
    const { campaign } = analyse(TEMPLATE, LIST);
    const byName = Object.fromEntries(campaign.variables.map((v) => [v.name, v]));
    assert.deepEqual([byName.first_name.shortest.value, byName.first_name.longest.value], ['Ana', 'Bartholomew']);
    assert.deepEqual([byName['how we met'].emptyRows, byName['how we met'].fallback], [[3], 'I see you work in health tech']);
    assert.equal(byName.company.longest.row, 3);
    // The empty company has no fallback, so it is a problem; the empty "how we met" has one, so it is not.
    const warned = byRule(analyse(TEMPLATE, LIST), 'template-variable').map((finding) => at(TEMPLATE, finding));
    assert.deepEqual(warned, ['{{company}}']);
  });

  it('previews one recipient as they will get it, without the template headers', () => {
    const read = () => ({ text: LIST });
    const preview = core.recipientPreview(TEMPLATE, DEFAULT_OPTIONS, read, 4);
    assert.equal(preview.label, 'Cléa Dupont');
    assert.match(preview.text, /^# preview: row 4 of people\.csv · Cléa Dupont\n# check: \d+\/200 · ✓ personal/);
    assert.match(preview.text, /# template-variable: no value for \{\{company\}\}/);
    assert.match(preview.text, /\nHi Cléa, We both spoke on the PyCon Lyon accessibility panel\. .* the  team runs/, 'the body as sent, with the gap');
    assert.doesNotMatch(preview.text, /# recipients:/);
    assert.deepEqual(core.templateRecipients(TEMPLATE, read).recipients.map((r) => r.label), ['Ana Ruiz', 'Bartholomew Featherstonehaugh-Smythe', 'Cléa Dupont']);
    assert.match(core.templateRecipients('Hi there', read).problem, /not a template/);
  });

  it('names the recipients a problem hits, where it comes from in the template', () => {
    const analysis = analyse(TEMPLATE, LIST);
    const [tooLong] = byRule(analysis, 'too-long');
    assert.match(tooLong.message, /^Too long for 1 of 3 recipients \(longest: row 3, Bartholomew Featherstonehaugh-Smythe, \d+\/200\)\.$/);
    assert.equal(analysis.campaign.over, 1);
    assert.equal(analysis.count, analysis.campaign.longest.analysis.count);
    const [empty] = byRule(analysis, 'template-variable');
    assert.equal(at(TEMPLATE, empty), '{{company}}');
    assert.match(empty.message, /^row 4 has no value for Company/);
  });

  it('does not count a filled-in name or company as personal, but counts a line written for the person', () => {
    const analysis = analyse(TEMPLATE, LIST);
    const [anyone] = byRule(analysis, 'no-personal-touch');
    assert.match(anyone.message, /^Could go to anyone for 1 of 3 recipients \(row 3\)/);
    assert.deepEqual(analysis.recipientNotes.map((n) => n.analysis.personal), [true, false, true]);
    const nameOnly = analyse('# recipients: p.csv\nHi {{first_name}}, I see {{company}} is growing fast and would love to connect.', 'first_name,company\nAna,Northwind Health\n');
    assert.equal(nameOnly.personal, false);
    assert.match(byRule(nameOnly, 'no-personal-touch')[0].message, /for all 1 recipients|for all/);
  });

  it('reports a variable with no column once, naming the columns, and not as a placeholder', () => {
    const template = '# recipients: p.csv\nWe met at the Austin UX meetup, {{first_name}}. How is {{title}} going?';
    const analysis = analyse(template, 'First Name\nAna\n');
    const [unknown] = byRule(analysis, 'template-variable');
    assert.equal(at(template, unknown), '{{title}}');
    assert.equal(unknown.message, '{{title}} has no column in the recipient list (columns: First Name).');
    assert.deepEqual(byRule(analysis, 'placeholder'), []);
  });

  it('still reports other template text in every note', () => {
    const template = '# recipients: p.csv\nWe met at the Austin UX meetup, {{first_name}}. Loved your talk on [topic].';
    const [placeholder] = byRule(analyse(template, 'first_name\nAna\nBo\n'), 'placeholder');
    assert.equal(at(template, placeholder), '[topic]');
    assert.match(placeholder.message, /for all 2 recipients/);
  });

  it('uses columns named like headers as each recipient\'s headers', () => {
    const template = '# recipients: p.csv\nHi {{to}}, we met at the PyCon sprints in Pittsburgh and fixed that parser bug.';
    const analysis = analyse(template, 'to,limit\nAna Ruiz,60\nBo Li,300\n');
    assert.deepEqual(analysis.recipientNotes.map((n) => n.analysis.limit), [60, 300]);
    assert.match(byRule(analysis, 'too-long')[0].message, /for 1 of 2 recipients \(longest: row 2, Ana Ruiz/);
  });

  it('puts one clear problem on the # recipients: line for each kind of broken list', () => {
    const template = '# recipients: people.csv\nWe met at the Austin UX meetup, {{first_name}}.';
    const cases = [
      ['', /^people\.csv is empty/],
      ['first_name\n"Ana\nBo\n', /^people\.csv has a quote that is never closed \(row 2\)\.$/],
      ['first_name,First Name\nAna,Ana\n', /^people\.csv names the column "First Name" twice/],
      ['first_name,company\nAna,Acme,extra\n', /^people\.csv row 2 has 3 values but row 1 names 2 columns/],
      ['first\u0000name', /^people\.csv is not a text file/],
      ['first_name\n', /^people\.csv has no recipients, only the column names\.$/],
    ];
    for (const [text, message] of cases) {
      const analysis = analyse(template, text);
      const [problem] = byRule(analysis, 'recipient-list');
      assert.match(problem.message, message, JSON.stringify(text));
      assert.equal(at(template, problem), 'people.csv');
      assert.deepEqual(byRule(analysis, 'placeholder'), [], 'the variables are not reported as placeholders');
    }
    const missing = analyzeTemplate(template, DEFAULT_OPTIONS, { problem: 'does not exist' });
    assert.equal(byRule(missing, 'recipient-list')[0].message, 'people.csv does not exist.');
  });

  it('reads semicolons, tabs, quotes, a byte order mark and CRLF, and reports duplicates as information', () => {
    const parsed = parseRecipients('\ufeffFirst Name;Company\r\n"Ruiz; Ana";"Acme ""Labs"""\r\n\r\nBo;Beta\r\n"Ruiz; Ana";"Acme ""Labs"""\r\n');
    assert.deepEqual(parsed.list.columns, ['First Name', 'Company']);
    assert.deepEqual(parsed.list.recipients.map((r) => [r.row, ...r.values]), [[2, 'Ruiz; Ana', 'Acme "Labs"'], [4, 'Bo', 'Beta'], [5, 'Ruiz; Ana', 'Acme "Labs"']]);
    assert.deepEqual(parsed.warnings, ['row 5 repeats row 2: the same recipient would get the note twice']);
    assert.deepEqual(parseRecipients('a\tb\n1\t2\n').list.recipients[0].values, ['1', '2']);
    const duplicate = analyse('# recipients: p.csv\nWe met at the Austin UX meetup, {{first_name}}.', 'first_name\nAna\nAna\n');
    assert.equal(byRule(duplicate, 'recipient-list')[0].severity, 'information');
  });

  it('honours # delimiter: and refuses one that is not a delimiter', () => {
    const template = (delimiter) => `# recipients: p.csv\n# delimiter: ${delimiter}\nWe met at the Austin UX meetup, {{first_name}}.`;
    assert.equal(analyse(template('semicolon'), 'first_name;x\nAna;1\n').recipientNotes.length, 1);
    assert.match(byRule(analyse(template('commas please'), 'first_name\nAna\n'), 'recipient-list')[0].message, /is not a delimiter/);
  });

  it('matches variable names to columns ignoring case, spaces, hyphens and underscores', () => {
    assert.equal(columnKey('First_Name'), columnKey('first-name'));
    assert.equal(columnKey(' FIRST name '), 'firstname');
  });

  it('knows each profile column by its example, and a column written per person is not one', () => {
    for (const { example } of PROFILE_COLUMNS) assert.ok(isProfileColumn(columnKey(example)), example);
    for (const content of ['How we met', 'hook', 'mutual', 'event', 'Shared interest']) assert.equal(isProfileColumn(columnKey(content)), false, content);
  });

  it('checks only the first recipients when asked to, and says so', () => {
    const rows = ['first_name', ...Array.from({ length: 30 }, (_, i) => `Person${i}`)].join('\n');
    const analysis = analyzeTemplate('# recipients: p.csv\nWe met at the Austin UX meetup, {{first_name}}.', DEFAULT_OPTIONS, { text: rows }, 10);
    assert.equal(analysis.recipientNotes.length, 10);
    assert.match(byRule(analysis, 'recipient-list')[0].message, /^Checking the first 10 of 30 recipients/);
  });
});
