/** Engine results (UTF-16 offsets) to LSP shapes (positions, severities, diagnostic data). */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, type Finding, type Fix, type Severity } from '../core';

export const SOURCE = 'invite-lint';

export interface FixData {
  title: string;
  safe: boolean;
  preferred?: boolean;
  edits: TextEdit[];
}

/** What a diagnostic carries so that code actions need nothing but the request. */
export interface DiagnosticData {
  ruleId: string;
  fixes: FixData[];
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

export function toFixData(document: TextDocument, fix: Fix): FixData {
  return {
    title: fix.title,
    safe: fix.safe,
    ...(fix.preferred ? { preferred: true } : {}),
    edits: fix.edits.map((edit) => ({ range: toRange(document, edit.start, edit.end), newText: edit.newText })),
  };
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, fixes: finding.fixes.map((fix) => toFixData(document, fix)) };
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

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<DiagnosticData>;
  return typeof data.ruleId === 'string' && Array.isArray(data.fixes);
}

/** Clamps a position to the document, so out-of-range requests still get an answer. */
export function clampOffset(document: TextDocument, position: { line: number; character: number } | undefined): number {
  if (!position || !Number.isFinite(position.line) || !Number.isFinite(position.character)) return 0;
  const line = Math.max(0, Math.floor(position.line));
  const character = Math.max(0, Math.floor(position.character));
  return document.offsetAt({ line, character });
}
