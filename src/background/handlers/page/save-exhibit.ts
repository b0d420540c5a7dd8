// The tip's "save to my case file": the worker's last reading of the sender's
// document becomes a dated exhibit on the case it belongs to
// (README.md#the-case-file). The request carries only the exhibit's id, minted
// by the content script so a retry stores nothing twice; the status, the quote
// and the address are the worker's own (docs/trust-model.md#worker-derives-facts).
// Saves are rate-limited per tab, and a case keeps at most LIMITS.exhibitsPerCase.
import { PACKS } from '../../../lenders/index';
import { addExhibit, createCase, updateCase } from '../../../storage/index';
import type { CasePatch } from '../../../shared/case';
import { uiLang } from '../../../shared/i18n';
import { defineHandler } from '../../define-handler';
import { requireSameOrigin } from '../../same-origin';
import { caseFrom, openCaseFor } from '../../cases';
import { exhibitOf } from '../../exhibit';
import { documentOf } from '../../documents';
import { readingOf } from '../../tab-status';
import { spend, type Rate } from '../../rate-limit';
import { Refusal } from '../../refusal';
import { db } from '../../database';

/** A person saves a page a few times a minute at most; a script that loops is stopped after five. */
const SAVE_RATE: Rate = {
  purpose: 'save-exhibit',
  burst: 5,
  refillMs: 12_000,
  refused: {
    zh: '这个页面保存得太频繁，这一条没有保存。请稍后再试。',
    en: 'This page has saved too often, so this one was not saved. Try again in a moment.',
  },
};

const NO_READING = {
  zh: 'Reopen 还没有读到这个页面上的额度状态，没有可保存的内容。',
  en: 'Reopen has not read a credit status on this page yet, so there is nothing to save.',
};

export default defineHandler('page/save-exhibit', async (request, ctx) => {
  const from = await documentOf(ctx);
  const facts = await readingOf(from);
  if (!from || !facts) throw new Refusal(NO_READING);
  requireSameOrigin(facts.url, ctx.sender.url);
  spend(SAVE_RATE, from.tabId);
  const database = await db();
  const now = new Date().toISOString();
  const pack = PACKS.find((p) => p.id === facts.packId);
  const product = facts.product ?? pack?.product;
  const open = await openCaseFor(database, product);
  if (!open) {
    const theCase = caseFrom(crypto.randomUUID(), now, {
      ...(facts.status !== 'unknown' ? { status: facts.status } : {}),
      ...(product ? { product } : {}),
      ...(pack ? { lender: pack.name[uiLang()] } : {}),
    });
    // The case and its first exhibit land together or not at all.
    await createCase(database, theCase, [exhibitOf(request.id, theCase.id, facts, now)]);
    return { exhibitId: request.id };
  }
  const { exhibit } = await addExhibit(database, exhibitOf(request.id, open.id, facts, now));
  // Only a page of the case's own product may change its status, and only with
  // a status detection found. A retry re-applies the same patch, which changes nothing.
  const patch: CasePatch = product && open.product === product && facts.status !== 'unknown' ? { status: facts.status } : {};
  await updateCase(database, exhibit.caseId, patch, now);
  return { exhibitId: exhibit.id };
});
