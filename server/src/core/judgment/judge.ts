/**
 * The swap test: a note is personal when it holds a specific detail that would be wrong if the
 * same note went to someone else, in a part of the note that is about the two of you. The
 * greeting, the sign-off, requests to connect, pitches, profile facts a mail merge fills in and
 * the sender's description of themselves never count.
 */
import { headerValue, type Note } from '../document';
import type { Span } from '../text';
import type { TouchKind } from '../types';
import { findAnchors, type Anchor } from './anchors';
import { BOILERPLATE, exclusions, HARD, SELF_ONLY } from './exclusions';
import { KIND_CUES, MUTUAL_VERBS, RELATION_NOUNS, WORK_FRAMES } from './frames';
import { SHARED_WORDS, YOU_WORDS } from './words';
import { clauseOf, lineMatches, linePattern, sentenceOf, tablePattern, tokenize, type Token, type TokenizedNote, type TokenRange } from './tokens';

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
  /** Template text never filled in (`[Name]`, so-and-so), possibly overlapping. */
  readonly templates: Span[];
  /** Whether every word is boilerplate (greeting, sign-off, group line, stock sentence): removing it all loses nothing. */
  readonly boilerplateOnly: boolean;
}

/** Tested against one sentence at a time, so not global. */
const WORK = tablePattern(WORK_FRAMES, '');

/** "managing partner of BrightPath", "senior manager at Acme": a job, not a person between you. */
const RELATION_BEFORE = linePattern(`(?<!(?:managing|founding|senior|general|equity|junior|associate|product|project|account|program|programme) )(?:${RELATION_NOUNS})(?: of)?(?: my| our)?`);
const VERB_AFTER = linePattern(`(?<=[\\w'] )(?:${MUTUAL_VERBS})`);
const RELATION = new RegExp(`^(?:${RELATION_NOUNS})$`);
const CUES = Object.fromEntries(Object.entries(KIND_CUES).map(([kind, cue]) => [kind, linePattern(cue, '')])) as Record<keyof typeof KIND_CUES, RegExp>;

/** A named person next to a word that puts them between you: "a friend of Ana Ruiz", "Ana suggested". */
function mutualAnchors(words: TokenizedNote, anchors: Anchor[]): Set<Anchor> {
  const before = lineMatches(words, RELATION_BEFORE);
  const after = lineMatches(words, VERB_AFTER);
  const possessiveRelation = (anchor: Anchor) => /'s$/.test(words.tokens[anchor.to - 1].norm) && RELATION.test(words.tokens[anchor.to]?.norm ?? '');
  const { tokens } = words;
  // "Priya said", "Priya Shah suggested", "Carla, who said": a few joining words may stand between.
  const joinedTo = (at: number, cue: number) => {
    for (let i = at; i < cue; i++) if (!tokens[i].capital && !/^(?:,|who|also|kindly|just|once)$/.test(tokens[i].norm)) return false;
    return cue - at <= 3;
  };
  const named = (anchor: Anchor) => possessiveRelation(anchor) || before.some((cue) => cue.to === anchor.from) || after.some((cue) => cue.from >= anchor.to && joinedTo(anchor.to, cue.from));
  const mutual = new Set(anchors.filter((anchor) => anchor.kind === 'name' && named(anchor)));
  // "...replacing Yusuf. He told me you're the one to ask": the pronoun stands for the last name before it.
  for (const cue of after) {
    const pronoun = tokens[cue.from - 1];
    if (!pronoun?.first || !/^(?:he|she|they)$/.test(pronoun.norm) || pronoun.sentence === 0) continue;
    const previous = anchors.filter((anchor) => anchor.kind === 'name' && tokens[anchor.from].sentence === pronoun.sentence - 1).pop();
    if (previous) mutual.add(previous);
  }
  return mutual;
}

/** The normalised line of one stretch of tokens, as `linePattern` expects it. */
function sentenceLine(words: TokenizedNote, from: number, to: number): string {
  return words.line.slice(words.lineStarts[from] - 1, to < words.tokens.length ? words.lineStarts[to] - 1 : words.line.length);
}

/** A time says how you know someone only in a sentence about something you did or shared with them. */
function sharedMoment(words: TokenizedNote, anchor: Anchor): boolean {
  const cues = cuesOf(words, anchor.from);
  return cues.met && cues.aboutUs;
}

interface SentenceCues {
  met: boolean;
  work: boolean;
  /** Whether the sentence speaks of the reader or of the two of you ("I've been here for years" does not). */
  aboutUs: boolean;
  /** Whether it speaks of the reader ("you", "your"). */
  aboutYou: boolean;
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
    const tokens = words.tokens.slice(from, to);
    const aboutYou = tokens.some((token) => YOU_WORDS.has(token.norm));
    const aboutUs = aboutYou || tokens.some((token) => SHARED_WORDS.has(token.norm));
    cues = { met: CUES.met.test(line), work: WORK.test(line) && / your? /.test(`${line} `), aboutUs, aboutYou };
    cache.set(sentence, cues);
  }
  return cues;
}

function kindOf(words: TokenizedNote, anchor: Anchor, mutual: Set<Anchor>): TouchKind {
  if (mutual.has(anchor)) return 'mutual';
  const cues = cuesOf(words, anchor.from);
  // "We met at the Lisbon design systems meetup": a work noun in a sentence about meeting, not about them, is where you met.
  if (anchor.kind === 'topic') return cues.met && !cues.aboutYou ? 'met' : 'work';
  if (cues.work) return 'work';
  if (cues.met) return 'met';
  return 'value';
}

const EVIDENCE_WORDS = 10;
const LEADING_CONJUNCTION = /^(?:and|but|so|plus)$/;

/** The words to show for a detail: a phrase as matched; a single word with its clause when the clause is short ("we both work on design systems in Austin"), else with a few words either side. */
function evidenceText(body: string, words: TokenizedNote, anchor: Anchor): Span & { text: string } {
  const { tokens } = words;
  let from = anchor.from;
  let to = Math.min(anchor.to, anchor.from + EVIDENCE_WORDS);
  const sameClause = (index: number) => tokens[index].clause === tokens[anchor.from].clause && tokens[index].isWord;
  if (anchor.to - anchor.from === 1) {
    const [clauseFrom, clauseTo] = clauseOf(words, anchor.from);
    const whole = clauseTo - clauseFrom <= EVIDENCE_WORDS;
    while (from > 0 && (whole || anchor.from - from < 4) && sameClause(from - 1)) from--;
    while (to < tokens.length && (whole || to - anchor.to < 4) && sameClause(to)) to++;
    // A clause may open with the conjunction that split it off: "and I worked together at Acme" reads better without it.
    while (from < anchor.from && LEADING_CONJUNCTION.test(tokens[from].norm)) from++;
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
  readonly templates: Span[];
  readonly boilerplateOnly: boolean;
  private readonly words: TokenizedNote;
  private readonly excluded: Uint8Array;
  private anchors: Anchor[] | undefined;
  private mutual: Set<Anchor> | undefined;
  private found: Evidence[] | undefined;
  private knownPersonal: boolean | undefined;

  constructor(
    private readonly note: Note,
    profileValues: readonly Span[],
  ) {
    this.words = tokenize(note.body);
    const { excluded, requests, pitches, templates } = exclusions(note, this.words, profileValues);
    this.templates = templates;
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

/** `profileValues` (note offsets) are filled-in names and companies of a template: they never count. */
export function judgeNote(note: Note, profileValues: readonly Span[] = []): Judgment {
  return new NoteJudgment(note, profileValues);
}
