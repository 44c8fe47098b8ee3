import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core, findingsOf, withOptions } from '../helpers/core.mjs';

const LONG = 'We met at the Denver product meetup and talked about onboarding flows for an hour. ';

describe('the .invite format', () => {
  it('splits notes at lines of three or more hyphens, and only there', () => {
    const text = 'First note, we met at PyCon.\n---\nSecond - we met at JSConf.\n  -----  \nThird.\n--\nstill third';
    const notes = core.splitNotes(text).map((span) => core.parseNote(text.slice(span.start, span.end)).body);
    assert.deepEqual(notes, ['First note, we met at PyCon.', 'Second - we met at JSConf.', 'Third.\n--\nstill third']);
  });

  it('reads # key: value headers, keeps unknown keys, and never sends comments', () => {
    const note = core.parseNote('# to: Priya Natarajan\n#mutual:Jane Roe\n  # Company : Acme  \n# just a comment\nHello Priya.\n# between\nSecond line.\n');
    assert.deepEqual(note.headers.map((h) => [h.key, h.value]), [['to', 'Priya Natarajan'], ['mutual', 'Jane Roe'], ['company', 'Acme']]);
    assert.equal(core.headerValue(note, 'company'), 'Acme');
    assert.equal(note.body, 'Hello Priya.\nSecond line.');
  });

  it('drops leading and trailing blank lines but keeps inner ones, one character per line break', () => {
    const note = core.parseNote('\n\n  \nOne.\n\nTwo.\n\n\n');
    assert.equal(note.body, 'One.\n\nTwo.');
  });

  it('counts a CRLF line break as one character and reports ranges in the real file', () => {
    const body = `${LONG}${LONG}\r\n${LONG.trim()}`;
    const [finding] = findingsOf(body, 'too-long');
    const total = LONG.length * 3; // the CRLF counts 1, the last line has no trailing space
    assert.equal(finding.message, `Note is ${total} characters, ${total - 200} over the limit of 200.`);
    assert.equal(body.slice(finding.start), body.slice(body.length - (total - 200)));
  });

  it('tolerates a byte order mark: it is neither counted nor reported', () => {
    const text = '\ufeffWe met at PyCon and talked about\u200bparsers.';
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['invisible-character']);
    assert.equal(text.slice(findings[0].start, findings[0].end), '\u200b');
    assert.equal(core.analyzeDocument(text, core.DEFAULT_OPTIONS).notes[0].analysis.count, text.length - 1);
  });

  it('keeps ranges right after tabs, emoji and combining marks', () => {
    const text = '# to: Zoë\n\tWe met 👋 at the Café\u0301 meetup. PLEASE ACCEPT my invitation.';
    const [finding] = findingsOf(text, 'shouting');
    assert.equal(text.slice(finding.start, finding.end), 'PLEASE ACCEPT');
  });
});

describe('counting', () => {
  const text = 'Hi 👋🏽 café\u0301';
  it('counts UTF-16 units by default, like LinkedIn', () => assert.equal(core.countText(text, 'utf16'), 13));
  it('counts code points', () => assert.equal(core.countText(text, 'codepoints'), 11));
  it('counts graphemes', () => assert.equal(core.countText(text, 'graphemes'), 9));

  for (const [unit, limit] of [['utf16', 199], ['codepoints', 199], ['graphemes', 199]]) {
    it(`starts the overflow at the character that crosses the limit (${unit})`, () => {
      const body = 'a'.repeat(limit) + '👋🏽' + 'b';
      const [finding] = findingsOf(body, 'too-long', withOptions({ countUnit: unit }));
      const overflow = body.slice(finding.start, finding.end);
      if (unit === 'graphemes') assert.equal(overflow, 'b');
      else if (unit === 'codepoints') assert.equal(overflow, '\u{1F3FD}b');
      else assert.equal(overflow, '👋🏽b');
    });
  }

  it('honours maxLength and a # limit: header, the header winning', () => {
    const body = 'x'.repeat(250);
    assert.equal(findingsOf(body, 'too-long', withOptions({ maxLength: 300 })).length, 0);
    assert.equal(findingsOf(`# limit: 300\n${body}`, 'too-long').length, 0);
    assert.equal(findingsOf(`# limit: 240\n${body}`, 'too-long', withOptions({ maxLength: 300 }))[0].message, 'Note is 250 characters, 10 over the limit of 240.');
  });
});

describe('disable comments and severities', () => {
  const stock = "I'd like to add you to my professional network on LinkedIn.";
  it('turns the named rules off for that note only', () => {
    const text = `# invite-lint-disable generic-invite\n${stock}\n---\n${stock}`;
    const findings = findingsOf(text, 'generic-invite');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].noteIndex, 1);
  });

  it('turns every rule off when no rule is named', () => {
    assert.deepEqual(findingsOf(`# invite-lint-disable\n${stock}`), []);
  });

  it('ignores case in the directive and the ids', () => {
    assert.deepEqual(findingsOf(`# INVITE-LINT-DISABLE Generic-Invite No-Personal-Touch\n${stock}`), []);
  });

  it('accepts several ids, separated by spaces or commas', () => {
    const ids = findingsOf(`# invite-lint-disable generic-invite, no-personal-touch\n${stock}`).map((f) => f.ruleId);
    assert.deepEqual(ids, []);
  });

  it('applies configured severities and off', () => {
    const options = withOptions({ rules: { 'generic-invite': 'error', 'no-personal-touch': 'off' } });
    assert.deepEqual(findingsOf(stock, undefined, options).map((f) => [f.ruleId, f.severity]), [['generic-invite', 'error']]);
  });
});

describe('options', () => {
  it('reports each bad value by key and keeps the rest', () => {
    const { options, problems } = core.resolveOptions({ maxLength: 'abc', countUnit: 'bytes', rules: { 'no-such-rule': 'error', shouting: 'loud' }, extraPlaceholders: [1] });
    assert.deepEqual(problems.map((p) => p.key), ['maxLength', 'countUnit', 'rules.no-such-rule', 'rules.shouting', 'extraPlaceholders[0]']);
    assert.match(problems[0].message, /positive integer/);
    assert.equal(options.maxLength, 200);
  });

  it('matches extra generic phrases literally, ignoring case, apostrophes and spacing', () => {
    const options = withOptions({ extraGenericPhrases: ["I'm reaching out (again)"] });
    const text = 'We met at PyCon. I’m   REACHING out (again) about parsers.';
    const [finding] = findingsOf(text, 'generic-invite', options);
    assert.ok(finding, 'the extra phrase is reported');
    assert.equal(findingsOf('We met at PyCon. Im reaching out again.', 'generic-invite', options).length, 0, 'no regex semantics');
  });

  it('reports extra placeholders literally', () => {
    const text = 'We met at PyCon, see you at ACME_EVENT.';
    assert.equal(findingsOf(text, 'placeholder', withOptions({ extraPlaceholders: ['ACME_EVENT'] })).length, 1);
    assert.equal(findingsOf(text, 'placeholder', withOptions({ extraPlaceholders: ['.*'] })).length, 0);
  });
});
