/** The engine: text and options in, findings out. Knows nothing of editors, protocols or files. */
export * from './types';
export { countText, countAllUnits } from './count';
export { splitNotes, parseNote, headerValue, findHeader, BOM, SEPARATOR_LINE, DISABLE_LINE, type Note, type NoteSpan, type Header, type BodyLine } from './document';
export { analyzeNote, analyzeDocument, applyEdits, fixAll, warmUp, type NoteAnalysis, type AnalysedNote, type DocumentAnalysis, type NoteAnalyzer } from './engine';
export { DEFAULT_OPTIONS, GENERAL_SETTINGS, resolveOptions, settingsFromFile, type OptionProblem, type ResolvedOptions } from './options';
export { archiveRequestEdit, disableRuleEdit } from './note-edits';
export { PATTERNS, NOTE_SKELETON, ARCHIVE_REQUEST, toSnippet, toPlainText, slotValuesOf, type Pattern } from './patterns';
export { RULES } from './rules';
export { docsUrl, DOCS_URL, type Rule, type RuleExamples } from './rule';
export { TOUCH_LABELS } from './touch';
export { judgeNote, type Judgment, type Evidence } from './judgment/judge';
export { shapeMatchesExample, type Phrase } from './judgment/requests';
export { PHRASE_TABLES, REPEATED_WORDS } from './judgment/tables';
export { PLACEHOLDER_SYNTAX, PLACEHOLDERS, SALES_PITCH } from './phrases';
export { phraseRegex } from './text';
