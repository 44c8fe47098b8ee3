/**
 * The swap test: a note is personal when it holds a specific detail that would be wrong if the
 * same note went to someone else, in a part of the note that is about the two of you. The
 * greeting, the sign-off, requests to connect, pitches, profile facts a mail merge fills in and
 * the sender's description of themselves never count.
 */
import { headerValue, type Note } from '../document';
import { FORM_GREETINGS, GROUP_BOILERPLATE, LINKS, PLACEHOLDER_SYNTAX, PLACEHOLDERS, SALES_PITCH } from '../phrases';
import { phraseRegex, type Span } from '../text';
import type { TouchKind } from '../types';
import { findAnchors, type Anchor } from './anchors';
import { INVITATIONS, KIND_CUES, MUTUAL_VERBS, PITCH_FRAMES, WISHES, PROFILE_FACTS, RELATION_NOUNS, SELF_DESCRIPTIONS, WORK_FRAMES } from './frames';
import { findRequests, type Requests } from './requests';
import { clauseOf, lineMatches, linePattern, sentenceOf, tokenize, type Token, type TokenizedNote, type TokenRange } from './tokens';
import { FUNCTION_WORDS, SELF_WORDS, SHARED_WORDS, YOU_WORDS } from './words';

export interface Evidence extends Span {
  kind: TouchKind;
  /** The words of the note that show it, as written. */
  text: string;
}

export interface Judgment {
  /** Whether anything in the note passes the swap test. */
  readonly personal: boolean;
  /** What makes the note personal, in note order; empty when it could go to anyone. */
  readonly evidence: Evidence[];
  /** Where the note asks to connect, in body offsets. */
  readonly stock: Span[];
  readonly requests: Span[];
  /** Where it sells: links, asks for time, offers and prices. */
  readonly pitches: Span[];
  /** Whether every word is boilerplate (greeting, sign-off, group line, stock sentence): removing it all loses nothing. */
  readonly boilerplateOnly: boolean;
}

const alternatives = (phrases: readonly { pattern: string }[]) => linePattern(phrases.map((p) => p.pattern).join('|'));
const PROFILE = alternatives(PROFILE_FACTS);
const SELF = alternatives(SELF_DESCRIPTIONS);
const PITCH = alternatives(PITCH_FRAMES);
const INVITATION = alternatives(INVITATIONS);
const WISH = alternatives(WISHES);
/** Tested against one sentence at a time, so not global. */
const WORK = linePattern(WORK_FRAMES.map((p) => p.pattern).join('|'), '');
const TEMPLATE_WORDS = phraseRegex(PLACEHOLDERS);
const GROUP_LINE = phraseRegex(GROUP_BOILERPLATE);
const FORM_GREETING = phraseRegex(FORM_GREETINGS);
const PLACEHOLDER = new RegExp(PLACEHOLDER_SYNTAX.source, 'gu');
const SALES = phraseRegex([...SALES_PITCH.map((shape) => shape.pattern), ...LINKS], 'gi');

const RELATION_BEFORE = linePattern(`(?:${RELATION_NOUNS})(?: of)?(?: my| our)?`);
const VERB_AFTER = linePattern(`(?<=[\\w'] )(?:${MUTUAL_VERBS})`);
const RELATION = new RegExp(`^(?:${RELATION_NOUNS})$`);
const CAPITALISED_WORD = /^\p{Lu}/u;
const CUES = Object.fromEntries(Object.entries(KIND_CUES).map(([kind, cue]) => [kind, linePattern(cue, '')])) as Record<keyof typeof KIND_CUES, RegExp>;
const GREETING = /^(?:hi|hii|hello|hey|hiya|howdy|dear|greetings|good|morning|evening|afternoon|yo|respected|namaste|hola|bonjour|hallo|salut|ciao|¡hola)$/;
const SIGN_OFF = /^(?:best|regards|thanks|thank|cheers|sincerely|warmly|yours|ciao|kind|warm|all)$/;

/** Never counts. */
const HARD = 1;
/** The sender's alone: a mutual contact named in it still counts. */
const SELF_ONLY = 2;
/** What LinkedIn or habit puts in every note: greeting, sign-off, group line, stock sentence. */
const BOILERPLATE = 4 | HARD;

function mark(excluded: Uint8Array, range: TokenRange, flag = HARD): void {
  for (let i = range.from; i < range.to; i++) excluded[i] |= flag;
}

/** The opener ("Hi Sam,") and the sign-off ("- Sam", "Thanks, Sam"): they would be there for anyone. */
function markFrame(tokens: Token[], excluded: Uint8Array): void {
  markGreeting(tokens, excluded);
  markSignOff(tokens, excluded);
}

const isCapitalised = (token: Token) => !token.isWord || /^\p{Lu}/u.test(token.raw);

function markGreeting(tokens: Token[], excluded: Uint8Array): void {
  let end = 0;
  const abbreviation = (i: number) => tokens[i].norm === '.' && /^(?:mr|mrs|ms|dr|prof)$/.test(tokens[i - 1]?.norm ?? '');
  while (end < Math.min(tokens.length, 7) && (!/^[,.!:-]$/.test(tokens[end].norm) || abbreviation(end)) && tokens[end].raw !== '\n') end++;
  if (end === 0 || end >= tokens.length || !(/^[,.:-]$/.test(tokens[end].norm) || tokens[end].raw === '\n')) return;
  // "Kenji, I'm the bassist...": a name said to the reader, then the sentence starts.
  const then = tokens[end + 1]?.raw === '\n' ? tokens[end + 2] : tokens[end + 1];
  const sentenceStarts = then !== undefined && (FUNCTION_WORDS.has(then.norm) || YOU_WORDS.has(then.norm) || SELF_WORDS.has(then.norm) || SHARED_WORDS.has(then.norm) || /(?:ed|ing)$/.test(then.norm));
  const addressed = tokens[end].norm === ',' && end <= 3 && sentenceStarts && tokens.slice(0, end).every(isCapitalised);
  if (GREETING.test(tokens[0].norm) || addressed) mark(excluded, { from: 0, to: end }, BOILERPLATE);
}

/** "- Sam", a last line of a few capitalised words, "Thanks, Sam": the same on every note. */
function markSignOff(tokens: Token[], excluded: Uint8Array): void {
  const last = tokens.length;
  let lineStart = last;
  while (lineStart > 0 && tokens[lineStart - 1].raw !== '\n') lineStart--;
  if (lineStart > 0 && last - lineStart <= 9) {
    const lastLine = tokens.slice(lineStart).filter((t) => t.isWord);
    const signed = tokens[lineStart]?.norm === '-' || SIGN_OFF.test(lastLine[0]?.norm ?? '') || lastLine.every(isCapitalised);
    if (lastLine.length <= 6 && signed) mark(excluded, { from: lineStart, to: last }, BOILERPLATE);
  }
  for (let i = last - 1; i >= Math.max(0, last - 4); i--) {
    if (tokens[i].norm === '-' && tokens.slice(i + 1).every(isCapitalised)) mark(excluded, { from: i, to: last }, BOILERPLATE);
    if (tokens[i].norm === ',' && i > 0 && SIGN_OFF.test(tokens[i - 1].norm)) mark(excluded, { from: i - 1, to: last }, BOILERPLATE);
  }
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

/** Marks whole the clauses (or sentences) that hold tokens `from` to `to`, each once however many matches it holds. */
function markWhole(note: TokenizedNote, excluded: Uint8Array, from: number, to: number, done: Set<number>, flag = HARD, of = clauseOf): void {
  for (let index = from; index < to; ) {
    const [start, end] = of(note, index);
    if (!done.has(start)) mark(excluded, { from: start, to: end }, flag);
    done.add(start);
    index = end;
  }
}

/** Marks the tokens under each match of a global regex over the body, or their whole sentences. */
function markSpans(note: TokenizedNote, excluded: Uint8Array, body: string, regex: RegExp, whole: false | typeof clauseOf, flag = HARD): Span[] {
  const spans: Span[] = [];
  const { tokens } = note;
  const done = new Set<number>();
  let index = 0;
  regex.lastIndex = 0;
  for (let match = regex.exec(body); match; match = regex.exec(body)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      regex.lastIndex++;
      continue;
    }
    spans.push({ start, end });
    while (index < tokens.length && tokens[index].end <= start) index++;
    let last = index;
    while (last < tokens.length && tokens[last].start < end) last++;
    if (last === index) continue;
    if (!whole) mark(excluded, { from: index, to: last }, flag);
    else markWhole(note, excluded, index, last, done, flag, whole);
  }
  return spans;
}

/**
 * The sender describing themselves ("I'm a recruiter at Northwind, based in Leeds"): nothing in it
 * is shared, up to the first word about the reader. An invitation to them ("would love to have you
 * speak") makes the sender's world theirs too.
 */
function markSelfDescriptions(note: TokenizedNote, excluded: Uint8Array): void {
  const { tokens } = note;
  const invited = new Set(lineMatches(note, INVITATION).map((range) => tokens[range.from].sentence));
  let scanned = 0;
  for (const { from } of lineMatches(note, SELF)) {
    if (from < scanned || invited.has(tokens[from].sentence)) continue;
    const [, end] = sentenceOf(note, from);
    let i = from;
    // It reaches to the first word about the reader, or a dash, semicolon or bracket that starts another thought.
    while (i < end && !YOU_WORDS.has(tokens[i].norm) && !SHARED_WORDS.has(tokens[i].norm) && !/^[-;(]$/.test(tokens[i].norm)) excluded[i++] ||= SELF_ONLY;
    scanned = i;
  }
}

/** A name right after "my" (my English, my Acme team) is the sender's. */
function markOwnNames(tokens: Token[], excluded: Uint8Array): void {
  tokens.forEach((token, index) => {
    if (index > 0 && tokens[index - 1].norm === 'my' && /^\p{Lu}/u.test(token.raw)) excluded[index] = 1;
  });
}

/**
 * Marks what never counts (`HARD`) and what is the sender's alone (`SELF_ONLY`, which a mutual
 * contact survives); returns the requests to connect found along the way.
 */
function exclusions(note: Note, words: TokenizedNote): { excluded: Uint8Array; requests: Requests; pitches: Span[] } {
  const excluded = new Uint8Array(words.tokens.length);
  markOwnNames(words.tokens, excluded);
  markFrame(words.tokens, excluded);
  markNamesOf(words.tokens, excluded, headerValue(note, 'to'));
  markVocatives(words.tokens, excluded);
  markSpans(words, excluded, note.body, PLACEHOLDER, false);
  markSpans(words, excluded, note.body, TEMPLATE_WORDS, false);
  const pitches = markSpans(words, excluded, note.body, SALES, clauseOf);
  markSpans(words, excluded, note.body, GROUP_LINE, sentenceOf, BOILERPLATE);
  markSpans(words, excluded, note.body, FORM_GREETING, false, BOILERPLATE);
  const requests = findRequests(words);
  for (const range of requests.stock) mark(excluded, clauseRange(words, range), BOILERPLATE);
  for (const range of [...requests.other, ...lineMatches(words, PROFILE)]) mark(excluded, range);
  const pitched = new Set<number>();
  for (const range of [...lineMatches(words, PITCH), ...lineMatches(words, WISH)]) markWhole(words, excluded, range.from, range.to, pitched);
  markSelfDescriptions(words, excluded);
  return { excluded, requests, pitches };
}


/** A named person next to a word that puts them between you: "a friend of Ana Ruiz", "Ana suggested". */
function mutualAnchors(words: TokenizedNote, anchors: Anchor[]): Set<Anchor> {
  const before = lineMatches(words, RELATION_BEFORE);
  const after = lineMatches(words, VERB_AFTER);
  const possessiveRelation = (anchor: Anchor) => /'s$/.test(words.tokens[anchor.to - 1].norm) && RELATION.test(words.tokens[anchor.to]?.norm ?? '');
  const { tokens } = words;
  // "Priya said", "Priya Shah suggested", "Carla, who said": a few joining words may stand between.
  const joinedTo = (at: number, cue: number) => {
    for (let i = at; i < cue; i++) if (!(tokens[i].isWord && CAPITALISED_WORD.test(tokens[i].raw)) && !/^(?:,|who|also|kindly|just|once)$/.test(tokens[i].norm)) return false;
    return cue - at <= 3;
  };
  const named = (anchor: Anchor) => possessiveRelation(anchor) || before.some((cue) => cue.to === anchor.from) || after.some((cue) => cue.from >= anchor.to && joinedTo(anchor.to, cue.from));
  return new Set(anchors.filter((anchor) => anchor.kind === 'name' && named(anchor)));
}

/** The whole clause around a range ("I'd like to" with LinkedIn's stock words). */
function clauseRange(words: TokenizedNote, range: TokenRange): TokenRange {
  return { from: clauseOf(words, range.from)[0], to: clauseOf(words, range.to - 1)[1] };
}

/** The normalised line of one stretch of tokens, as `linePattern` expects it. */
function sentenceLine(words: TokenizedNote, from: number, to: number): string {
  return words.line.slice(words.lineStarts[from] - 1, to < words.tokens.length ? words.lineStarts[to] - 1 : words.line.length);
}

/** A time says how you know someone only in a sentence about something you did or shared. */
function sharedMoment(words: TokenizedNote, anchor: Anchor): boolean {
  return cuesOf(words, anchor.from).met;
}

interface SentenceCues {
  met: boolean;
  work: boolean;
}

const cueCache = new WeakMap<TokenizedNote, Map<number, SentenceCues>>();

/** Which kind cues a sentence holds, worked out once per sentence so that long notes stay linear. */
function cuesOf(words: TokenizedNote, index: number): SentenceCues {
  let cache = cueCache.get(words);
  if (!cache) cueCache.set(words, (cache = new Map()));
  const sentence = words.tokens[index].sentence;
  let cues = cache.get(sentence);
  if (!cues) {
    const [from, to] = sentenceOf(words, index);
    const line = sentenceLine(words, from, to);
    cues = { met: CUES.met.test(line), work: WORK.test(line) && / your? /.test(`${line} `) };
    cache.set(sentence, cues);
  }
  return cues;
}

function kindOf(words: TokenizedNote, anchor: Anchor, mutual: Set<Anchor>): TouchKind {
  if (mutual.has(anchor)) return 'mutual';
  const cues = cuesOf(words, anchor.from);
  if (anchor.kind === 'topic' || cues.work) return 'work';
  if (cues.met) return 'met';
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
  if (!note.headers.some((header) => HEADER_EVIDENCE.some(([key]) => header.key.toLowerCase() === key))) return found;
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

/** Enough to explain a verdict; a 1 MB note of repeated sentences needs no more. */
const MAX_EVIDENCE = 50;

/** The verdict on one note: whether it is personal is settled at the first detail that counts; the evidence is gathered only when read. */
class NoteJudgment implements Judgment {
  readonly stock: Span[];
  readonly requests: Span[];
  readonly pitches: Span[];
  readonly boilerplateOnly: boolean;
  private readonly words: TokenizedNote;
  private readonly excluded: Uint8Array;
  private anchors: Anchor[] | undefined;
  private mutual: Set<Anchor> | undefined;
  private found: Evidence[] | undefined;
  private knownPersonal: boolean | undefined;

  constructor(private readonly note: Note) {
    this.words = tokenize(note.body);
    const { excluded, requests, pitches } = exclusions(note, this.words);
    this.excluded = excluded;
    this.pitches = pitches;
    this.boilerplateOnly = this.words.tokens.every((token, index) => !token.isWord || (excluded[index] & BOILERPLATE) === BOILERPLATE);
    const span = toSpan(this.words.tokens);
    this.stock = requests.stock.map(span);
    this.requests = requests.other.map(span);
  }

  get personal(): boolean {
    return (this.knownPersonal ??= this.headerEvidence().length > 0 || this.countingAnchors().next().done === false);
  }

  get evidence(): Evidence[] {
    if (!this.found) {
      const found = this.headerEvidence();
      const seen = new Set(found.map((item) => `${item.kind} ${item.text}`));
      for (const anchor of this.countingAnchors()) {
        if (found.length >= MAX_EVIDENCE) break;
        const item = { kind: kindOf(this.words, anchor, this.mutualAnchors()), ...evidenceText(this.note.body, this.words, anchor) };
        if (!seen.has(`${item.kind} ${item.text}`)) found.push(item);
        seen.add(`${item.kind} ${item.text}`);
      }
      this.found = found.sort((a, b) => a.start - b.start);
    }
    return this.found;
  }

  private headerEvidence(): Evidence[] {
    const { tokens } = this.words;
    return headerEvidence(this.note).filter((found) => !tokens.some((t, i) => (this.excluded[i] & HARD) !== 0 && t.start < found.end && found.start < t.end));
  }

  private mutualAnchors(): Set<Anchor> {
    return (this.mutual ??= mutualAnchors(this.words, this.allAnchors()));
  }

  private allAnchors(): Anchor[] {
    return (this.anchors ??= findAnchors(this.words));
  }

  /** The details that count, in token order. */
  private *countingAnchors(): Generator<Anchor> {
    const mutual = this.mutualAnchors();
    for (const anchor of this.allAnchors()) {
      if (this.barred(anchor, mutual.has(anchor) || anchor.kind === 'offer' ? HARD : HARD | SELF_ONLY)) continue;
      if ((anchor.kind === 'time' || anchor.kind === 'number') && !sharedMoment(this.words, anchor)) continue;
      yield anchor;
    }
  }

  /** A phrase counts unless its head or every key word is excluded: "your newsletter on coffee" survives "my Sunday ritual". */
  private barred(anchor: Anchor, by: number): boolean {
    const isBarred = (index: number) => (this.excluded[index] & by) !== 0;
    return isBarred(anchor.from) || (anchor.keys ?? range(anchor.from, anchor.to)).every(isBarred);
  }
}

export function judgeNote(note: Note): Judgment {
  return new NoteJudgment(note);
}
