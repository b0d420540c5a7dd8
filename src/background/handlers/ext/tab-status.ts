// The popup asks what our content script last saw in its tab.
import { defineHandler } from '../../define-handler';
import { tabFacts } from '../../tab-status';

export default defineHandler('ext/tab-status', async (request) => ({ facts: (await tabFacts(request.tabId)) ?? null }));
