// Starts a case from the popup: from what the current tab showed, or from a
// picked product and status; the tab's reading becomes its first exhibit. The
// popup mints the case's id, so a retry after a lost reply finds the case
// already stored and changes nothing (createCase keeps what is there).
import { PACKS } from '../../../lenders/index';
import { createCase } from '../../../storage/index';
import { uiLang } from '../../../shared/i18n';
import { defineHandler } from '../../define-handler';
import { caseFrom } from '../../cases';
import { exhibitOf } from '../../exhibit';
import { tabFacts } from '../../tab-status';
import { db } from '../../database';

export default defineHandler('ext/case-start', async (request) => {
  const database = await db();
  const now = new Date().toISOString();
  const facts = request.fromTabId !== undefined ? await tabFacts(request.fromTabId) : undefined;
  const pack = PACKS.find((p) => p.id === facts?.packId);
  const product = request.product ?? facts?.product ?? pack?.product;
  const status = request.status ?? facts?.status;
  const lender = request.lender ?? pack?.name[uiLang()];
  const theCase = caseFrom(request.caseId, now, {
    ...(product ? { product } : {}),
    ...(status ? { status } : {}),
    ...(lender ? { lender } : {}),
  });
  const exhibits = facts ? [exhibitOf(crypto.randomUUID(), theCase.id, facts, now)] : [];
  return { case: await createCase(database, theCase, exhibits) };
});
