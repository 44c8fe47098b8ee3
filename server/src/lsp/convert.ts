/** Engine results (UTF-16 offsets) to LSP shapes (positions, severities, edits). */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUri } from '../docs';
import { RULES, type Finding, type Severity, type TextEdit as CoreEdit } from '../core';

export const SOURCE = 'invite-lint';

/**
 * What each diagnostic carries besides its rule id (`code`), chosen once per client: the docs
 * link only for clients that show it. No `data`: code actions re-derive the fixes from the
 * document, so the 10,000-note publish stays small.
 */
export const diagnosticShape = { docsLinks: true };

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toEdit(document: TextDocument, edit: CoreEdit): TextEdit {
  return { range: toRange(document, edit.start, edit.end), newText: edit.newText };
}

export function toDiagnostic(document: TextDocument, finding: Pick<Finding, 'ruleId' | 'severity' | 'message' | 'start' | 'end'>): Diagnostic {
  return {
    range: toRange(document, finding.start, finding.end),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(diagnosticShape.docsLinks ? { codeDescription: { href: ruleDocsUri(finding.ruleId) } } : {}),
    source: SOURCE,
    message: finding.message,
  };
}

/**
 * The rule of one of our diagnostics, from its code. Clients such as ALE echo diagnostics back
 * without `source`: one with no source and a rule id for a code is taken as ours.
 */
export function ruleIdOf(diagnostic: Diagnostic): string | undefined {
  if (diagnostic?.source !== undefined && diagnostic.source !== SOURCE) return undefined;
  const ruleId = diagnostic?.code;
  return typeof ruleId === 'string' && RULES.some((rule) => rule.id === ruleId) ? ruleId : undefined;
}

/** Clamps a position to the document, so out-of-range requests still get an answer. */
export function clampOffset(document: TextDocument, position: { line: number; character: number } | undefined): number {
  if (!position || !Number.isFinite(position.line) || !Number.isFinite(position.character)) return 0;
  const line = Math.max(0, Math.floor(position.line));
  const character = Math.max(0, Math.floor(position.character));
  return document.offsetAt({ line, character });
}
