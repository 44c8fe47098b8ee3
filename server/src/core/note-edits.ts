/** Edits that add a line to a note, in note offsets, with the note's own line breaks. */
import { bodyToNote, DISABLE_LINE, parseNote } from './document';
import { ARCHIVE_REQUEST } from './patterns';
import { findSignOff } from './rules/signature';
import type { TextEdit } from './types';

/** The note's line break; `fallback` (the document's) when the note is one line. */
function lineBreakOf(noteText: string, fallback: string): string {
  return /\r\n|\n|\r/.exec(noteText)?.[0] ?? fallback;
}

/**
 * Adds the archive request to a note: before a trailing sign-off, whether or not the `signature`
 * rule is on, else after the body's last line.
 */
export function archiveRequestEdit(noteText: string, fallbackEol = '\n'): TextEdit {
  const note = parseNote(noteText);
  const eol = lineBreakOf(noteText, fallbackEol);
  if (note.body === '') return { start: noteText.length, end: noteText.length, newText: ARCHIVE_REQUEST };
  const signOff = findSignOff(note.body);
  if (!signOff) {
    const end = bodyToNote(note, note.body.length);
    return { start: end, end, newText: `${eol}${ARCHIVE_REQUEST}` };
  }
  const at = bodyToNote(note, signOff.start);
  const startsLine = signOff.start === 0 || note.body[signOff.start - 1] === '\n';
  return { start: at, end: at, newText: startsLine ? `${ARCHIVE_REQUEST}${eol}` : ` ${ARCHIVE_REQUEST}` };
}

/** Turns a rule off for a note: adds its id to the note's disable comment, or starts one on the first line. */
export function disableRuleEdit(noteText: string, ruleId: string, fallbackEol = '\n'): TextEdit {
  const lines = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let line: RegExpExecArray | null;
  while ((line = lines.exec(noteText)) && line[0] !== '') {
    const disable = DISABLE_LINE.exec(line[1]);
    if (disable && disable[2].trim() !== '') {
      const end = line.index + disable[1].length + disable[2].length;
      return { start: end, end, newText: `${/,\s*$/.test(disable[2]) ? '' : ' '}${ruleId}` };
    }
  }
  return { start: 0, end: 0, newText: `# invite-lint-disable ${ruleId}${lineBreakOf(noteText, fallbackEol)}` };
}
