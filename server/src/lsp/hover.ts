/**
 * Hover: a problem's explanation with its docs link (not its message, which every editor already
 * shows with the diagnostic, VS Code in this same hover); a note's counts on its first line; a
 * template variable's values.
 */
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../core';
import { ruleDocsUri } from '../docs';
import type { AnalysedDocument } from './analysis';
import { toRange } from './convert';
import { allCounts, countTitle, hasBody, noteAt, touchRows } from './notes';
import { variableHover } from './campaign';

/** List values are the list writer's text, never markup: `*`, `[`, `<` and the like show as typed. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>~|#]/g, '\\$&');

export function hover(document: TextDocument, analysed: AnalysedDocument, offset: number, markdown: boolean): Hover | null {
  const parts: string[] = [];
  let range;
  const note = noteAt(analysed, offset);
  const base = note?.span.start ?? 0;
  const explained = new Set<string>();
  for (const finding of note?.summary.findings ?? []) {
    if (base + finding.start > offset) break;
    if (offset > base + finding.end || explained.has(finding.ruleId)) continue;
    const rule = RULES.find((r) => r.id === finding.ruleId);
    if (!rule) continue;
    explained.add(rule.id);
    range ??= toRange(document, base + finding.start, base + finding.end);
    parts.push(markdown ? `**${rule.id}**: ${rule.explanation}\n\n[Read more about ${rule.id}](${ruleDocsUri(rule.id)})` : `${rule.id}: ${rule.explanation}\n\nMore: ${ruleDocsUri(rule.id)}`);
  }
  const variable = note && variableHover(note, offset, markdown ? escapeMarkdown : (text) => text);
  if (variable) parts.push(variable.join(markdown ? '  \n' : '\n'));
  if (note && hasBody(note)) {
    const line = document.positionAt(offset).line;
    const firstBody = note.span.start + note.summary.bodyLines[0].start;
    if (line === document.positionAt(note.span.start).line || line === document.positionAt(firstBody).line) {
      const counts = allCounts(note);
      const { limit, count, touch } = note.summary;
      const unit = analysed.options.countUnit;
      const rows = [
        `${countTitle(count, limit)} (${unit})`,
        `UTF-16 units: ${counts.utf16} · code points: ${counts.codepoints} · graphemes: ${counts.graphemes}`,
        ...touchRows(touch),
      ];
      parts.push(markdown ? `**Note**: ${rows.join('  \n')}` : `Note: ${rows.join('\n')}`);
    }
  }
  if (parts.length === 0) return null;
  const contents: MarkupContent = { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(markdown ? '\n\n---\n\n' : '\n\n') };
  return range ? { contents, range } : { contents };
}
