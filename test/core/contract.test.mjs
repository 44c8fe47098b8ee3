// Every quick fix keeps its promise, on the corpus, every rule's examples and the cases that
// broke it before; what cannot keep it is offered as a rewrite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brokenPromises } from '../helpers/contract.mjs';
import { core } from '../helpers/core.mjs';
import { judgeCorpus } from '../helpers/corpus.mjs';

const fixesOf = (text, ruleId) => core.analyzeNote(text, core.DEFAULT_OPTIONS).findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.fixes);

describe('the quick-fix promise', () => {
  it('holds for every quick fix of every corpus note and rule example', () => {
    const notes = [...judgeCorpus().map((n) => n.body), ...core.RULES.flatMap((r) => [...r.examples.bad, ...r.examples.good]).map((e) => e.replace(/[«»]/g, ''))];
    const broken = notes.flatMap((text) => brokenPromises(text));
    assert.deepEqual(broken, []);
  });

  const cases = [
    ['an invisible character that hides a placeholder', "I'm a friend of so\u200b-and-so's from PyCon.", 'invisible-character'],
    ['a greeting by a name that is itself a placeholder', '# to: [Name]\nDear Sir or Madam, we met at PyCon.', 'form-greeting'],
    ['a fill that overflows the note', `# met: the ${'very '.repeat(30)}long conference\nWe met at [event] and talked about retries in payment webhooks for hours.`, 'placeholder'],
    ['a doubled greeting', 'Dear Hiring Manager, Dear Hiring Manager, we met at PyCon.', 'form-greeting'],
  ];
  for (const [name, text, ruleId] of cases) {
    it(`holds for ${name}`, () => {
      assert.ok(fixesOf(text, ruleId).length > 0, 'the rule still offers something');
      assert.deepEqual(brokenPromises(text), []);
    });
  }

  it('offers the patterns as rewrites, never as quick fixes', () => {
    const fixes = [...fixesOf("I'd like to add you to my professional network on LinkedIn.", 'generic-invite'), ...fixesOf('Hope you are well!', 'no-personal-touch')];
    const patterns = fixes.filter((fix) => /pattern/.test(fix.title));
    assert.ok(patterns.length >= 8);
    assert.ok(patterns.every((fix) => fix.kind === 'rewrite' && !fix.safe && !fix.preferred));
  });

  it('removes the whole doubled greeting in one quick fix', () => {
    const text = 'Dear Hiring Manager, Dear Hiring Manager, we met at PyCon.';
    const [remove] = fixesOf(text, 'form-greeting').filter((fix) => fix.kind === 'quickfix');
    assert.equal(core.applyEdits(text, remove.edits), 'we met at PyCon.');
  });
});
