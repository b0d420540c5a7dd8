// The tip's "save to my case file": the page's status text becomes a dated
// exhibit on the case it belongs to (README.md#the-case-file).
import { findPack } from '../../../lenders/index';
import { saveBatch } from '../../../storage/index';
import { defineHandler } from '../../define-handler';
import { requireSameOrigin } from '../../same-origin';
import { caseForPage } from '../../cases';
import { exhibitOf } from '../../exhibit';
import { db } from '../../database';

export default defineHandler('page/save-exhibit', async (request, ctx) => {
  requireSameOrigin(request.url, ctx.sender.url);
  const database = await db();
  const now = new Date().toISOString();
  // The pack follows from the URL (origin checked above), not from anything the page says.
  const pack = findPack(request.url)?.pack;
  const theCase = await caseForPage(database, pack, request.status, now);
  const exhibit = exhibitOf(theCase.id, request.url, request.status, request.text, now, pack);
  // One transaction: the case and its exhibit land together or not at all.
  await saveBatch(database, { cases: [theCase], exhibits: [exhibit] });
  return { caseId: theCase.id, exhibitId: exhibit.id };
});
