import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DOCS_URL, RULES, docsUrl, type Finding, type Severity } from '../core';

export interface FileReport {
  path: string;
  text: string;
  findings: Finding[];
  fixed: number;
}

interface Position {
  line: number;
  column: number;
}

/** 1-based line and UTF-16 column of every finding's start and end; a byte order mark takes no column. */
function locate(text: string, findings: Finding[]): { start: Position; end: Position }[] {
  const lineStarts = [text.startsWith('\ufeff') ? 1 : 0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const at = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
  return findings.map((finding) => ({ start: at(finding.start), end: at(finding.end) }));
}

function tally(reports: FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatStylish(reports: FileReport[], cwd: string, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  const severityColor: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 36 };
  const lines: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    lines.push(color ? `\u001b[4m${relative(cwd, report.path)}\u001b[24m` : relative(cwd, report.path));
    const positions = locate(report.text, report.findings);
    const rows = report.findings.map((finding, i) => [
      `${positions[i].start.line}:${positions[i].start.column}`,
      finding.severity,
      finding.message,
      finding.ruleId,
    ]);
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
    for (const [position, severity, message, ruleId] of rows) {
      lines.push(`  ${dim(position.padEnd(widths[0]))}  ${paint(severityColor[severity as Severity], severity.padEnd(widths[1]))}  ${message}  ${dim(ruleId)}`);
    }
    lines.push('');
  }
  const counts = tally(reports);
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const fixed = reports.reduce((sum, report) => sum + report.fixed, 0);
  const fixedNote = fixed > 0 ? `, fixed ${plural(fixed, 'problem')}` : '';
  if (total === 0) {
    lines.push(paint(32, `✔ ${plural(reports.length, 'file')} checked, no problems${fixedNote}`));
  } else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information + counts.hint} info) in ${plural(reports.length, 'file')} checked${fixedNote}`;
    lines.push(paint(counts.error > 0 ? 31 : 33, summary));
  }
  return lines.join('\n') + '\n';
}

export function formatJson(reports: FileReport[]): string {
  const files = reports.map((report) => {
    const positions = locate(report.text, report.findings);
    return {
      filePath: report.path,
      errorCount: report.findings.filter((f) => f.severity === 'error').length,
      warningCount: report.findings.filter((f) => f.severity === 'warning').length,
      fixed: report.fixed,
      messages: report.findings.map((finding, i) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        note: finding.noteIndex + 1,
        line: positions[i].start.line,
        column: positions[i].start.column,
        endLine: positions[i].end.line,
        endColumn: positions[i].end.column,
        fixable: finding.fixes.some((fix) => fix.safe),
        suggestions: finding.fixes.map((fix) => fix.title),
      })),
    };
  });
  return JSON.stringify(files, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(reports: FileReport[], cwd: string, version: string): string {
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.explanation },
    helpUri: docsUrl(rule.id),
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
  }));
  const results: Result[] = reports.flatMap((report) => {
    const positions = locate(report.text, report.findings);
    return report.findings.map((finding, i) => ({
      ruleId: finding.ruleId,
      ruleIndex: RULES.findIndex((rule) => rule.id === finding.ruleId),
      level: SARIF_LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relative(cwd, report.path).split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: positions[i].start.line,
              startColumn: positions[i].start.column,
              endLine: positions[i].end.line,
              endColumn: positions[i].end.column,
            },
          },
        },
      ],
    }));
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'invite-lint', version, informationUri: DOCS_URL, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
