/**
 * Code actions: a pure function of the document, the request's diagnostics (whose `data` carries
 * the fixes) and the document's settings.
 */
import { CodeAction, CodeActionKind, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, applyEdits, ARCHIVE_REQUEST, compatibleSafeFixes, type AnalysedNote, type NoteAnalyzer, type Options } from '../core';
import type { AnalysedDocument } from './analysis';
import { isDiagnosticData, SOURCE, toRange } from './convert';
import { hasBody, noteAt } from './notes';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;
const DISABLE_LINE = /^([ \t]*#[ \t]*invite-lint-disable(?![\w-]))(.*?)[ \t]*$/;

function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

function documentEol(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

function noteEol(documentText: string, note: AnalysedNote): string {
  const noteText = note.analysis.note.text;
  return /[\r\n]/.test(noteText) ? note.analysis.note.eol : documentEol(documentText);
}

/** Inserts `# invite-lint-disable <id>` at the top of the note, or adds the id to an existing one. */
export function disableEdit(document: TextDocument, text: string, note: AnalysedNote, ruleId: string): TextEdit {
  const noteText = note.analysis.note.text;
  const lineRegex = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match: RegExpExecArray | null;
  while ((match = lineRegex.exec(noteText)) && match[0] !== '') {
    const disable = DISABLE_LINE.exec(match[1]);
    if (disable && disable[2].trim() !== '') {
      const end = note.span.start + match.index + disable[1].length + disable[2].length;
      const separator = /,\s*$/.test(disable[2]) ? '' : ' ';
      return { range: toRange(document, end, end), newText: `${separator}${ruleId}` };
    }
  }
  const at = note.span.start;
  return { range: toRange(document, at, at), newText: `# invite-lint-disable ${ruleId}${noteEol(text, note)}` };
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

const MAX_FIX_PASSES = 10;

/** The engine's `fixAll`, with the server's (caching, size-guarded) note analyzer. */
export function fixAllWith(text: string, options: Options, analyze: NoteAnalyzer): { text: string; fixed: number } {
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

export function codeActions(
  document: TextDocument,
  analysed: AnalysedDocument,
  range: Range,
  context: CodeActionContext,
  analyze: NoteAnalyzer,
): CodeAction[] {
  const only = Array.isArray(context.only) ? context.only : undefined;
  const text = document.getText();
  const uri = document.uri;
  const actions: CodeAction[] = [];
  const diagnostics: Diagnostic[] = Array.isArray(context.diagnostics) ? context.diagnostics : [];
  const ours = diagnostics.filter((d) => d && d.source === SOURCE && isDiagnosticData(d.data));

  if (wanted(CodeActionKind.QuickFix, only)) {
    for (const diagnostic of ours) {
      const data = diagnostic.data as { ruleId: string; fixes: { title: string; safe: boolean; preferred?: boolean; edits: TextEdit[] }[] };
      const preferredIndex = Math.max(0, data.fixes.findIndex((fix) => fix.preferred));
      data.fixes.forEach((fix, index) => {
        const action = CodeAction.create(fix.title, { changes: { [uri]: fix.edits } }, CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        if (index === preferredIndex && (fix.preferred || fix.safe)) action.isPreferred = true;
        actions.push(action);
      });
    }
    const disables = new Map<string, CodeAction>();
    for (const diagnostic of ours) {
      const ruleId = (diagnostic.data as { ruleId: string }).ruleId;
      const note = noteAt(analysed, document.offsetAt(diagnostic.range.start));
      if (!note) continue;
      const key = `${note.span.start}:${ruleId}`;
      const known = disables.get(key);
      if (known) {
        known.diagnostics!.push(diagnostic);
        continue;
      }
      const action = CodeAction.create(
        `Disable ${ruleId} for this note`,
        { changes: { [uri]: [disableEdit(document, text, note, ruleId)] } },
        CodeActionKind.QuickFix,
      );
      action.diagnostics = [diagnostic];
      disables.set(key, action);
    }
    actions.push(...disables.values());
  }

  if (wanted(FIX_ALL_KIND, only)) {
    const fixed = fixAllWith(text, analysed.options, analyze);
    if (fixed.fixed > 0 && fixed.text !== text) {
      actions.push(CodeAction.create('Fix all safe Invite Lint problems', { changes: { [uri]: [minimalEdit(document, text, fixed.text)] } }, FIX_ALL_KIND));
    }
  }

  if (wanted(CodeActionKind.Refactor, only)) {
    const note = noteAt(analysed, document.offsetAt(range.start));
    if (note && hasBody(note) && !/\barchive\b/i.test(note.analysis.note.body)) {
      const lines = note.analysis.note.bodyLines;
      const last = lines[lines.length - 1];
      const at = note.span.start + last.noteStart + last.length;
      actions.push(
        CodeAction.create(
          'Add an archive request',
          { changes: { [uri]: [{ range: toRange(document, at, at), newText: `${noteEol(text, note)}${ARCHIVE_REQUEST}` }] } },
          CodeActionKind.Refactor,
        ),
      );
    }
  }
  return actions;
}
