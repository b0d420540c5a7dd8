// One channel's appeal text for a case, with where to send it; with maxLength,
// the variant that fits a form field (README.md#appeal-text).
import { diagnose } from '../../../rules/index';
import { factsFromCase } from '../../../rules/case-facts';
import { localToday as today } from '../../../rules/dates';
import { appealInputFromCase } from '../../../appeal/from-case';
import { channelHint, fitVariant, renderAppeal } from '../../../appeal/index';
import { listExhibits, listNotes, type ReopenDb } from '../../../storage/index';
import { loadSessionKey } from '../../../storage/index';
import { browser } from '../../../shared/browser';
import type { Note } from '../../../shared/case';
import { defineHandler } from '../../define-handler';
import { requireCase } from '../../cases';
import { db } from '../../database';

/** Readable notes of a case (none while the case file is locked and the key is not in session). */
async function readableNotes(database: ReopenDb, caseId: string): Promise<Note[]> {
  const key = await loadSessionKey(browser.storage.session).catch(() => null);
  const { items } = await listNotes(database, caseId, { key });
  return items.filter((n): n is Note & { locked: false } => !n.locked).map(({ locked: _locked, ...note }) => note);
}

export default defineHandler('ext/appeal', async (request) => {
  const database = await db();
  const theCase = await requireCase(database, request.caseId);
  const [{ items: exhibits }, notes] = await Promise.all([listExhibits(database, theCase.id), readableNotes(database, theCase.id)]);
  const day = today();
  const diagnosis = diagnose(factsFromCase(theCase, day, exhibits));
  const input = appealInputFromCase({ theCase, diagnosis, notes, exhibits, today: day });
  const appeal = renderAppeal(input, request.channel, request.lang);
  const where = channelHint(request.channel, theCase.product);
  return {
    appeal,
    hint: { text: where.hint, sources: where.sources },
    ...(request.maxLength !== undefined ? { fit: fitVariant(input, request.channel, request.lang, request.maxLength, request.field) } : {}),
  };
});
