/** Engine results (UTF-16 offsets) to LSP shapes (positions, severities, edits). */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, RULES, type Finding, type Severity, type TextEdit as CoreEdit } from '../core';

export const SOURCE = 'invite-lint';

/** All a diagnostic carries: code actions re-derive the fixes from the document. */
export interface DiagnosticData {
  ruleId: string;
}

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
  const data: DiagnosticData = { ruleId: finding.ruleId };
  return {
    range: toRange(document, finding.start, finding.end),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

/** The rule of one of our diagnostics, from its code or its data (clients may drop either). */
export function ruleIdOf(diagnostic: Diagnostic): string | undefined {
  if (diagnostic?.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : data?.ruleId;
  return RULES.some((rule) => rule.id === ruleId) ? ruleId : undefined;
}

/** Clamps a position to the document, so out-of-range requests still get an answer. */
export function clampOffset(document: TextDocument, position: { line: number; character: number } | undefined): number {
  if (!position || !Number.isFinite(position.line) || !Number.isFinite(position.character)) return 0;
  const line = Math.max(0, Math.floor(position.line));
  const character = Math.max(0, Math.floor(position.character));
  return document.offsetAt({ line, character });
}
