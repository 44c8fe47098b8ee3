// Every rule's own examples: the bad ones are reported at exactly the marked ranges, the good ones
// pass every rule, and every fix does what its title says without touching other text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core, findingsOf, loud, parseMarked } from '../helpers/core.mjs';

const slices = (text, ranges) => ranges.map(([start, end]) => text.slice(start, end));

function untouchedOutside(before, after, edits) {
  const start = Math.min(...edits.map((e) => e.start));
  const endFromBack = before.length - Math.max(...edits.map((e) => e.end));
  assert.equal(after.slice(0, start), before.slice(0, start), 'text before the fix changed');
  assert.equal(after.slice(after.length - endFromBack), before.slice(before.length - endFromBack), 'text after the fix changed');
}

for (const rule of core.RULES) {
  describe(`rule ${rule.id}`, () => {
    it('declares what the README and the editor show', () => {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.description.length > 10 && rule.explanation.length > 40);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity));
      assert.ok(rule.examples.bad.length >= 1 && rule.examples.good.length >= 1);
    });

    for (const example of rule.examples.bad) {
      const { text, ranges } = parseMarked(example);
      it(`reports ${JSON.stringify(text.slice(0, 60))}`, () => {
        const found = findingsOf(text, rule.id);
        assert.deepEqual(slices(text, found.map((f) => [f.start, f.end])), slices(text, ranges));
        assert.deepEqual(found.map((f) => [f.start, f.end]), ranges);
        assert.ok(found.every((f) => f.severity === rule.defaultSeverity && f.message.length > 0));
      });

      it(`fixes ${JSON.stringify(text.slice(0, 40))} as each fix's title says`, () => {
        for (const finding of findingsOf(text, rule.id)) {
          for (const fix of finding.fixes) {
            const fixed = core.applyEdits(text, fix.edits);
            assert.notEqual(fixed, text, `${fix.title} changed nothing`);
            untouchedOutside(text, fixed, fix.edits);
            const saves = /\(saves (\d+)\)/.exec(fix.title);
            if (saves) {
              assert.equal(core.countText(text, 'utf16') - core.countText(fixed, 'utf16'), Number(saves[1]), fix.title);
            } else {
              const still = findingsOf(fixed, rule.id).filter((f) => fixed.slice(f.start, f.end) === text.slice(finding.start, finding.end));
              assert.equal(still.length, 0, `after "${fix.title}" the problem is still there:\n${fixed}`);
            }
          }
        }
      });
    }

    for (const example of rule.examples.good) {
      it(`leaves ${JSON.stringify(example.slice(0, 60))} alone`, () => {
        assert.deepEqual(findingsOf(example, rule.id), []);
        assert.deepEqual(loud(findingsOf(example)).map((f) => f.ruleId), [], 'a good example must pass every rule');
      });
    }
  });
}
