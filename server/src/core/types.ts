export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export type CountUnit = 'utf16' | 'codepoints' | 'graphemes';
export const COUNT_UNITS: readonly CountUnit[] = ['utf16', 'codepoints', 'graphemes'];

export interface Options {
  maxLength: number;
  countUnit: CountUnit;
  /** Severity per rule id; a missing id uses the rule's default. */
  rules: Record<string, SeveritySetting>;
  /** Literal phrases (not regexes) reported by `generic-invite` wherever they appear. */
  extraGenericPhrases: string[];
  /** Literal strings (not regexes) reported by `placeholder`. */
  extraPlaceholders: string[];
}

/** A replacement of the text between two offsets (UTF-16, into the whole document). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  /** The same edit as a snippet with tab stops (`${1:[role]}`), for editors that can insert one; `newText` is its plain form. */
  snippet?: string;
}

/**
 * A `quickfix` removes the problem it is attached to, adds no error and never pushes its note past
 * its limit (the engine checks each one by applying it); anything else is a `rewrite`, offered as
 * a refactoring.
 */
export type FixKind = 'quickfix' | 'rewrite';

export interface Fix {
  title: string;
  edits: TextEdit[];
  kind: FixKind;
  /** Safe fixes keep the meaning of the note and are applied by `--fix` and "fix all"; every safe fix is a quickfix. */
  safe: boolean;
  preferred?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Offsets (UTF-16) into the analysed text. */
  start: number;
  end: number;
  noteIndex: number;
  fixes: Fix[];
  /** A template's finding: the rows of the recipients it concerns, numbered as a spreadsheet numbers them. */
  rows?: number[];
}

/** The four things that make an invitation personal. */
export type TouchKind = 'met' | 'mutual' | 'work' | 'value';
export const TOUCH_KINDS: readonly TouchKind[] = ['met', 'mutual', 'work', 'value'];
/** For each element the note shows, the words that show it. */
export type PersonalTouch = Partial<Record<TouchKind, string>>;
