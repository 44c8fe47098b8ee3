/**
 * Specific details: the words of a note that would be wrong if it went to someone else. A name
 * that does not start a sentence, an unusual acronym, a year or class year, a dated time, a
 * quoted title, or a piece of their work named with what it is about.
 */
import { EVERYDAY_WORDS, KNOWN_WORDS } from './everyday-words';
import { EVENT_NOUNS, EVENTS, MUTUAL_VERBS, NUMBERED_PLACES, OFFERS, SHARED_ACTS, TIMES, WORK_FRAMES, WORK_NOUNS } from './frames';
import { lineMatches, sentenceOf, tablePattern, type Token, type TokenizedNote, type TokenRange } from './tokens';
import { AMOUNT_UNITS, CAPITALISED_NON_NAMES, PRAISE_NOUNS, FUNCTION_WORDS, GENERIC_ACRONYMS, MONTHS, SELF_WORDS, SHARED_WORDS, VAGUE_WORDS, WEEKDAYS, YOU_WORDS } from './words';

export type AnchorKind = 'name' | 'year' | 'number' | 'time' | 'title' | 'topic' | 'act' | 'event' | 'offer';

export interface Anchor extends TokenRange {
  kind: AnchorKind;
  /** The tokens that make a phrase specific ("coffee chemistry" in "your newsletter on coffee chemistry"). */
  keys?: number[];
}

const TIME = tablePattern(TIMES);
const WORK = tablePattern(WORK_FRAMES);
const ACTS = tablePattern(SHARED_ACTS);
const EVENT = tablePattern(EVENTS);
const OFFER = tablePattern(OFFERS);
const NUMBERED_PLACE = tablePattern(NUMBERED_PLACES);
const ALL_CAPS = /^[\p{Lu}\p{N}&'’.-]+$/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
/** A year (1950-2039) or a class year ('11): a date, whatever the sentence. */
const YEAR = /^(?:19[5-9]\d|20[0-3]\d|'\d\d)$/;
/** After "dr." or "prof." a word is a name, capitalised or not. */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|st)\.?$/;
/** Family and community titles that go before a first name: "aunt bea", "coach okafor", "pastor ruiz". */
const KIN_TITLE = /^(?:aunt|auntie|aunty|uncle|cousin|grandma|grandpa|granny|nana|coach|pastor|rabbi|imam|deacon|reverend|rev|sensei|chef)$/;
/** Words that open sentences without naming anything, beyond the everyday list; and most -ed, -ing and -ly words. */
const SENTENCE_OPENERS = /^(?:congrats|congratulations|kudos|bravo|cheers|thanks|thx|hiya|howdy|greetings|namaste|hola|ciao|wishing|hoping|lol|omg|wow|ooh|hmm|btw|fyi|pls|plz|gracias|merci|danke|salut|yay|woohoo|ahoy|heya|sry|sorry|loving|huge|stoked|psyched)$|(?:ed|ing|ly)$/;
/** A first word followed by one of these is a name: "Priya suggested", "Priya and I", "Priya's friend". */
const MUTUAL_AFTER_NAME = new RegExp(`^(?:${MUTUAL_VERBS}|and|'s|from)$`);

/**
 * Sentences in Title Case ("Looking Forward To Connecting") say nothing with their capitals; in
 * one that praises ("Your Passion For Excellence And Servant Leadership"), rare words say nothing either.
 */
function titleCaseSentences(tokens: Token[]): Map<number, 'title' | 'praise'> {
  const titleCase = new Map<number, 'title' | 'praise'>();
  let caps = 0;
  let all = 0;
  let vague = 0;
  let opensWithYour = false;
  tokens.forEach((token, index) => {
    if (token.isWord) {
      if (all === 0) opensWithYour = token.norm === 'your';
      all++;
      if (token.capital) caps++;
      if (VAGUE_WORDS.has(token.norm)) vague++;
    }
    if (tokens[index + 1]?.sentence !== token.sentence) {
      // "Your Unwavering Dedication To Driving Change": Title Case addressed to them, with one word of praise, is praise.
      if (all >= 3 && caps / all > 0.6) titleCase.set(token.sentence, vague >= 2 || (vague >= 1 && opensWithYour) ? 'praise' : 'title');
      caps = 0;
      all = 0;
      vague = 0;
    }
  });
  return titleCase;
}

const isCaps = (token: Token | undefined) => token !== undefined && token.isWord && ALL_CAPS.test(token.raw) && !DIGIT.test(token.raw);
const isShouted = (token: Token | undefined) => isCaps(token) && token!.raw.length >= 2 && EVERYDAY_WORDS.has(token!.norm);

/** An unusual acronym (INSEAD, UNHCR); not one inside a run of shouted words ("LIMITED SPOTS LEFT"). */
function isAcronym(tokens: Token[], index: number, token = tokens[index]): boolean {
  if (token.raw.length < 2 || !isCaps(token) || GENERIC_ACRONYMS.has(token.norm) || EVERYDAY_WORDS.has(token.norm) || VAGUE_WORDS.has(token.norm)) return false;
  // "URGENT", "LICENSED": a common word of some length in capitals is emphasis, not an acronym.
  if (token.norm.length >= 4 && isKnownWord(token.norm)) return false;
  return !isShouted(tokens[index - 1]) && !isShouted(tokens[index + 1]);
}

/** Names written in lower case: after an honorific ("dr. rahman"), before an organisation noun ("dhaka university"), or a possessive before a relation ("leo's mom"). */
function isLowercaseName(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1]?.norm === '.' ? tokens[index - 2] : tokens[index - 1];
  if (previous && HONORIFIC.test(previous.norm) && !FUNCTION_WORDS.has(token.norm)) return true;
  if (previous && KIN_TITLE.test(previous.norm) && !FUNCTION_WORDS.has(token.norm) && !EVERYDAY_WORDS.has(token.norm) && token.norm.length >= 2) return true;
  const next = tokens[index + 1];
  if (!next) return false;
  const organisation = ORGANISATION.test(next.norm);
  const family = !organisation && token.norm.endsWith("'s") && FAMILY.test(next.norm);
  if (!organisation && !family) return false;
  if (FUNCTION_WORDS.has(token.norm) || VAGUE_WORDS.has(token.norm) || YOU_WORDS.has(token.norm) || SELF_WORDS.has(token.norm) || SHARED_WORDS.has(token.norm)) return false;
  const plain = family ? token.norm.slice(0, -2) : token.norm.replace(/'s$/, '');
  return !EVERYDAY_WORDS.has(plain) && plain.length >= 3;
}

const ORGANISATION = /^(?:university|college|institute|hospital|school|academy|polytechnic|labs|clinic|museum|library|foundation|church|cathedral|chapel|temple|mosque|synagogue|parish)$/;
const FAMILY = /^(?:mom|mum|dad|mother|father|sister|brother|wife|husband|son|daughter|aunt|uncle|cousin|partner|grandma|grandpa)$/;

/** A capitalised word that names someone or something, judged by where it stands. */
/** French and Italian elision before a name: "l'ECAL", "d'Orsay". */
const ELISION = /^(?:[LlDdJjNnSsMmTtCc]|[Qq]u)['’](?=\p{Lu})/u;

/** A common word, or one of its plain inflections ("shines", "honored", "inspiring"): the common-word list holds base forms. */
function isKnownWord(norm: string): boolean {
  if (KNOWN_WORDS.has(norm)) return true;
  const knownStem = (ending: string, replacement = '') => {
    if (!norm.endsWith(ending)) return false;
    const stem = norm.slice(0, norm.length - ending.length);
    return (replacement !== '' || stem.length >= 3) && KNOWN_WORDS.has(stem + replacement);
  };
  return knownStem('s') || knownStem('es') || knownStem('ed') || knownStem('d') || knownStem('ing') || knownStem('ies', 'y') || knownStem('ing', 'e');
}

/** Abstract nouns of praise: capitalised, they are emphasis ("your Passion for Excellence"), not names. */
const ABSTRACT = /(?:ence|ance|ship|ness|ity|ism|tion|sion|ment)$/;
const isBuzzword = (token: Token) => PRAISE_NOUNS.has(token.norm) || (ABSTRACT.test(token.norm) && isKnownWord(token.norm));

/** A run of capitalised common words with a buzzword in it ("Thought Leadership", "Exceptional Leaders") names nothing. */
function inBuzzwords(tokens: Token[], index: number): boolean {
  // The run goes on through lists: "your Passion, Drive and Excellence".
  const joins = (at: number) => /^(?:,|and|&)$/.test(tokens[at]?.norm ?? '') && tokens[at + 1]?.capital === true;
  let from = index;
  while (from > 0 && ((tokens[from - 1].capital && !tokens[from - 1].first) || joins(from - 1))) from--;
  let to = index + 1;
  while (to < tokens.length && (tokens[to].capital || joins(to))) to++;
  const run = tokens.slice(from, to).filter((token) => token.capital);
  const unknown = run.filter((token) => !isKnownWord(token.norm) && !VAGUE_WORDS.has(token.norm)).length;
  return run.some(isBuzzword) && unknown <= (run.length >= 4 || (run.length >= 2 && run.some((token) => PRAISE_NOUNS.has(token.norm))) ? 1 : 0);
}

function isName(tokens: Token[], index: number, titleCase: ReadonlyMap<number, 'title' | 'praise'>): boolean {
  const written = tokens[index];
  const token = ELISION.test(written.raw) ? { ...written, raw: written.raw.replace(ELISION, ''), norm: written.norm.replace(/^[a-z]+'/, ''), capital: true } : written;
  if (token.isWord && isLowercaseName(tokens, index)) return true;
  if (!token.capital || CAPITALISED_NON_NAMES.has(token.norm)) return false;
  // "... Shipping Co. Let's connect": after an abbreviation's full stop a capitalised function word still opens a sentence.
  if (MONTHS.has(token.norm) || YOU_WORDS.has(token.norm) || SELF_WORDS.has(token.norm) || FUNCTION_WORDS.has(token.norm)) return false;
  // "the Sunday league" names a thing; "see you Sunday" only a day.
  if (WEEKDAYS.has(token.norm)) return tokens[index + 1] !== undefined && (EVENT_NOUN.test(tokens[index + 1].norm) || isRareWord(tokens[index + 1]));
  if (!HAS_LOWER.test(token.raw)) return isAcronym(tokens, index, token);
  // Title Case capitalises ordinary words; a word beyond the common ones is still a name ("Neighbour from Ashgrove Road!").
  const inTitleCase = titleCase.get(token.sentence);
  if (inTitleCase) return inTitleCase === 'title' && !token.first && !isKnownWord(token.norm) && !VAGUE_WORDS.has(token.norm) && !SENTENCE_OPENERS.test(token.norm);
  if (!token.first) return !inBuzzwords(tokens, index);
  // A capital at a sentence start says nothing unless the word is not everyday and what follows shows a name.
  const next = tokens[index + 1];
  if (EVERYDAY_WORDS.has(token.norm) || FUNCTION_WORDS.has(token.norm) || SENTENCE_OPENERS.test(token.norm) || !next) return false;
  return (next.capital && HAS_LOWER.test(next.raw)) || MUTUAL_AFTER_NAME.test(next.norm);
}

function isNumber(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token.isWord || !DIGIT.test(token.raw)) return false;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (/^[$€£#]$/.test(previous?.raw ?? '') || /[%x]$|\d-?(?:min|minute|hour|hr|day|week|month)s?$/.test(token.norm)) return false;
  return !(next && (AMOUNT_UNITS.has(next.norm) || /^(?:[%+]|connections|contacts|followers|mutuals?|people)$/.test(next.norm)));
}

const SKIPPED = /^(?:really|truly|so|recent|latest|last|yesterday|first)$/;
const DETERMINER = /^(?:your|ur|the|that|this|those|our)$/;
/** "the work of your hands": a thing of theirs after "of your" is not what the work is about. */
const ofYours = (tokens: Token[], index: number) => /^(?:your|ur)$/.test(tokens[index - 1]?.norm ?? '') && tokens[index - 2]?.norm === 'of';
const WORK_NOUN = new RegExp(`^(?:${WORK_NOUNS})$`);
const EVENT_NOUN = new RegExp(`^(?:${EVENT_NOUNS})$`);

/** A word that names something: not a function word, praise, a pronoun or a work noun. */
function isTopicWord({ norm, isWord }: Token): boolean {
  if (!isWord || norm.length < 3 || FUNCTION_WORDS.has(norm) || VAGUE_WORDS.has(norm)) return false;
  if (YOU_WORDS.has(norm) || SHARED_WORDS.has(norm) || SELF_WORDS.has(norm) || CAPITALISED_NON_NAMES.has(norm)) return false;
  return !(WORK_NOUN.test(norm) || EVENT_NOUN.test(norm) || /'s$/.test(norm) || SKIPPED.test(norm));
}

/** A rarer word still: one that is not among the everyday words either. */
const isRareWord = (token: Token) => isTopicWord(token) && !EVERYDAY_WORDS.has(token.norm) && !DIGIT.test(token.norm) && !/ed$/.test(token.norm);

/** Matches of a frame that hold a word passing `names`: "your talk" alone names nothing. */
function framed(note: TokenizedNote, frame: RegExp, kind: AnchorKind, names: (token: Token) => boolean, compounds = false): Anchor[] {
  const found: Anchor[] = [];
  for (const range of lineMatches(note, frame, true)) {
    const from = DETERMINER.test(note.tokens[range.from].norm) ? range.from + 1 : range.from;
    const keys: number[] = [];
    for (let i = from; i < range.to; i++) if (names(note.tokens[i]) && !(i - 2 >= from && ofYours(note.tokens, i)) && !isPraiseAdjective(note.tokens[i])) keys.push(i);
    // "you told me at the registration desk ...": a shared act about one concrete thing, in everyday words.
    if (compounds && keys.length === 0) for (let i = from; i < range.to; i++) if (NOUN_PHRASE_START.test(note.tokens[i].norm) && concreteCompound(note.tokens, i + 1) > 0) keys.push(i + 1);
    if (keys.length > 0) found.push({ ...range, kind, keys });
  }
  return found;
}

function quotedTitles(tokens: Token[]): Anchor[] {
  const found: Anchor[] = [];
  let open = -1;
  tokens.forEach((token, index) => {
    if (token.norm !== '"') return;
    if (open >= 0 && tokens[open].sentence === token.sentence && index - open > 1) {
      if (tokens.slice(open + 1, index).some(isRareWord)) found.push({ from: open + 1, to: index, kind: 'title' });
      open = -1;
    } else {
      open = index;
    }
  });
  return found;
}

const OPEN_ADJECTIVES = new Set(['new', 'recent', 'latest', 'own', 'last', 'first', 'old', 'great', 'kind', 'earliest']);

/**
 * "your fox-heel socks", "your hdmi adapter": a thing of theirs named by a word that is not
 * everyday; "our building's solar co-op" too, in a sentence that speaks to them.
 */
function theirThings(note: TokenizedNote): Anchor[] {
  const { tokens } = note;
  const found: Anchor[] = [];
  tokens.forEach((token, index) => {
    const ours = token.norm === 'our' && speaksToThem(note, index);
    if (token.norm !== 'your' && token.norm !== 'ur' && !ours) return;
    let head = index + 1;
    while (head < tokens.length && head < index + 3 && (/'s$/.test(tokens[head].norm) || OPEN_ADJECTIVES.has(tokens[head].norm))) head++;
    if (tokens[head] && isRareWord(tokens[head]) && !PRAISE_NOUNS.has(tokens[head].norm) && !praisesVagueThing(tokens, head)) found.push({ from: index, to: head + 1, kind: 'act', keys: [head] });
  });
  return found;
}

/** A common adjective says how the work is, not what it is about: "your distinguished research". */
/** Adjective endings without "-ing", whose words are often nouns of an activity ("your nursing guide", "knitting patterns"). */
const PARTICIPLE_OR_ADJECTIVE = /(?:ed|ful|ous|ive|able|ible)$/;
const isPraiseAdjective = (token: Token) => PARTICIPLE_OR_ADJECTIVE.test(token.norm) && isKnownWord(token.norm);

/** An adjective before a vague noun ("your groundbreaking contributions", "your distinguished research profile") is praise, not a thing of theirs. */
const ADJECTIVE = /(?:ing|ed|ful|ous|ive|al|ic|less|able|ible)$/;
function praisesVagueThing(tokens: Token[], head: number): boolean {
  if (!ADJECTIVE.test(tokens[head].norm)) return false;
  for (let i = head + 1; i <= head + 2 && tokens[i]?.isWord; i++) if (VAGUE_WORDS.has(tokens[i].norm)) return true;
  return false;
}

/**
 * The length from `at` of a noun phrase of everyday words that still names one thing ("field
 * trial", "registration desk", "my first grant application"), or 0: two or three content words
 * whose last is not vague ("the data science space" names no thing).
 */
function concreteCompound(tokens: Token[], at: number): number {
  let start = at;
  while (tokens[start] && OPEN_ADJECTIVES.has(tokens[start].norm)) start++;
  let end = start;
  while (end < start + 3 && isCompoundWord(tokens[end])) end++;
  const head = tokens[end - 1];
  return end - start >= 2 && isTopicWord(head) && !VAGUE_WORDS.has(head.norm) ? end - at : 0;
}
const isCompoundWord = (token: Token | undefined) =>
  token !== undefined && (isTopicWord(token) || VAGUE_WORDS.has(token.norm)) && !PRAISE_NOUNS.has(token.norm) && !/(?:ly|ed|ing)$/.test(token.norm) && !SPANS_OF_TIME.test(token.norm);
/** "the same company years ago": a span of time ends the thing named. */
const SPANS_OF_TIME = /^(?:years?|months?|weeks?|days?|hours?|ago|times?|today|tomorrow|tonight|yesterday)$/;
const NOUN_PHRASE_START = /^(?:the|a|an|my|your|ur|our|this|that)$/;

function speaksToThem(note: TokenizedNote, index: number): boolean {
  const [from, to] = sentenceOf(note, index);
  for (let i = from; i < to; i++) if (YOU_WORDS.has(note.tokens[i].norm)) return true;
  return false;
}

/** Every specific detail of the note, in token order. */
export function findAnchors(note: TokenizedNote): Anchor[] {
  const { tokens } = note;
  const titleCase = titleCaseSentences(tokens);
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isName(tokens, i, titleCase)) anchors.push({ from: i, to: i + 1, kind: 'name' });
    else if (YEAR.test(tokens[i].norm)) anchors.push({ from: i, to: i + 1, kind: 'year' });
    else if (isNumber(tokens, i)) anchors.push({ from: i, to: i + 1, kind: 'number' });
    else if (tokens[i].capital && MONTHS.has(tokens[i].norm) && !tokens[i].first) anchors.push({ from: i, to: i + 1, kind: 'time' });
  }
  for (const range of lineMatches(note, TIME)) anchors.push({ ...range, kind: 'time' });
  for (const range of lineMatches(note, NUMBERED_PLACE)) anchors.push({ ...range, kind: 'event' });
  anchors.push(...quotedTitles(tokens), ...framed(note, WORK, 'topic', isTopicWord), ...framed(note, EVENT, 'event', isTopicWord), ...framed(note, ACTS, 'act', isRareWord, true), ...framed(note, OFFER, 'offer', isRareWord), ...theirThings(note));
  return anchors.sort((a, b) => a.from - b.from);
}
