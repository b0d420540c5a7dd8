// A content script's reading of its page: the worker detects the status
// (README.md#on-the-page), remembers it for the popup, and answers with the tip.
import { defineHandler } from '../../define-handler';
import { factsFromReading } from '../../reading';
import { requireSameOrigin } from '../../same-origin';
import { buildTip, tipLabels } from '../../tip';
import { forgetTab, rememberTab } from '../../tab-status';
import { isDismissed } from '../../dismissals';
import { db } from '../../database';

export default defineHandler('page/reading', async (request, ctx) => {
  requireSameOrigin(request.url, ctx.sender.url);
  const facts = factsFromReading(request.url, request.text);
  const labels = tipLabels();
  if (!facts) {
    if (ctx.tabId !== undefined) await forgetTab(ctx.tabId);
    return { tip: null, labels };
  }
  const dismissed = await isDismissed(await db(), new URL(facts.url).hostname, facts.status);
  if (ctx.tabId !== undefined) await rememberTab(ctx.tabId, facts);
  // A normal line needs no tip; the popup still learns the tab's status.
  return { tip: facts.status === 'normal' ? null : buildTip(facts, dismissed), labels };
});
