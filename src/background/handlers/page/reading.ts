// A content script's reading of its page: the worker detects the status
// (README.md#on-the-page), remembers it for the popup and the tip's "save" —
// tied to the document that sent it, so a reading handled after the tab
// navigated is dropped (src/background/documents.ts) — and answers with the tip.
import { defineHandler } from '../../define-handler';
import { factsFromReading } from '../../reading';
import { requireSameOrigin } from '../../same-origin';
import { buildTip, tipLabels } from '../../tip';
import { documentOf } from '../../documents';
import { forgetReading, rememberTab } from '../../tab-status';
import { isDismissed } from '../../dismissals';
import { db } from '../../database';

export default defineHandler('page/reading', async (request, ctx) => {
  requireSameOrigin(request.url, ctx.sender.url);
  // Taken first: the tab's navigation count as the reading arrives.
  const from = await documentOf(ctx);
  const facts = factsFromReading(request.url, request.text);
  const labels = tipLabels();
  if (!facts) {
    if (from) await forgetReading(from);
    return { tip: null, labels };
  }
  const dismissed = await isDismissed(await db(), new URL(facts.url).hostname, facts.status);
  // A tab that has left the page keeps nothing of it, and its old document gets no tip.
  if (from && !(await rememberTab(from, facts))) return { tip: null, labels };
  // A normal line needs no tip; the popup still learns the tab's status. Nor does a
  // reading whose statements disagree, except on a product's own account page:
  // elsewhere (a help article, news, a portal) they are mentions more often than
  // the user's line, and "I don't see a status here" beats a guess (README.md#on-the-page).
  const quiet = facts.status === 'normal' || (facts.status === 'unknown' && facts.pageKind !== 'account');
  return { tip: quiet ? null : buildTip(facts, dismissed), labels };
});
