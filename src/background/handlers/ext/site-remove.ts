// "Stop checking": unregisters the content script there and gives the permission back (src/background/sites.ts).
import { defineHandler } from '../../define-handler';
import { removeSite } from '../../sites';

export default defineHandler('ext/site-remove', async (request) => ({ sites: await removeSite(request.origin) }));
