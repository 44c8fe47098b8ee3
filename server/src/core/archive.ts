import { bodyToNote, parseNote } from './document';
import { ARCHIVE_REQUEST } from './patterns';
import { findSignOff } from './rules/signature';
import type { TextEdit } from './types';

/**
 * The edit (in note offsets) that adds the archive request to a note: before a trailing sign-off,
 * whether or not the `signature` rule is on, else after the body's last line.
 */
export function archiveRequestEdit(noteText: string): TextEdit {
  const note = parseNote(noteText);
  if (note.body === '') return { start: noteText.length, end: noteText.length, newText: ARCHIVE_REQUEST };
  const signOff = findSignOff(note.body);
  if (!signOff) {
    const end = bodyToNote(note, note.body.length);
    return { start: end, end, newText: `${note.eol}${ARCHIVE_REQUEST}` };
  }
  const at = bodyToNote(note, signOff.start);
  const startsLine = signOff.start === 0 || note.body[signOff.start - 1] === '\n';
  return { start: at, end: at, newText: startsLine ? `${ARCHIVE_REQUEST}${note.eol}` : ` ${ARCHIVE_REQUEST}` };
}
