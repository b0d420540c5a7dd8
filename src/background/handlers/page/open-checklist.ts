// The tip's "open the checklist": the options workspace, on a case started from this status.
import { browser } from '../../../shared/browser';
import { defineHandler } from '../../define-handler';

let lastOpened = 0;

export default defineHandler('page/open-checklist', async (request) => {
  // The popup cannot be opened from a page click reliably in every browser;
  // the options workspace can. A page cannot make us open tabs faster than a
  // person clicks.
  const now = Date.now();
  if (now - lastOpened < 2000) return { done: true as const };
  lastOpened = now;
  await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#new?status=${encodeURIComponent(request.status)}`) });
  return { done: true as const };
});
