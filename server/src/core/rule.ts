import type { Note } from './document';
import type { Judgment } from './judgment/judge';
import type { Options, Severity, TextEdit } from './types';

/** An edit in body offsets; the engine maps it onto the document. */
export type BodyEdit = TextEdit;

export interface BodyFix {
  title: string;
  edits: BodyEdit[];
  safe: boolean;
  preferred?: boolean;
  /** A fix that rewrites rather than repairs (a pattern in place of a sentence) says so; every other one is checked. */
  rewrite?: boolean;
}

export interface RuleFinding {
  /** Body offsets, or note offsets with `inNote` (for a problem in a header). */
  start: number;
  end: number;
  inNote?: boolean;
  message: string;
  /** Computed only when someone asks for the fixes. */
  fixes?: () => BodyFix[];
}

export interface RuleContext {
  note: Note;
  body: string;
  options: Options;
  /** The character limit that applies to this note. */
  limit: number;
  /** What in the note is personal, and where it asks to connect. */
  judgment: Judgment;
  /** Whether anything in the note passes the swap test. */
  personal: boolean;
  /** The count of a text in the configured unit. */
  count(text: string): number;
}

export interface RuleExamples {
  /** Notes that must trigger the rule; «guillemets» mark each expected range. */
  bad: string[];
  /** Notes that must not trigger it: careful, personal notes that also pass every other rule. */
  good: string[];
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Why recipients react as they do, and what to write instead. Shown on hover. */
  explanation: string;
  examples: RuleExamples;
  check(context: RuleContext): RuleFinding[];
}

export const DOCS_URL = 'https://github.com/invite-lint/invite-lint/blob/main/README.md';

export function docsUrl(ruleId: string): string {
  return `${DOCS_URL}#${ruleId}`;
}
