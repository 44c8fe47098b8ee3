import { COUNTERS } from './count';
import { bodyToNote, headerValue, parseLimit, parseNote, splitNotes, type Note, type NoteSpan } from './document';
import type { BodyFix, Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { asRewrite, CHECKED_NOTE_CHARS, keepsPromise } from './contract';
import { judgeNote, type Judgment } from './judgment/judge';
import { touchOf } from './touch';
import type { Finding, Fix, Options, PersonalTouch, Severity, TextEdit } from './types';
import type { Span } from './text';
import type { CampaignSummary, RecipientNote } from './campaign/campaign';

export interface NoteAnalysis {
  note: Note;
  /** The limit in force: the `# limit:` header, else `maxLength`. */
  limit: number;
  /** The body's length in the configured unit. */
  count: number;
  touch: PersonalTouch;
  /** Whether the note passes the swap test (for a template: for every recipient). */
  readonly personal: boolean;
  /** Offsets relative to the note; `noteIndex` is 0. */
  findings: Finding[];
  /** For a template: how its recipients fare, and each one's note. */
  campaign?: CampaignSummary;
  recipientNotes?: RecipientNote[];
}

export interface AnalysedNote {
  span: NoteSpan;
  analysis: NoteAnalysis;
}

export interface DocumentAnalysis {
  notes: AnalysedNote[];
  findings: Finding[];
}

function ruleSeverity(rule: Rule, options: Options): Severity | undefined {
  const setting = options.rules[rule.id] ?? rule.defaultSeverity;
  return setting === 'off' ? undefined : setting;
}

const activeRulesByOptions = new WeakMap<Options, { rule: Rule; severity: Severity }[]>();

function activeRules(options: Options): { rule: Rule; severity: Severity }[] {
  let active = activeRulesByOptions.get(options);
  if (!active) {
    active = RULES.flatMap((rule) => {
      const severity = ruleSeverity(rule, options);
      return severity ? [{ rule, severity }] : [];
    });
    activeRulesByOptions.set(options, active);
  }
  return active;
}

/** A finding whose fixes are computed on first use and then kept. */
class LazyFinding implements Finding {
  private computed: Fix[] | undefined;

  constructor(
    fields: Omit<Finding, 'fixes'>,
    private readonly computeFixes: () => Fix[],
  ) {
    this.ruleId = fields.ruleId;
    this.severity = fields.severity;
    this.message = fields.message;
    this.start = fields.start;
    this.end = fields.end;
    this.noteIndex = fields.noteIndex;
    if (fields.rows) this.rows = fields.rows;
  }

  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly noteIndex: number;
  readonly rows?: number[];

  get fixes(): Fix[] {
    return (this.computed ??= this.computeFixes());
  }
}

function noteLimit(note: Note, options: Options): number {
  return parseLimit(headerValue(note, 'limit')) ?? options.maxLength;
}

function toNoteFix(note: Note, fix: BodyFix): Fix {
  const edits = fix.edits.map((edit) => ({
    start: bodyToNote(note, edit.start),
    end: bodyToNote(note, edit.end),
    newText: edit.newText.replace(/\n/g, note.eol),
    ...(edit.snippet !== undefined ? { snippet: edit.snippet.replace(/\n/g, note.eol) } : {}),
  }));
  const kind = fix.rewrite ? 'rewrite' : 'quickfix';
  return { title: fix.title, edits, kind, safe: fix.safe && kind === 'quickfix', ...(fix.preferred && kind === 'quickfix' ? { preferred: true } : {}) };
}

/** The fixes of a finding, each quick fix checked against the promise by applying it. */
function checkedFixes(analysis: NoteAnalysis, finding: Finding, fixes: Fix[], options: Options): Fix[] {
  const { text } = analysis.note;
  if (text.length > CHECKED_NOTE_CHARS) return fixes;
  return fixes.map((fix) => {
    if (fix.kind !== 'quickfix') return fix;
    const fixedText = applyEdits(text, fix.edits);
    return keepsPromise(text, analysis, finding, fixedText, analyzeNote(fixedText, options)) ? fix : asRewrite(fix);
  });
}

const HAS_TEXT = /\S/;

/** The result of `analyzeNote`; the judgment is made at most once, when first needed. */
class Analysis implements NoteAnalysis {
  private knownTouch: PersonalTouch | undefined;

  constructor(
    readonly note: Note,
    readonly limit: number,
    readonly count: number,
    readonly findings: Finding[],
    private readonly judged: () => Judgment,
  ) {}

  get touch(): PersonalTouch {
    return (this.knownTouch ??= touchOf(this.judged()));
  }

  get personal(): boolean {
    return this.judged().personal;
  }
}

/**
 * Analyses one note's text on its own; offsets in the result are relative to that text.
 * `profileValues` are spans of a template's filled-in names and companies, which never count as personal.
 */
export function analyzeNote(text: string, options: Options, profileValues: readonly Span[] = []): NoteAnalysis {
  const note = parseNote(text);
  const limit = noteLimit(note, options);
  const count = COUNTERS[options.countUnit];
  const findings: Finding[] = [];
  let analysis: NoteAnalysis | undefined;
  let judgment: Judgment | undefined;
  const judged = () => (judgment ??= judgeNote(note, profileValues));
  if (HAS_TEXT.test(note.body) && note.disabled !== 'all') {
    const context: RuleContext = {
      note,
      body: note.body,
      options,
      limit,
      judgment: judged(),
      personal: judged().personal,
      count,
    };
    for (const { rule, severity } of activeRules(options)) {
      if (note.disabled.has(rule.id)) continue;
      for (const found of rule.check(context)) {
        const toNote = (offset: number) => (found.inNote ? offset : bodyToNote(note, offset));
        const fields = { ruleId: rule.id, severity, message: found.message, start: toNote(found.start), end: toNote(found.end), noteIndex: 0 };
        const finding: Finding = new LazyFinding(fields, () =>
          checkedFixes(analysis!, finding, (found.fixes?.() ?? []).map((fix) => toNoteFix(note, fix)), options),
        );
        findings.push(finding);
      }
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  analysis = new Analysis(note, limit, count(note.body), findings, judged);
  return analysis;
}

/**
 * Notes that compile every rule's regular expressions and warm the code: each rule's first bad
 * example first (between them they reach nearly every pattern), then all the others.
 */
export function warmUpNotes(): string[] {
  const firsts = RULES.map((rule) => rule.examples.bad[0]);
  const rest = RULES.flatMap((rule) => [...rule.examples.bad.slice(1), ...rule.examples.good]);
  return [...firsts, ...rest].map((example) => example.replace(/[«»]/g, ''));
}

/** Analyses every warm-up note at once; a server spreads them over idle turns instead (one per turn). */
export function warmUp(options: Options): void {
  for (const note of warmUpNotes()) void analyzeNote(note, options).touch;
}

export function shiftEdit(edit: TextEdit, by: number): TextEdit {
  return { ...edit, start: edit.start + by, end: edit.end + by };
}

export type NoteAnalyzer = (text: string, options: Options) => NoteAnalysis;

/**
 * Analyses every note of a document. `analyze` can be a caching wrapper of `analyzeNote`, so
 * that an edit re-analyses only the notes whose text changed.
 */
export function analyzeDocument(text: string, options: Options, analyze: NoteAnalyzer = analyzeNote): DocumentAnalysis {
  const notes: AnalysedNote[] = [];
  const findings: Finding[] = [];
  splitNotes(text).forEach((span, noteIndex) => {
    const analysis = analyze(text.slice(span.start, span.end), options);
    notes.push({ span, analysis });
    for (const found of analysis.findings) {
      const fields = { ruleId: found.ruleId, severity: found.severity, message: found.message, start: found.start + span.start, end: found.end + span.start, noteIndex, ...(found.rows ? { rows: found.rows } : {}) };
      findings.push(new LazyFinding(fields, () => found.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => shiftEdit(edit, span.start)) }))));
    }
  });
  return { notes, findings };
}

/** Applies non-overlapping edits (in any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const sameInsertionPoint = a.start === b.start && (a.start === a.end || b.start === b.end);
  return (a.start < b.end && b.start < a.end) || sameInsertionPoint;
}

/** Edits kept sorted by start, so a new edit is checked against its neighbours only. */
class EditSet {
  private readonly edits: TextEdit[] = [];

  private indexOf(start: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.edits[mid].start < start) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  conflicts(edit: TextEdit): boolean {
    const index = this.indexOf(edit.start);
    return [this.edits[index - 1], this.edits[index]].some((other) => other !== undefined && overlaps(edit, other));
  }

  add(edit: TextEdit): void {
    this.edits.splice(this.indexOf(edit.start), 0, edit);
  }
}

/** The safe fixes of the findings that can be applied together, first come first served. */
function compatibleSafeFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken = new EditSet();
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.some((edit) => taken.conflicts(edit))) continue;
    chosen.push(fix);
    for (const edit of fix.edits) taken.add(edit);
  }
  return chosen;
}

const MAX_FIX_PASSES = 10;

/** Applies every safe fix, re-checking after each pass, as `--fix` and "fix all" do. */
export function fixAll(text: string, options: Options, analyze: NoteAnalyzer = analyzeNote): { text: string; fixed: number } {
  let fixed = 0;
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = compatibleSafeFixes(analyzeDocument(current, options, analyze).findings);
    if (fixes.length === 0) break;
    current = applyEdits(current, fixes.flatMap((fix) => fix.edits));
    fixed += fixes.length;
  }
  return { text: current, fixed };
}
