import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CAMPAIGN_CHECKS, RULES, type Finding, type Severity } from '../core';

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

/** What the summary needs of the files already written. */
export interface Totals {
  files: number;
  /** Files that could not be read or written. */
  failed: number;
  fixed: number;
  counts: Record<Severity, number>;
}

export function emptyTotals(): Totals {
  return { files: 0, failed: 0, fixed: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 } };
}

export function addToTotals(totals: Totals, report: FileReport): void {
  totals.files++;
  totals.fixed += report.fixed;
  for (const finding of report.findings) totals.counts[finding.severity]++;
}

/**
 * A report written file by file, so that output of any size streams: each method returns the
 * text to write next, and nothing of a file is kept once its part is written.
 */
export interface Reporter {
  start(): string;
  /** The parts of one file's report, a few findings at a time. */
  file(report: FileReport): Iterable<string>;
  end(totals: Totals): string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const CHUNK = 500;

function* chunked<T>(items: readonly T[], write: (item: T, index: number) => string): Iterable<string> {
  for (let from = 0; from < items.length; from += CHUNK) {
    let text = '';
    for (let i = from; i < Math.min(items.length, from + CHUNK); i++) text += write(items[i], i);
    yield text;
  }
}

export function stylishReporter(cwd: string, color: boolean): Reporter {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  const severityColor: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 36 };
  return {
    start: () => '',
    *file(report) {
      if (report.findings.length === 0) return;
      yield `${color ? `\u001b[4m${relative(cwd, report.path)}\u001b[24m` : relative(cwd, report.path)}\n`;
      const positions = locate(report.text, report.findings);
      const where = positions.map((position) => `${position.start.line}:${position.start.column}`);
      let positionWidth = 0;
      let severityWidth = 0;
      report.findings.forEach((finding, i) => {
        positionWidth = Math.max(positionWidth, where[i].length);
        severityWidth = Math.max(severityWidth, finding.severity.length);
      });
      yield* chunked(report.findings, (finding, i) =>
        `  ${dim(where[i].padEnd(positionWidth))}  ${paint(severityColor[finding.severity], finding.severity.padEnd(severityWidth))}  ${finding.message}  ${dim(finding.ruleId)}\n`,
      );
      yield '\n';
    },
    end({ files, fixed, counts }) {
      const total = counts.error + counts.warning + counts.information + counts.hint;
      const fixedNote = fixed > 0 ? `, fixed ${plural(fixed, 'problem')}` : '';
      if (total === 0) return `${paint(32, `✔ ${plural(files, 'file')} checked, no problems${fixedNote}`)}\n`;
      const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information + counts.hint} info) in ${plural(files, 'file')} checked${fixedNote}`;
      return `${paint(counts.error > 0 ? 31 : 33, summary)}\n`;
    },
  };
}

/** `JSON.stringify(value, null, 2)` indented to sit `depth` levels deep in a larger document. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

export function jsonReporter(): Reporter {
  let first = true;
  return {
    start: () => '[',
    *file(report) {
      const positions = locate(report.text, report.findings);
      const header = {
        filePath: report.path,
        errorCount: report.findings.filter((f) => f.severity === 'error').length,
        warningCount: report.findings.filter((f) => f.severity === 'warning').length,
        fixed: report.fixed,
      };
      const opening = nested(header, 1).replace(/\n {2}\}$/, ',\n    "messages": [');
      yield `${first ? '' : ','}\n  ${opening}`;
      first = false;
      yield* chunked(report.findings, (finding, i) => {
        const message = {
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
          ...(finding.rows ? { rows: finding.rows } : {}),
        };
        return `${i === 0 ? '' : ','}\n      ${nested(message, 3)}`;
      });
      yield report.findings.length ? '\n    ]\n  }' : ']\n  }';
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifReporter(cwd: string, version: string): Reporter {
  const described = [...RULES, ...CAMPAIGN_CHECKS];
  const rules: ReportingDescriptor[] = described.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.explanation },
    // The explanation itself, not a link: code scanning shows it beside each result.
    help: { text: rule.explanation },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
  }));
  const RESULTS = '@results@';
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'invite-lint', version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: RESULTS as unknown as Result[],
      },
    ],
  };
  const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(RESULTS));
  let first = true;
  return {
    start: () => `${head}[`,
    *file(report) {
      const positions = locate(report.text, report.findings);
      const uri = relative(cwd, report.path).split(sep).map(encodeURIComponent).join('/');
      yield* chunked(report.findings, (finding, i) => {
        const result: Result = {
          ruleId: finding.ruleId,
          ruleIndex: described.findIndex((rule) => rule.id === finding.ruleId),
          level: SARIF_LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                region: { startLine: positions[i].start.line, startColumn: positions[i].start.column, endLine: positions[i].end.line, endColumn: positions[i].end.column },
              },
            },
          ],
          ...(finding.rows ? { properties: { rows: finding.rows } } : {}),
        };
        const text = `${first ? '' : ','}\n        ${nested(result, 4)}`;
        first = false;
        return text;
      });
    },
    end: () => `${first ? ']' : '\n      ]'}${tail}\n`,
  };
}
