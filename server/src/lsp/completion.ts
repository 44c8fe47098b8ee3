/** Completion: the four patterns as snippets, header names after `#`, header values in the body. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DISABLE_LINE, PATTERNS, skeletonFor, RULES, SEPARATOR_LINE, slotValuesOf, toPlainText, toSnippet, type Note, type Pattern } from '../core';

import { parsedNote, type AnalysedDocument } from './analysis';
import { noteAt } from './notes';
import { columnCompletions } from './campaign';

export const HEADER_KEYS: Record<string, string> = {
  to: 'Who the note is for; names the note in the outline.',
  mutual: 'A mutual connection; mentioning them counts as a personal touch.',
  group: 'A group you are both in.',
  met: 'Where or how you met.',
  read: 'Their work you read (blog, article, talk).',
  limit: 'This note\'s character limit (e.g. 300 on some paid accounts).',
};


function patternItem(pattern: Pattern, note: Note | undefined, snippets: boolean, sort: string): CompletionItem {
  const values = note ? slotValuesOf(note) : () => undefined;
  return {
    label: pattern.label,
    kind: CompletionItemKind.Snippet,
    detail: pattern.description,
    documentation: toPlainText(pattern.template, values),
    insertText: snippets ? toSnippet(pattern.template, values) : toPlainText(pattern.template, values),
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: sort,
  };
}

export function completion(document: TextDocument, analysed: AnalysedDocument, offset: number, snippets: boolean): CompletionItem[] {
  const position = document.positionAt(offset);
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const before = document.getText().slice(lineStart, offset);
  if (DISABLE_LINE.test(before)) {
    return RULES.map((rule) => ({ label: rule.id, kind: CompletionItemKind.Value, detail: rule.description }));
  }
  if (/^[ \t]*#[ \t]*[\w-]*$/.test(before)) {
    const items: CompletionItem[] = Object.entries(HEADER_KEYS).map(([key, doc], index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: `# ${key}:`,
      documentation: doc,
      insertText: `${key}: `,
      sortText: String(index).padStart(2, '0'),
    }));
    items.push({ label: 'invite-lint-disable', kind: CompletionItemKind.Keyword, detail: 'Turn rules off for this note', insertText: 'invite-lint-disable ', sortText: '99' });
    return items;
  }
  if (/^[ \t]*#/.test(before) || SEPARATOR_LINE.test(before)) return [];
  const placed = noteAt(analysed, offset);
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  const columns = columnCompletions(placed, before, document.getText().slice(offset, lineEnd));
  if (columns) return columns;
  // A lone "{" opens nothing: it is how a variable starts, and prose is never interrupted.
  if (before.endsWith('{')) return [];
  const note = placed && parsedNote(placed);
  const items: CompletionItem[] = PATTERNS.map((pattern, index) => patternItem(pattern, note, snippets, `1${index}`));
  // The skeleton spans lines: only as a snippet, since a plain multi-line insert breaks some clients (Neovim 0.7 joins it into one line).
  if (snippets && (!note || note.bodyLines.length === 0)) items.push(patternItem(skeletonFor(note), note, snippets, '20'));
  const seen = new Set<string>();
  for (const header of note?.headers ?? []) {
    // Every header's value is a name the body may use (`# company: Acme` too), except the limit.
    if (header.key === 'limit' || header.value === '') continue;
    const names = [header.value, header.value.split(/[\s,]+/)[0]];
    for (const name of names) {
      if (name.length < 2 || seen.has(name)) continue;
      seen.add(name);
      items.push({ label: name, kind: CompletionItemKind.Value, detail: `from # ${header.key}:`, sortText: `0${name}` });
    }
  }
  return items;
}
