/**
 * Phrase matching and sentence helpers shared by the rules. Phrase tables are written in a small
 * dialect of regular expressions: a `'` matches any apostrophe (straight or curly), a space
 * matches any run of white space, line breaks included, and ` ?` optional white space (inside a
 * character class only the apostrophe is widened). Matching ignores case.
 */

const APOSTROPHES = "'\u2019\u2018\u02bc";
/** Not preceded by a letter: unlike \b, this also lets a phrase start with a sign ("$180k"). */
const WORD_START = '(?<![\\w\\u00c0-\\u024f])';
/** Not followed by a letter, nor by a hyphen that joins one ("quick call" is not in "quick call-out"). */
const WORD_END = '(?![\\w\\u00c0-\\u024f]|-[\\w\\u00c0-\\u024f])';

/** Rewrites the table dialect into a regular expression, leaving escapes alone. */
function loosen(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      out += char + (source[++i] ?? '');
    } else if (char === "'") {
      out += inClass ? APOSTROPHES : `[${APOSTROPHES}]`;
    } else if (inClass) {
      inClass = char !== ']';
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else if (char === ' ') {
      while (source[i + 1] === ' ') i++;
      const optional = source[i + 1] === '?';
      if (optional) i++;
      out += optional ? '\\s*' : '\\s+';
    } else {
      out += char;
    }
  }
  return out;
}

/** One case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const body = phrases.map(loosen).join('|');
  return new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
}

/** A word (letters, digits, apostrophes) or one other visible character. */
const LITERAL_TOKEN = /[\p{L}\p{N}\p{M}'’‘ʼ]+|[^\s\p{L}\p{N}\p{M}'’‘ʼ]/gu;
const normalToken = (token: string) => token.toLowerCase().replace(/[’‘ʼ]/g, "'");

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set where a phrase ends. */
  phrase?: true;
}

export type LiteralMatcher = (text: string) => Match[];

const literalMatchers = new Map<string, LiteralMatcher | undefined>();

/**
 * Matches phrases the user typed, literally (never as regular expressions), ignoring case,
 * apostrophe style and spacing: a trie of their tokens walked from each token of the text, so the
 * cost is the text's length times the longest phrase, however many phrases there are.
 */
export function literalMatcher(literals: readonly string[]): LiteralMatcher | undefined {
  const key = literals.join('\n');
  if (!literalMatchers.has(key)) {
    const root: TrieNode = { next: new Map() };
    let longest = 0;
    for (const literal of literals) {
      const tokens = literal.match(LITERAL_TOKEN)?.map(normalToken) ?? [];
      if (tokens.length === 0) continue;
      longest = Math.max(longest, tokens.length);
      let node = root;
      for (const token of tokens) {
        let child = node.next.get(token);
        if (!child) node.next.set(token, (child = { next: new Map() }));
        node = child;
      }
      node.phrase = true;
    }
    literalMatchers.set(key, longest === 0 ? undefined : (text) => walkTrie(root, text));
  }
  return literalMatchers.get(key);
}

function walkTrie(root: TrieNode, text: string): Match[] {
  const tokens = [...text.matchAll(LITERAL_TOKEN)];
  const found: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = root;
    let end = -1;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(normalToken(tokens[j][0]));
      if (node?.phrase) end = tokens[j].index! + tokens[j][0].length;
    }
    if (end < 0) continue;
    const start = tokens[i].index!;
    found.push({ start, end, text: text.slice(start, end) });
    while (i + 1 < tokens.length && tokens[i + 1].index! < end) i++;
  }
  return found;
}

export interface Span {
  start: number;
  end: number;
}

export interface Match extends Span {
  text: string;
}

/** Every match of a global regex in the text. */
export function matches(regex: RegExp, text: string): Match[] {
  const found: Match[] = [];
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text))) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

const isBlank = (char: string) => char === ' ' || char === '\t';

/** The offset after the spaces and tabs that end right before `offset`. */
function spacesBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && isBlank(text[start - 1])) start--;
  return start;
}

/** The offset after the spaces and tabs that start at `offset`. */
function spacesAfter(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && isBlank(text[end])) end++;
  return end;
}

/** The line around an offset, without its leading and trailing white space. */
export function lineSpan(text: string, offset: number): Span {
  const start = lineStart(text, offset);
  const line = text.slice(start, lineEnd(text, offset));
  const leading = line.length - line.trimStart().length;
  return { start: start + leading, end: start + Math.max(leading, line.trimEnd().length) };
}

/** White space, or an invisible character pasted where a space was. */
const SENTENCE_GAP = /[\s\u200b-\u200f\u2060]/;

/** An opener such as `Hi Sam,` belongs to no sentence after it. */
const GREETING_PREFIX = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^.!?\n]{0,40}[,:!—–-]\s*$/i;

const SENTENCE_END = /[.!?…]+["'\u2019\u201d)]*/y;

/**
 * The sentence around a span: from after the previous sentence end (or line start) to its own end
 * mark (or line end). Scans only as far as the sentence reaches, so long lines stay linear.
 */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.!?…]/.test(text[start - 1]) && SENTENCE_GAP.test(text[start] ?? ''))) start--;
  while (start < span.start && /\s/.test(text[start])) start++;
  if (GREETING_PREFIX.test(text.slice(start, span.start))) start = span.start;
  let end = Math.max(span.end - 1, span.start);
  while (end < text.length && text[end] !== '\n') {
    SENTENCE_END.lastIndex = end;
    const mark = SENTENCE_END.exec(text);
    if (mark && (end + mark[0].length >= text.length || SENTENCE_GAP.test(text[end + mark[0].length]))) {
      end += mark[0].length;
      break;
    }
    end++;
  }
  return { start, end: Math.max(end, span.end) };
}

const CLAUSE_SEPARATOR = /[,;:—–]/;
const END_MARK = /[.!?…]+["'\u2019\u201d)]*$/;

/** The clause of its sentence that holds the span, so that the sentence's other clauses survive. */
export function clauseAround(text: string, span: Span): Span {
  const sentence = sentenceAround(text, span);
  let start = span.start;
  while (start > sentence.start && !CLAUSE_SEPARATOR.test(text[start - 1])) start--;
  while (start < span.start && /\s/.test(text[start])) start++;
  let end = span.end;
  while (end < sentence.end && !CLAUSE_SEPARATOR.test(text[end])) end++;
  return { start, end };
}

/**
 * The span to delete so that a clause disappears with the separator that joined it: a middle or
 * last clause takes the separator before it (a last one leaves the sentence's end mark), a first
 * clause the separator after it, and a whole sentence goes as `removalSpan` says.
 */
export function clauseRemovalSpan(text: string, clause: Span): Span {
  const sentence = sentenceAround(text, clause);
  let before = clause.start;
  while (before > sentence.start && /\s/.test(text[before - 1])) before--;
  if (before > sentence.start && CLAUSE_SEPARATOR.test(text[before - 1])) {
    const endsSentence = clause.end >= sentence.end;
    const mark = endsSentence ? (END_MARK.exec(text.slice(clause.start, clause.end))?.[0].length ?? 0) : 0;
    return { start: before - 1, end: clause.end - mark };
  }
  if (clause.end < sentence.end && CLAUSE_SEPARATOR.test(text[clause.end])) {
    let after = clause.end + 1;
    while (after < sentence.end && /[ \t]/.test(text[after])) after++;
    return { start: clause.start, end: after };
  }
  return removalSpan(text, clause);
}

/**
 * The span to delete so that `span` disappears with the white space it leaves behind:
 * a whole line goes with its line break, otherwise the spaces after it (or before it at a line end).
 */
export function removalSpan(text: string, span: Span): Span {
  const before = spacesBefore(text, span.start);
  const after = spacesAfter(text, span.end);
  const startsLine = before === 0 || text[before - 1] === '\n';
  const endsLine = after === text.length || text[after] === '\n';
  if (startsLine && endsLine) {
    if (after < text.length) return { start: before, end: after + 1 };
    return { start: before > 0 ? before - 1 : before, end: after };
  }
  if (after > span.end && !endsLine) return { start: span.start, end: after };
  return { start: before, end: after };
}

/** The spans in text order, dropping any that overlaps one kept before it (the longer wins a tie). */
export function nonOverlapping<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  return kept;
}
