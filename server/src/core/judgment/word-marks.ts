/**
 * Marks on single words that never count: names said to the reader or filled in by a template,
 * names after "my", names in a clause of nothing but praise, and hashtags.
 */
import { bodyToNote, type Note } from '../document';
import type { Span } from '../text';
import type { Token, TokenizedNote } from './tokens';
import { FUNCTION_WORDS, PRAISE_ADJECTIVES, VAGUE_WORDS } from './words';

/** Never counts. */
export const HARD = 1;
/** The sender's alone: a mutual contact named in it still counts. */
export const SELF_ONLY = 2;
/** What LinkedIn or habit puts in every note: greeting, sign-off, group line, stock sentence. */
export const BOILERPLATE = 4 | HARD;

/** A name said to the reader (", Hannah!") is theirs, not something shared. */
export function markVocatives(tokens: Token[], excluded: Uint8Array): void {
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const vocative = token.capital && tokens[index - 1]?.norm === ',';
    if (vocative && (!next || next.norm === '.' || next.raw === '\n')) excluded[index] = 1;
  });
}

export function markNamesOf(tokens: Token[], excluded: Uint8Array, value: string | undefined): void {
  if (!value) return;
  const names = new Set(value.toLowerCase().split(/[\s,]+/));
  tokens.forEach((token, index) => {
    if (names.has(token.norm.replace(/'s$/, ''))) excluded[index] = 1;
  });
}

/** A template's filled-in names and companies would be there for anyone on the list. */
export function markProfileValues(note: Note, tokens: Token[], excluded: Uint8Array, spans: readonly Span[]): void {
  if (spans.length === 0) return;
  tokens.forEach((token, index) => {
    const start = bodyToNote(note, token.start);
    if (spans.some((span) => span.start <= start && start < span.end)) excluded[index] |= HARD;
  });
}

/** The filler that carries praise: "Acme Corp is doing great things", "amazing work at Figma". */
const PRAISE_FILLER = new Set(['doing', 'things', 'stuff', 'job', 'killing', 'rocking', 'crushing', 'truly', 'really', 'such', 'what']);

/** A name in a clause of nothing but praise is a mail merge's slot: the same clause fits any company. */
export function markPraisedNames(words: TokenizedNote, excluded: Uint8Array): void {
  const { tokens, clauseStarts } = words;
  clauseStarts.forEach((from, clause) => {
    const to = clauseStarts[clause + 1] ?? tokens.length;
    let praised = false;
    for (let i = from; i < to; i++) {
      const { norm, isWord, capital, first } = tokens[i];
      if (!isWord || (capital && !first)) continue;
      if (PRAISE_ADJECTIVES.has(norm)) praised = true;
      else if (!FUNCTION_WORDS.has(norm) && !VAGUE_WORDS.has(norm) && !PRAISE_FILLER.has(norm)) return;
    }
    if (praised) for (let i = from; i < to; i++) if (tokens[i].capital) excluded[i] |= HARD;
  });
}

/** A hashtag ("#OpenToWork", "#Leadership") labels the sender's post, not anything shared. */
export function markHashtags(tokens: Token[], excluded: Uint8Array): void {
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (token.isWord && previous?.raw === '#' && previous.end === token.start) excluded[index] |= HARD;
  });
}

/** A name right after "my" (my English, my Acme team) is the sender's. */
export function markOwnNames(tokens: Token[], excluded: Uint8Array): void {
  tokens.forEach((token, index) => {
    if (index > 0 && tokens[index - 1].norm === 'my' && token.capital) excluded[index] = 1;
  });
}

const POST_NOMINAL = /^[A-Z]{2,6}$/;

/** "Dr. Oluwaseun Adeyemi, MBBS, FWACS, MPH.": a note that opens with a name and its letters opens with its sender's signature. */
export function markCredentials(words: TokenizedNote, excluded: Uint8Array): void {
  const { tokens, sentenceStarts } = words;
  const end = sentenceStarts[1] ?? tokens.length;
  let name = 0;
  while (name < Math.min(end, 5) && tokens[name].isWord && tokens[name].capital) name++;
  const lettersFollow = name > 0 && tokens[name]?.norm === ',' && POST_NOMINAL.test(tokens[name + 1]?.raw ?? '') && tokens[name + 2]?.norm === ',';
  if (lettersFollow) excluded.fill(HARD, 0, end);
}

