import type { Judgment } from './judgment/judge';
import type { PersonalTouch, TouchKind } from './types';

/** For each of the four personal elements, its fullest piece of evidence, as the lens and hover show it. */
export function touchOf(judgment: Judgment): PersonalTouch {
  const touch: PersonalTouch = {};
  for (const { kind, text } of judgment.evidence) {
    if ((touch[kind]?.length ?? 0) < text.length) touch[kind] = text;
  }
  return touch;
}

export const TOUCH_LABELS: Record<TouchKind, string> = {
  met: 'how you know them',
  mutual: 'a mutual connection',
  work: 'their work',
  value: 'what you bring',
};
