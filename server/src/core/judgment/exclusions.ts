/**
 * What never counts towards the swap test, marked token by token: the greeting and the sign-off,
 * template text, pitches and wishes, requests to connect, profile facts a mail merge fills in, and
 * the sender's description of themselves (which a mutual contact named in it survives).
 */
import { headerValue, type Note } from '../document';
import { FORM_GREETINGS, GROUP_BOILERPLATE, LINKS, PLACEHOLDER_SYNTAX, PLACEHOLDERS, SALES_PITCH } from '../phrases';
import { phraseRegex, type Span } from '../text';
import { FIELD_CLAIMS, INTRODUCTIONS, PITCH_FRAMES, SHARED_ACTS, WISHES } from './frames';
import { INVITATIONS, PROFILE_FACTS, SELF_DESCRIPTIONS } from './person-frames';
import { findRequests, type Requests } from './requests';
import { clauseOf, lineMatches, sentenceOf, tablePattern, type Token, type TokenizedNote, type TokenRange } from './tokens';
import { BOILERPLATE, HARD, markCredentials, markHashtags, markNamesOf, markOwnNames, markPraisedNames, markProfileValues, markVocatives, SELF_ONLY } from './word-marks';

export { BOILERPLATE, HARD, SELF_ONLY };
import { FUNCTION_WORDS, SELF_WORDS, SHARED_WORDS, VAGUE_WORDS, YOU_WORDS } from './words';

const PROFILE = tablePattern(PROFILE_FACTS);
const SELF = tablePattern(SELF_DESCRIPTIONS);
const INTRODUCTION = tablePattern(INTRODUCTIONS);
const PITCH = tablePattern(PITCH_FRAMES);
const INVITATION = tablePattern(INVITATIONS);
const WISH = tablePattern(WISHES);
const SHARED_ACT = tablePattern(SHARED_ACTS);
const FIELD_CLAIM = tablePattern(FIELD_CLAIMS);
const TEMPLATE_WORDS = phraseRegex(PLACEHOLDERS);
const GROUP_LINE = phraseRegex(GROUP_BOILERPLATE);
const FORM_GREETING = phraseRegex(FORM_GREETINGS);
const SALES = phraseRegex([...SALES_PITCH.map((shape) => shape.pattern), ...LINKS], 'gi');
const GREETING = /^(?:hi|hii|hello|hey|hiya|howdy|dear|greetings|good|morning|evening|afternoon|yo|respected|namaste|hola|bonjour|bonsoir|hallo|guten|servus|moin|salut|ciao|buongiorno|buenos|buenas|bom|boa|ola|hej|hoi|¡hola)$/;
const SIGN_OFF = /^(?:best|regards|thanks|thank|cheers|sincerely|warmly|yours|ciao|kind|warm|all)$/;

function mark(excluded: Uint8Array, range: TokenRange, flag = HARD): void {
  for (let i = range.from; i < range.to; i++) excluded[i] |= flag;
}

/** The opener ("Hi Sam,") and the sign-off ("- Sam", "Thanks, Sam"): they would be there for anyone. */
function markFrame(words: TokenizedNote, excluded: Uint8Array): void {
  markGreeting(words, excluded);
  markSignOff(words.tokens, excluded);
}

const isCapitalised = (token: Token) => !token.isWord || token.capital;

/** Words that may come before a greeting without making it less of one ("So, hi Mark,"). */
const LEAD_IN = /^(?:so|well|oh|ok|okay|and|hey)$/;

/** A greeting at the start of any sentence: "Note to self. Hi Mark, hope you're well." greets Mark too. */
function markGreeting(words: TokenizedNote, excluded: Uint8Array): void {
  for (const sentenceStart of words.sentenceStarts) {
    let start = sentenceStart;
    if (LEAD_IN.test(words.tokens[start]?.norm ?? '') && words.tokens[start + 1]?.norm === ',') start += 2;
    markGreetingAt(words.tokens, excluded, start, start === 0 || sentenceStart === 0);
  }
}

function markGreetingAt(tokens: Token[], excluded: Uint8Array, start: number, opensNote: boolean): void {
  let end = start;
  const abbreviation = (i: number) => tokens[i].norm === '.' && /^(?:mr|mrs|ms|dr|prof)$/.test(tokens[i - 1]?.norm ?? '');
  while (end < Math.min(tokens.length, start + 7) && (!/^[,.!:-]$/.test(tokens[end].norm) || abbreviation(end)) && tokens[end].raw !== '\n') end++;
  // "Greetings from a fellow Aggie!": the sender says where they write from; only the greeting is the greeting.
  const from = tokens.slice(start, end).findIndex((token) => token.norm === 'from');
  if (from > 0 && GREETING.test(tokens[start].norm)) return mark(excluded, { from: start, to: start + from }, BOILERPLATE);
  if (end === start || end >= tokens.length || !(/^[,.:-]$/.test(tokens[end].norm) || tokens[end].raw === '\n')) return;
  // "Kenji, I'm the bassist...": a name said to the reader, then the sentence starts (only as the note's opener).
  const then = tokens[end + 1]?.raw === '\n' ? tokens[end + 2] : tokens[end + 1];
  const sentenceStarts = then !== undefined && (FUNCTION_WORDS.has(then.norm) || YOU_WORDS.has(then.norm) || SELF_WORDS.has(then.norm) || SHARED_WORDS.has(then.norm) || /(?:ed|ing)$/.test(then.norm));
  // "Dr. Ama Boateng, my PhD advisor, ..." names a third person: a title's full stop counts as a word of the name.
  const written = tokens.slice(start, end).reduce((sum, token) => sum + (token.isWord && token.raw.endsWith('.') ? 2 : 1), 0);
  const addressed = opensNote && tokens[end].norm === ',' && written <= 3 && sentenceStarts && tokens.slice(start, end).every(isCapitalised);
  if (GREETING.test(tokens[start].norm) || addressed) mark(excluded, { from: start, to: end }, BOILERPLATE);
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
/** Whether the sentence goes on to say what the reader did or does ("you donated", "you lead", "from you"), not "talent like you". */
function readerActs(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (tokens[i].norm !== 'you') continue;
    const before = tokens[i - 1]?.norm ?? '';
    const after = tokens[i + 1];
    // "talent like you", "hope you are well", "if you accept": wishes and praise, not what the reader did.
    if (/^(?:like|hope|hoping|wish|thank|thanks|meet|connect|with|if|would|could|can|will|do|did)$/.test(before)) continue;
    if (before === 'from' || (after?.isWord && !FUNCTION_WORDS.has(after.norm) && !VAGUE_WORDS.has(after.norm) && !/^(?:know|have|are|were|might|may)$/.test(after.norm))) return true;
  }
  return false;
}

/** After "I'm ...", "our" is the sender's company ("overseeing our cold-chain division"); in "our team" it may be the reader's and the sender's. */
const endsSelf = (norm: string, singular: boolean) => YOU_WORDS.has(norm) || (SHARED_WORDS.has(norm) && !(singular && (norm === 'our' || norm === 'ours')));

/** "You trained half my team": the sender's people or things after "you" in one clause are what the reader acted on. */
function objectOfReader(note: TokenizedNote, from: number): boolean {
  const { tokens } = note;
  if (!/^(?:my|our)$/.test(tokens[from].norm)) return false;
  const [clauseStart] = clauseOf(note, from);
  for (let i = clauseStart; i < from; i++) if (YOU_WORDS.has(tokens[i].norm)) return true;
  return false;
}

function markSelfDescriptions(note: TokenizedNote, excluded: Uint8Array): void {
  const { tokens } = note;
  const invited = new Set(lineMatches(note, INVITATION).map((range) => tokens[range.from].sentence));
  // "Dimitri from the Tuesday pottery class here": where the reader knows the sender from is theirs too.
  const introduced = new Set(lineMatches(note, INTRODUCTION).map((range) => tokens[range.from].sentence));
  let scanned = 0;
  for (const { from } of lineMatches(note, SELF)) {
    if (from < scanned || invited.has(tokens[from].sentence) || introduced.has(tokens[from].sentence) || objectOfReader(note, from)) continue;
    const [, end] = sentenceOf(note, from);
    let i = from;
    const singular = SELF_WORDS.has(tokens[from].norm);
    // It reaches to the first word about the reader, or a dash or semicolon that starts another thought ("(Spanish/English)" goes on describing).
    while (i < end && !endsSelf(tokens[i].norm, singular) && !/^[-;]$/.test(tokens[i].norm)) i++;
    // "...at the food bank where you donated the racks": the reader acts in the sender's place, which is theirs too.
    if (!readerActs(tokens, i, end)) excluded.fill(SELF_ONLY, from, i);
    scanned = i;
  }
}

/**
 * In a note that sells, a sentence that never turns to the reader describes the seller's world
 * ("We're hiring React engineers in Austin", "our company in Dubai supplies rebar"): its names
 * are the offer's, not something the two share. A mutual contact named there still counts.
 */
function markSellersWorld(words: TokenizedNote, excluded: Uint8Array): void {
  const { tokens, sentenceStarts } = words;
  // "We met at the Leeds meetup" is still the two of you; "we're hiring" and "our company" are the seller.
  const sharedActs = new Set(lineMatches(words, SHARED_ACT).map((range) => tokens[range.from].sentence));
  sentenceStarts.forEach((from, sentence) => {
    const to = sentenceStarts[sentence + 1] ?? tokens.length;
    if (sharedActs.has(sentence)) return;
    for (let i = from; i < to; i++) if (!(excluded[i] & HARD) && turnsToReader(tokens[i], tokens[i - 1])) return;
    for (let i = from; i < to; i++) excluded[i] |= SELF_ONLY;
  });
}
const SELLER_WORDS = new Set(["we", "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours']);
/** "you", or a word shared with them; a capitalised "Your" inside a sentence is a title's ("Scaling Your Bakery Business"), and "leaders like you" are a kind of person. */
const turnsToReader = (token: Token, previous: Token | undefined) =>
  (YOU_WORDS.has(token.norm) && !(token.capital && !token.first) && previous?.norm !== 'like') || (SHARED_WORDS.has(token.norm) && !SELLER_WORDS.has(token.norm));

/** In a claim of a shared field, a place after "in" fits everyone there ("fintech in London"); a school or a group still counts ("Fellow Reed '11 alum"). */
function markFieldClaims(words: TokenizedNote, excluded: Uint8Array): void {
  const { tokens } = words;
  for (const { from, to } of lineMatches(words, FIELD_CLAIM)) {
    for (let i = from; i < to; i++) {
      const after = tokens[i - 1]?.norm === 'the' ? tokens[i - 2] : tokens[i - 1];
      if (tokens[i].capital && after?.norm === 'in') for (let j = i; j < to && tokens[j].capital; j++) excluded[j] |= HARD;
    }
  }
}

/** "I saw you're in the Houston chapter too": a profile fact the sender shares is not a mail merge's. */
function sharedFact(words: TokenizedNote, fact: TokenRange): boolean {
  const [, end] = sentenceOf(words, fact.from);
  for (let i = fact.from; i < end; i++) if (SHARED_FACT.test(words.tokens[i].norm) || (words.tokens[i].norm === 'like' && /^(?:me|us)$/.test(words.tokens[i + 1]?.norm ?? ''))) return true;
  return false;
}
const SHARED_FACT = /^(?:too|also|same)$/;

/**
 * Marks what never counts (`HARD`) and what is the sender's alone (`SELF_ONLY`, which a mutual
 * contact survives); returns the requests to connect found along the way.
 */
export function exclusions(note: Note, words: TokenizedNote, profileValues: readonly Span[]): { excluded: Uint8Array; requests: Requests; pitches: Span[]; templates: Span[] } {
  const excluded = new Uint8Array(words.tokens.length);
  markProfileValues(note, words.tokens, excluded, profileValues);
  markOwnNames(words.tokens, excluded);
  markPraisedNames(words, excluded);
  markHashtags(words.tokens, excluded);
  markCredentials(words, excluded);
  markFrame(words, excluded);
  markNamesOf(words.tokens, excluded, headerValue(note, 'to'));
  markVocatives(words.tokens, excluded);
  const templates = markSpans(words, excluded, note.body, TEMPLATE_WORDS, false).concat(markSpans(words, excluded, note.body, PLACEHOLDER_SYNTAX, false));
  const pitches = markSpans(words, excluded, note.body, SALES, clauseOf);
  markSpans(words, excluded, note.body, GROUP_LINE, sentenceOf, BOILERPLATE);
  markSpans(words, excluded, note.body, FORM_GREETING, false, BOILERPLATE);
  const requests = findRequests(words);
  for (const range of requests.stock) mark(excluded, clauseRange(words, range), BOILERPLATE);
  for (const range of [...requests.other, ...lineMatches(words, PROFILE).filter((fact) => !sharedFact(words, fact))]) mark(excluded, range);
  const pitched = new Set<number>();
  for (const range of [...lineMatches(words, PITCH), ...lineMatches(words, WISH)]) markWhole(words, excluded, range.from, range.to, pitched);
  markSelfDescriptions(words, excluded);
  markFieldClaims(words, excluded);
  if (pitches.length > 0 || pitched.size > 0) markSellersWorld(words, excluded);
  return { excluded, requests, pitches, templates };
}


/** The whole clause around a range ("I'd like to" with LinkedIn's stock words). */
function clauseRange(words: TokenizedNote, range: TokenRange): TokenRange {
  return { from: clauseOf(words, range.from)[0], to: clauseOf(words, range.to - 1)[1] };
}
