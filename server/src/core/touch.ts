import type { Judgment } from './judgment/judge';
import { TOUCH_KINDS, type PersonalTouch, type TouchKind } from './types';

/** The first piece of evidence for each of the four personal elements, as the lens and hover show it. */
export function touchOf(judgment: Judgment): PersonalTouch {
  const touch: PersonalTouch = {};
  for (const kind of TOUCH_KINDS) {
    const evidence = judgment.evidence.find((found) => found.kind === kind);
    if (evidence) touch[kind] = evidence.text;
  }
  return touch;
}

export const TOUCH_LABELS: Record<TouchKind, string> = {
  met: 'how you know them',
  mutual: 'a mutual connection',
  work: 'their work',
  value: 'what you bring',
};
