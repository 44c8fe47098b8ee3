/**
 * The swap test: a note is personal when it holds a specific detail that would be wrong if the
 * same note went to someone else, in a part of the note that is about the two of you. The
 * greeting, the sign-off, requests to connect, pitches, profile facts a mail merge fills in and
 * the sender's description of themselves never count.
 */
import { headerValue, type Note } from '../document';
import { LINKS, PLACEHOLDER_SYNTAX, PLACEHOLDERS, SALES_PITCH } from '../phrases';
import { phraseRegex, type Span } from '../text';
import type { TouchKind } from '../types';
import { findAnchors, type Anchor } from './anchors';
import { INVITATIONS, KIND_CUES, MUTUAL_VERBS, PITCH_FRAMES, PROFILE_FACTS, RELATION_NOUNS, SELF_DESCRIPTIONS, WORK_FRAMES } from './frames';
import { findRequests, type Requests } from './requests';
import { lineMatches, linePattern, tokenize, type Token, type TokenizedNote, type TokenRange } from './tokens';
import { SHARED_WORDS, YOU_WORDS } from './words';

export interface Evidence extends Span {
  kind: TouchKind;
  /** The words of the note that show it, as written. */
  text: string;
}

export interface Judgment {
  /** What makes the note personal, in note order; empty when it could go to anyone. */
  evidence: Evidence[];
  /** Where the note asks to connect, in body offsets. */
  stock: Span[];
  requests: Span[];
}

const alternatives = (phrases: readonly { pattern: string }[]) => linePattern(phrases.map((p) => p.pattern).join('|'));
const PROFILE = alternatives(PROFILE_FACTS);
const SELF = alternatives(SELF_DESCRIPTIONS);
const PITCH = alternatives(PITCH_FRAMES);
const INVITATION = alternatives(INVITATIONS);
/** Tested against one sentence at a time, so not global. */
const WORK = linePattern(WORK_FRAMES.map((p) => p.pattern).join('|'), '');
const TEMPLATE_WORDS = phraseRegex(PLACEHOLDERS);
const SALES = phraseRegex([...SALES_PITCH.map((shape) => shape.pattern), ...LINKS], 'i');
const RELATION_BEFORE = linePattern(`(?:${RELATION_NOUNS})(?: of)?(?: my| our)?`);
const VERB_AFTER = linePattern(`(?<=[\\w'] )(?:${MUTUAL_VERBS})`);
const RELATION = new RegExp(`^(?:${RELATION_NOUNS})$`);
const CUES = Object.fromEntries(Object.entries(KIND_CUES).map(([kind, cue]) => [kind, linePattern(cue, '')])) as Record<keyof typeof KIND_CUES, RegExp>;
const GREETING = /^(?:hi|hii|hello|hey|hiya|howdy|dear|greetings|good|morning|evening|afternoon|yo|respected|namaste|hola|bonjour|hallo|salut|ciao|¡hola)$/;
const SIGN_OFF = /^(?:best|regards|thanks|thank|cheers|sincerely|warmly|yours|ciao|kind|warm|all)$/;

function mark(excluded: Uint8Array, range: TokenRange): void {
  excluded.fill(1, range.from, range.to);
}

/** The opener ("Hi Sam,") and the sign-off ("- Sam", "Thanks, Sam"): they would be there for anyone. */
function markFrame(tokens: Token[], excluded: Uint8Array): void {
  let end = 0;
  const abbreviation = (i: number) => tokens[i].norm === '.' && /^(?:mr|mrs|ms|dr|prof)$/.test(tokens[i - 1]?.norm ?? '');
  while (end < Math.min(tokens.length, 7) && (!/^[,.!:-]$/.test(tokens[end].norm) || abbreviation(end)) && tokens[end].raw !== '\n') end++;
  const opener = tokens.slice(0, end);
  const closed = end < tokens.length && (/^[,.:-]$/.test(tokens[end].norm) || tokens[end].raw === '\n');
  const addressed = tokens[end]?.norm === ',' && opener.every((t) => !t.isWord || /^\p{Lu}/u.test(t.raw));
  if (opener.length > 0 && closed && (GREETING.test(opener[0].norm) || addressed)) mark(excluded, { from: 0, to: end });
  const lineStart = tokens.map((t) => t.raw).lastIndexOf('\n') + 1;
  const lastLine = tokens.slice(lineStart).filter((t) => t.isWord);
  const signedLine = lineStart > 0 && lastLine.length <= 6 && (tokens[lineStart]?.norm === '-' || SIGN_OFF.test(lastLine[0]?.norm ?? '') || lastLine.every((t) => /^\p{Lu}/u.test(t.raw)));
  if (signedLine) mark(excluded, { from: lineStart, to: tokens.length });
  const norms = tokens.map((t) => t.norm);
  const dash = norms.lastIndexOf('-');
  if (dash >= tokens.length - 4 && tokens.slice(dash + 1).every((t) => !t.isWord || /^\p{Lu}/u.test(t.raw))) mark(excluded, { from: dash, to: tokens.length });
  const comma = norms.lastIndexOf(',');
  if (comma >= tokens.length - 4 && SIGN_OFF.test(norms[comma - 1] ?? '')) mark(excluded, { from: comma - 1, to: tokens.length });
}

/** A name said to the reader (", Hannah!") is theirs, not something shared. */
function markVocatives(tokens: Token[], excluded: Uint8Array): void {
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const vocative = token.isWord && /^\p{Lu}/u.test(token.raw) && tokens[index - 1]?.norm === ',';
    if (vocative && (!next || next.norm === '.' || next.raw === '\n')) excluded[index] = 1;
  });
}

function markNamesOf(tokens: Token[], excluded: Uint8Array, value: string | undefined): void {
  if (!value) return;
  const names = new Set(value.toLowerCase().split(/[\s,]+/));
  tokens.forEach((token, index) => {
    if (names.has(token.norm.replace(/'s$/, ''))) excluded[index] = 1;
  });
}

function markSpans(note: TokenizedNote, excluded: Uint8Array, body: string, regex: RegExp, wholeSentence: boolean): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(body); match; match = regex.exec(body)) {
    const start = match.index;
    const end = start + match[0].length;
    const sentences = new Set(note.tokens.filter((t) => t.start < end && start < t.end).map((t) => t.sentence));
    note.tokens.forEach((token, index) => {
      if (wholeSentence ? sentences.has(token.sentence) : token.start < end && start < token.end) excluded[index] = 1;
    });
    if (match[0].length === 0) regex.lastIndex++;
  }
}

/**
 * The sender describing themselves ("I'm a recruiter at Northwind, based in Leeds"): nothing in it
 * is shared, up to the first word about the reader. An invitation to them ("would love to have you
 * speak") makes the sender's world theirs too.
 */
function markSelfDescriptions(note: TokenizedNote, excluded: Uint8Array): void {
  const { tokens } = note;
  const invited = new Set(lineMatches(note, INVITATION).map((range) => tokens[range.from].sentence));
  for (const { from } of lineMatches(note, SELF)) {
    if (invited.has(tokens[from].sentence)) continue;
    for (let i = from; i < tokens.length && tokens[i].sentence === tokens[from].sentence; i++) {
      if (YOU_WORDS.has(tokens[i].norm) || SHARED_WORDS.has(tokens[i].norm)) break;
      excluded[i] ||= SELF_ONLY;
    }
  }
}

/** A name right after "my" (my English, my Acme team) is the sender's. */
function markOwnNames(tokens: Token[], excluded: Uint8Array): void {
  tokens.forEach((token, index) => {
    if (index > 0 && tokens[index - 1].norm === 'my' && /^\p{Lu}/u.test(token.raw)) excluded[index] = 1;
  });
}

const HARD = 1;
const SELF_ONLY = 2;

/**
 * Marks what never counts (`HARD`) and what is the sender's alone (`SELF_ONLY`, which a mutual
 * contact survives); returns the requests to connect found along the way.
 */
function exclusions(note: Note, words: TokenizedNote): { excluded: Uint8Array; requests: Requests } {
  const excluded = new Uint8Array(words.tokens.length);
  markOwnNames(words.tokens, excluded);
  markFrame(words.tokens, excluded);
  markNamesOf(words.tokens, excluded, headerValue(note, 'to'));
  markVocatives(words.tokens, excluded);
  markSpans(words, excluded, note.body, new RegExp(PLACEHOLDER_SYNTAX.source, 'gu'), false);
  markSpans(words, excluded, note.body, TEMPLATE_WORDS, false);
  markSpans(words, excluded, note.body, new RegExp(SALES.source, 'gi'), true);
  const requests = findRequests(words);
  for (const range of [...requests.stock, ...requests.other, ...lineMatches(words, PROFILE)]) mark(excluded, range);
  for (const range of lineMatches(words, PITCH)) excluded.fill(1, ...sentenceOf(words.tokens, range));
  markSelfDescriptions(words, excluded);
  return { excluded, requests };
}

function sentenceOf(tokens: Token[], range: TokenRange): [number, number] {
  const sentence = tokens[range.from].sentence;
  let from = range.from;
  let to = range.to;
  while (from > 0 && tokens[from - 1].sentence === sentence) from--;
  while (to < tokens.length && tokens[to].sentence === sentence) to++;
  return [from, to];
}

/** A named person next to a word that puts them between you: "a friend of Ana Ruiz", "Ana suggested". */
function mutualAnchors(words: TokenizedNote, anchors: Anchor[]): Set<Anchor> {
  const before = lineMatches(words, RELATION_BEFORE);
  const after = lineMatches(words, VERB_AFTER);
  const possessiveRelation = (anchor: Anchor) => /'s$/.test(words.tokens[anchor.to - 1].norm) && RELATION.test(words.tokens[anchor.to]?.norm ?? '');
  const named = (anchor: Anchor) =>
    possessiveRelation(anchor) || before.some((cue) => cue.to === anchor.from) || after.some((cue) => cue.from === anchor.to || cue.from === anchor.to + 1);
  return new Set(anchors.filter((anchor) => anchor.kind === 'name' && named(anchor)));
}

/** A time says how you know someone only in a sentence about something you did or shared. */
function sharedMoment(words: TokenizedNote, anchor: Anchor): boolean {
  const [from, to] = sentenceOf(words.tokens, anchor);
  return CUES.met.test(words.tokens.slice(from, to).map((t) => t.norm).join(' '));
}

function kindOf(words: TokenizedNote, anchor: Anchor, mutual: Set<Anchor>): TouchKind {
  if (mutual.has(anchor)) return 'mutual';
  const [from, to] = sentenceOf(words.tokens, anchor);
  const sentence = words.tokens.slice(from, to).map((t) => t.norm).join(' ');
  if (anchor.kind === 'topic' || (WORK.test(sentence) && /\byour?\b/.test(sentence))) return 'work';
  if (CUES.met.test(sentence)) return 'met';
  return 'value';
}

const EVIDENCE_WORDS = 10;

/** The words to show for a detail: a phrase as matched, a single word with a few of its clause around it. */
function evidenceText(body: string, words: TokenizedNote, anchor: Anchor): Span & { text: string } {
  const { tokens } = words;
  let from = anchor.from;
  let to = Math.min(anchor.to, anchor.from + EVIDENCE_WORDS);
  const sameClause = (index: number) => tokens[index].clause === tokens[anchor.from].clause && tokens[index].isWord;
  if (anchor.to - anchor.from === 1) {
    while (from > 0 && anchor.from - from < 4 && sameClause(from - 1)) from--;
    while (to < tokens.length && to - anchor.to < 4 && sameClause(to)) to++;
  }
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { start, end, text: body.slice(start, end).replace(/\s+/g, ' ') };
}

const HEADER_EVIDENCE: ReadonlyArray<[string, TouchKind]> = [['mutual', 'mutual'], ['met', 'met'], ['group', 'met'], ['read', 'work']];

/** A `# mutual:`, `# met:`, `# group:` or `# read:` value written into the body. */
function headerEvidence(note: Note): Evidence[] {
  const found: Evidence[] = [];
  const lowerBody = note.body.toLowerCase();
  for (const [key, kind] of HEADER_EVIDENCE) {
    const value = headerValue(note, key)?.trim();
    if (!value) continue;
    const candidates = [value, ...(key === 'mutual' ? [value.split(/[\s,]+/)[0]] : [])].filter((v) => v.length >= 3);
    for (const candidate of candidates) {
      const at = lowerBody.indexOf(candidate.toLowerCase());
      if (at === -1) continue;
      found.push({ kind, start: at, end: at + candidate.length, text: note.body.slice(at, at + candidate.length) });
      break;
    }
  }
  return found;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

const toSpan = (tokens: Token[]) => (range: TokenRange): Span => ({ start: tokens[range.from].start, end: tokens[range.to - 1].end });

export function judgeNote(note: Note): Judgment {
  const words = tokenize(note.body);
  const { excluded, requests } = exclusions(note, words);
  const anchors = findAnchors(words);
  const mutual = mutualAnchors(words, anchors);
  const evidence = headerEvidence(note).filter((found) => !words.tokens.some((t, i) => excluded[i] === HARD && t.start < found.end && found.start < t.end));
  // A phrase counts unless its head or all of it is excluded: "your newsletter on coffee" survives "my Sunday ritual".
  const isBarred = (index: number, by: number) => (excluded[index] & by) !== 0;
  const barred = (anchor: Anchor, by: number) =>
    isBarred(anchor.from, by) || (anchor.keys ?? range(anchor.from, anchor.to)).every((index) => isBarred(index, by));
  for (const anchor of anchors) {
    if (barred(anchor, mutual.has(anchor) || anchor.kind === 'offer' ? HARD : HARD | SELF_ONLY)) continue;
    if ((anchor.kind === 'time' || anchor.kind === 'number') && !sharedMoment(words, anchor)) continue;
    evidence.push({ kind: kindOf(words, anchor, mutual), ...evidenceText(note.body, words, anchor) });
  }
  evidence.sort((a, b) => a.start - b.start);
  const distinct = evidence.filter((found, index) => evidence.findIndex((other) => other.kind === found.kind && other.text === found.text) === index);
  const span = toSpan(words.tokens);
  return { evidence: distinct, stock: requests.stock.map(span), requests: requests.other.map(span) };
}
