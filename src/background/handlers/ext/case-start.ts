// Starts a case from the popup: from what the current tab showed, or from a
// picked product and status; the tab's reading becomes its first exhibit.
import { PACKS } from '../../../lenders/index';
import { saveBatch } from '../../../storage/index';
import { uiLang } from '../../../shared/i18n';
import { defineHandler } from '../../define-handler';
import { caseFrom } from '../../cases';
import { exhibitOf } from '../../exhibit';
import { tabFacts } from '../../tab-status';
import { db } from '../../database';

export default defineHandler('ext/case-start', async (request) => {
  const database = await db();
  const now = new Date().toISOString();
  const lang = uiLang();
  const facts = request.fromTabId !== undefined ? await tabFacts(request.fromTabId) : undefined;
  const pack = PACKS.find((p) => p.id === facts?.packId);
  const product = request.product ?? pack?.product;
  const status = request.status ?? facts?.status;
  const lender = request.lender ?? pack?.name[lang];
  const theCase = caseFrom(now, { ...(product ? { product } : {}), ...(status ? { status } : {}), ...(lender ? { lender } : {}) });
  const exhibits = facts && status ? [exhibitOf(theCase.id, facts.url, status, facts.evidence.join(' / '), now, pack)] : [];
  await saveBatch(database, { cases: [theCase], exhibits });
  return { case: theCase };
});
