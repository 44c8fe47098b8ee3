/**
 * The four good-invitation patterns and the new-note skeleton, in one template dialect that
 * renders as an editor snippet (tab stops) or as plain text filled from headers.
 * Slots are `{name}` or `{name|first choice,second choice}`.
 */
import { headerValue, type Note } from './document';
import type { TouchKind } from './types';

export interface Pattern {
  id: string;
  label: string;
  description: string;
  /** The personal element the pattern supplies. */
  touch: TouchKind;
  template: string;
}

export const ARCHIVE_REQUEST = 'Not a good time? Please archive this rather than decline, so I can ask again later.';

export const PATTERNS: readonly Pattern[] = [
  {
    id: 'familiar',
    label: 'We may have met',
    description: 'Your name is familiar; a friend in common; your role and city',
    touch: 'met',
    template:
      "Your name keeps coming up and I think we may have met: I'm a friend of {mutual}'s, and I work as a {role} in {city}. Would you like to connect?",
  },
  {
    id: 'suggested',
    label: 'Second degree through a friend',
    description: 'LinkedIn suggests them; a mutual connection who recommended you',
    touch: 'mutual',
    template:
      "LinkedIn keeps suggesting you, and we're second-degree through {mutual}, who recommended me ({where|it's on my profile,see my profile}). I'd be glad to connect.",
  },
  {
    id: 'shared',
    label: 'Shared field and group',
    description: 'First-degree connections in common and a group you are both active in',
    touch: 'met',
    template:
      "We share several first-degree connections in {field}, and we're both active in the {group} group. It would be good to compare notes.",
  },
  {
    id: 'reader',
    label: 'I read your work',
    description: 'A mutual contact, and the blog or articles of theirs you read and share',
    touch: 'work',
    template:
      "We have {mutual} in common, and I've been reading and sharing your {work|blog,articles,talks,newsletter} on {topic}. I'd like to connect.",
  },
];

export const NOTE_SKELETON: Pattern = {
  id: 'note',
  label: 'New invitation note',
  description: 'Headers for the recipient and a mutual contact, a personal line and an archive request',
  touch: 'met',
  template: `# to: {to}\n# mutual: {mutual}\n\nWe met at {event} and talked about {topic}.\n${ARCHIVE_REQUEST}`,
};

/** The skeleton for a note that may already have some headers: those are not repeated. */
export function skeletonFor(note: Note | undefined): Pattern {
  if (!note || note.headers.length === 0) return NOTE_SKELETON;
  const has = new Set(note.headers.map((header) => header.key.toLowerCase()));
  const lines = NOTE_SKELETON.template.split('\n').filter((line) => !has.has(/^# (\w+):/.exec(line)?.[1] ?? ''));
  return { ...NOTE_SKELETON, template: lines.join('\n').replace(/^\n+/, '') };
}

const SLOT = /\{(\w+)(?:\|([^}]*))?\}/g;

/** The header that fills a slot: `work` comes from `# read:`, every other slot from its namesake. */
export const headerOfSlot = (slot: string): string => (slot === 'work' ? 'read' : slot);

/** Slot values taken from a note's headers. */
export function slotValuesOf(note: Note): (slot: string) => string | undefined {
  return (slot) => headerValue(note, headerOfSlot(slot));
}

function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * The template as an editor snippet: one tab stop per slot (repeated slots mirror). A slot with a
 * known value gets it as its default.
 */
export function toSnippet(template: string, values: (name: string) => string | undefined = () => undefined): string {
  const numbers = new Map<string, number>();
  let snippet = '';
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    snippet += escapeSnippetText(template.slice(last, match.index));
    last = match.index! + match[0].length;
    const [, name, choices] = match;
    const known = numbers.get(name);
    if (known !== undefined) {
      snippet += `$${known}`;
      continue;
    }
    const number = numbers.size + 1;
    numbers.set(name, number);
    // Plain placeholders only (yasnippet shows choice lists raw). An unknown value stays a visible
    // `[slot]` that the placeholder rule reports until it is replaced; a choice offers its first one.
    const value = values(name) || (choices ? choices.split(',')[0] : `[${name}]`);
    snippet += `\${${number}:${escapeSnippetText(value)}}`;
  }
  return snippet + escapeSnippetText(template.slice(last)) + '$0';
}

/** The template as plain text: slots take a value when one is known, else stay visible as `[name]`. */
export function toPlainText(template: string, values: (name: string) => string | undefined = () => undefined): string {
  return template.replace(SLOT, (_, name: string, choices?: string) => values(name) ?? (choices ? choices.split(',')[0] : `[${name}]`));
}
