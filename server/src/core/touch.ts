import { headerValue, type Note } from './document';
import { NAMED_MUTUAL_CUES, TOUCH_CUES } from './phrases';
import { escapeRegExp, phraseRegex } from './text';
import { TOUCH_KINDS, type PersonalTouch, type TouchKind } from './types';

const CUE_REGEXES = Object.fromEntries(
  TOUCH_KINDS.map((kind) => [kind, phraseRegex(TOUCH_CUES[kind], 'i')]),
) as Record<TouchKind, RegExp>;
const ANY_CUE = phraseRegex(TOUCH_KINDS.flatMap((kind) => TOUCH_CUES[kind]), 'i');
const NAMED_MUTUAL = new RegExp(`(?<![\\p{L}])(?:${NAMED_MUTUAL_CUES.join('|')})`, 'u');

/** Headers whose value, written into the body, shows that element. */
const HEADER_EVIDENCE: Record<TouchKind, readonly string[]> = {
  met: ['met', 'group'],
  mutual: ['mutual'],
  work: ['read'],
  value: [],
};

function mentions(body: string, value: string | undefined): boolean {
  if (!value) return false;
  const lowerBody = body.toLowerCase();
  const lowerValue = value.toLowerCase();
  if (lowerBody.includes(lowerValue)) return true;
  const firstName = lowerValue.split(/[\s,]+/)[0];
  return firstName.length >= 3 && new RegExp(`(?<![\\p{L}])${escapeRegExp(firstName)}(?![\\p{L}])`, 'u').test(lowerBody);
}

function headerEvidence(note: Note, kind: TouchKind): boolean {
  return HEADER_EVIDENCE[kind].some((key) => mentions(note.body, headerValue(note, key)));
}

/** Whether the note shows any of the four personal elements: one scan, stopping at the first cue. */
export function isPersonal(note: Note): boolean {
  return ANY_CUE.test(note.body) || NAMED_MUTUAL.test(note.body) || TOUCH_KINDS.some((kind) => headerEvidence(note, kind));
}

/** Which of the four personal elements the note's body shows. */
export function detectTouch(note: Note): PersonalTouch {
  const touch = {} as PersonalTouch;
  for (const kind of TOUCH_KINDS) touch[kind] = CUE_REGEXES[kind].test(note.body) || headerEvidence(note, kind);
  touch.mutual ||= NAMED_MUTUAL.test(note.body);
  return touch;
}

export const TOUCH_LABELS: Record<TouchKind, string> = {
  met: 'how you know them',
  mutual: 'a mutual connection',
  work: 'their work',
  value: 'what you bring',
};
