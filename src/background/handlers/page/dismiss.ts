// The tip's "don't show this here again", for this host and status.
import { defineHandler } from '../../define-handler';
import { dismiss } from '../../dismissals';
import { db } from '../../database';

export default defineHandler('page/dismiss', async (request, ctx) => {
  // The host comes from the browser's record of the sender, not from the page.
  const host = ctx.tier === 'content' && ctx.sender.url ? new URL(ctx.sender.url).hostname : request.host;
  await dismiss(await db(), host, request.status);
  return { done: true as const };
});
