// Records on a case's timeline that an appeal text was copied or inserted (the
// user chooses to). The popup mints the note's id, so a retry after a lost
// reply stores the same note again instead of a second one. With the
// passphrase lock on, the note is stored encrypted with the unlocked key, and
// refused while the case file is locked (src/storage/notes.ts saveNote).
import { saveNote } from '../../../storage/index';
import { loadSessionKey } from '../../../storage/index';
import { browser } from '../../../shared/browser';
import type { Note } from '../../../shared/case';
import { defineHandler } from '../../define-handler';
import { requireCase } from '../../cases';
import { db } from '../../database';

export default defineHandler('ext/note-add', async (request) => {
  const database = await db();
  await requireCase(database, request.caseId);
  const key = await loadSessionKey(browser.storage.session).catch(() => null);
  const note: Note = {
    id: request.noteId,
    caseId: request.caseId,
    at: new Date().toISOString(),
    channel: request.channel,
    text: request.text,
    ...(request.ref ? { ref: request.ref } : {}),
    ...(request.appealText ? { appealText: request.appealText } : {}),
  };
  await saveNote(database, note, { key });
  return { noteId: note.id };
});
