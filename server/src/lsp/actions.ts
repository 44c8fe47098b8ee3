/**
 * Code actions: a pure function of the document, its settings and the request's diagnostics. The
 * quick fixes of a diagnostic are re-derived from the engine (the finding of the same rule at the
 * same range in the note under it), so diagnostics need no `data`.
 */
import { CodeAction, CodeActionKind, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { ClientFeatures } from './capabilities';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeNote, applyEdits, archiveRequestEdit, disableRuleEdit, fixAll, shiftEdit, type Fix, type NoteAnalysis, type Options, type TextEdit as CoreEdit } from '../core';
import { parsedNote, type AnalysedDocument, type PlacedNote } from './analysis';
import { clampOffset, ruleIdOf, toEdit, toRange } from './convert';
import { hasBody, noteAt } from './notes';
import { FIX_ALL_KIND } from '../protocol';


function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

function documentEol(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

/** A note-relative edit of the engine, placed in the document. */
function placed(document: TextDocument, note: PlacedNote, edit: CoreEdit): TextEdit {
  return { range: toRange(document, note.span.start + edit.start, note.span.start + edit.end), newText: edit.newText };
}

/** Replaces only the part of the text that changed, as one edit. */
export function minimalEdit(document: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLow(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  while (end > 0 && (isLow(before.charCodeAt(before.length - end)) || (before[before.length - end] === '\n' && before[before.length - end - 1] === '\r'))) end--;
  return { range: toRange(document, start, before.length - end), newText: after.slice(start, after.length - end) };
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `only` names the fix-all kind or a kind it belongs to (`source`, `source.fixAll`). */
function asksFor(kind: string, only: string[] | undefined): boolean {
  return only !== undefined && only.some((prefix) => typeof prefix === 'string' && (kind === prefix || kind.startsWith(`${prefix}.`)));
}

/** Without `only` and without resolve support, fix-all is computed up front only for documents up to this size. */
export const EAGER_FIX_ALL_CHARS = 20_000;

export interface FixAllData {
  fixAll: string;
}

export const FIX_ALL_TITLE = 'Fix all safe Invite Lint problems';

/** Every safe fix of every note (each note fixed on its own, as notes never share an edit), as one edit. */
export function fixAllEdit(document: TextDocument, text: string, analysed: AnalysedDocument): TextEdit | undefined {
  const edits: CoreEdit[] = [];
  for (const note of analysed.notes) {
    if (note.summary.findings.length === 0) continue;
    const fixed = fixAll(note.summary.text, analysed.options);
    if (fixed.fixed > 0) edits.push({ start: note.span.start, end: note.span.end, newText: fixed.text });
  }
  const after = applyEdits(text, edits);
  return after === text ? undefined : minimalEdit(document, text, after);
}

/** Full analyses of the notes a request needs fixes from, each computed once per request. */
class NoteFixes {
  private readonly analyses = new Map<PlacedNote, NoteAnalysis>();

  constructor(private readonly options: Options) {}

  /** The fixes of the finding of `ruleId` at the diagnostic's range, in document offsets. */
  of(document: TextDocument, note: PlacedNote, ruleId: string, diagnostic: Diagnostic): Fix[] {
    const start = clampOffset(document, diagnostic.range?.start) - note.span.start;
    const end = clampOffset(document, diagnostic.range?.end) - note.span.start;
    // The finding at the diagnostic's range; else the one of the rule that overlaps it most closely,
    // as some clients echo ranges back in other units (Neovim 0.7 in bytes on a line with an emoji).
    const exact = note.summary.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
    const overlapping = note.summary.findings
      .filter((f) => f.ruleId === ruleId && f.start <= Math.max(end, start + 1) && start <= f.end)
      .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
    const target = exact ?? overlapping;
    if (!target) return [];
    const matches = (finding: { ruleId: string; start: number; end: number }) => finding.ruleId === ruleId && finding.start === target.start && finding.end === target.end;
    let analysis = this.analyses.get(note);
    if (!analysis) {
      analysis = analyzeNote(note.summary.text, this.options);
      this.analyses.set(note, analysis);
    }
    return (analysis.findings.find(matches)?.fixes ?? []).map((fix) => ({ ...fix, edits: fix.edits.map((edit) => shiftEdit(edit, note.span.start)) }));
  }
}

/**
 * The fixes of one diagnostic: quick fixes first, the preferred one (else the first safe one) at
 * their head, as clients such as Eglot list actions in server order; rewrites after them.
 */
function fixActions(document: TextDocument, diagnostic: Diagnostic, fixes: Fix[], only: string[] | undefined, snippetEdits: boolean): CodeAction[] {
  const quick = fixes.filter((fix) => fix.kind === 'quickfix');
  const preferred = quick.find((fix) => fix.preferred) ?? quick.find((fix) => fix.safe);
  const ordered = preferred ? [preferred, ...quick.filter((fix) => fix !== preferred)] : quick;
  const actions: CodeAction[] = [];
  const create = (fix: Fix, kind: string) => {
    const action = (snippetEdits && snippetAction(document, fix, kind)) || CodeAction.create(fix.title, { changes: { [document.uri]: fix.edits.map((edit) => toEdit(document, edit)) } }, kind);
    action.diagnostics = [diagnostic];
    if (fix === preferred) action.isPreferred = true;
    actions.push(action);
  };
  if (wanted(CodeActionKind.QuickFix, only)) for (const fix of ordered) create(fix, CodeActionKind.QuickFix);
  if (wanted(CodeActionKind.RefactorRewrite, only)) for (const fix of fixes.filter((f) => f.kind === 'rewrite')) create(fix, CodeActionKind.RefactorRewrite);
  return actions;
}

/** A pattern rewrite as a snippet with tab stops, for a client that takes LSP 3.18 snippet edits. */
function snippetAction(document: TextDocument, fix: Fix, kind: string): CodeAction | undefined {
  const [edit] = fix.edits;
  if (fix.kind !== 'rewrite' || fix.edits.length !== 1 || edit.snippet === undefined) return undefined;
  // SnippetTextEdit is newer than this library's types.
  const snippetEdit = { range: toRange(document, edit.start, edit.end), snippet: { kind: 'snippet', value: edit.snippet } } as unknown as TextEdit;
  return CodeAction.create(fix.title, { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [snippetEdit] }] }, kind);
}

/** The fix-all action with its edit, for `codeAction/resolve` (null when there is nothing to fix). */
export function resolveFixAll(document: TextDocument, analysed: AnalysedDocument, action: CodeAction): CodeAction {
  const edit = fixAllEdit(document, document.getText(), analysed);
  return { ...action, edit: { changes: { [document.uri]: edit ? [edit] : [] } } };
}


/** Whether an offset is on one of the note's body lines (not a header, a comment or a separator). */
function onBodyLine(note: PlacedNote, offset: number): boolean {
  const relative = offset - note.span.start;
  return parsedNote(note).bodyLines.some((line) => relative >= line.noteStart && relative <= line.noteStart + line.length);
}

/**
 * With `lazyFixAll` the client resolves an action's `edit` (`codeAction/resolve`), so fix-all is
 * offered without its edit when the request does not ask for it by kind.
 */
export function codeActions(
  document: TextDocument,
  analysed: AnalysedDocument,
  range: Range,
  context: CodeActionContext,
  { lazyFixAll, snippetEdits }: Pick<ClientFeatures, 'lazyFixAll' | 'snippetEdits'> = { lazyFixAll: false, snippetEdits: false },
): CodeAction[] {
  const only = Array.isArray(context.only) && context.only.length > 0 ? context.only : undefined;
  const text = document.getText();
  const uri = document.uri;
  const actions: CodeAction[] = [];
  const diagnostics: Diagnostic[] = Array.isArray(context.diagnostics) ? context.diagnostics : [];
  const ours = diagnostics.flatMap((diagnostic) => {
    const ruleId = ruleIdOf(diagnostic);
    const note = ruleId === undefined ? undefined : noteAt(analysed, clampOffset(document, diagnostic.range?.start));
    return ruleId !== undefined && note ? [{ diagnostic, ruleId, note }] : [];
  });

  if (wanted(CodeActionKind.QuickFix, only) || wanted(CodeActionKind.RefactorRewrite, only)) {
    const fixes = new NoteFixes(analysed.options);
    for (const { diagnostic, ruleId, note } of ours) actions.push(...fixActions(document, diagnostic, fixes.of(document, note, ruleId, diagnostic), only, snippetEdits));
  }
  if (wanted(CodeActionKind.QuickFix, only)) {
    const disables = new Map<string, CodeAction>();
    for (const { diagnostic, ruleId, note } of ours) {
      const key = `${note.span.start}:${ruleId}`;
      const known = disables.get(key);
      if (known) {
        known.diagnostics!.push(diagnostic);
        continue;
      }
      const action = CodeAction.create(
        `Disable ${ruleId} for this note`,
        { changes: { [uri]: [placed(document, note, disableRuleEdit(note.summary.text, ruleId, documentEol(text)))] } },
        CodeActionKind.QuickFix,
      );
      action.diagnostics = [diagnostic];
      disables.set(key, action);
    }
    actions.push(...disables.values());
  }

  // The whole-file fix is the costly one: computed when asked for by kind (fix on save, the
  // "Fix all" command), deferred to codeAction/resolve otherwise, and left out for clients that
  // cannot resolve once the document is large (they get it by asking for source.fixAll).
  const eager = asksFor(FIX_ALL_KIND, only) || (!only && !lazyFixAll && text.length <= EAGER_FIX_ALL_CHARS);
  if (eager) {
    const edit = fixAllEdit(document, text, analysed);
    if (edit) actions.push(CodeAction.create(FIX_ALL_TITLE, { changes: { [uri]: [edit] } }, FIX_ALL_KIND));
  } else if (!only && lazyFixAll && analysed.notes.some((note) => note.summary.findings.length > 0)) {
    const action = CodeAction.create(FIX_ALL_TITLE, FIX_ALL_KIND);
    const data: FixAllData = { fixAll: uri };
    action.data = data;
    actions.push(action);
  }

  if (wanted(CodeActionKind.Refactor, only)) {
    const offset = document.offsetAt(range.start);
    const note = noteAt(analysed, offset);
    if (note && hasBody(note) && onBodyLine(note, offset) && !/\barchive\b/i.test(parsedNote(note).body)) {
      actions.push(
        CodeAction.create('Add an archive request', { changes: { [uri]: [placed(document, note, archiveRequestEdit(note.summary.text, documentEol(text)))] } }, CodeActionKind.Refactor),
      );
    }
  }
  return actions;
}
