// "Always check this site": registers our content script on an origin the user granted (src/background/sites.ts).
import { defineHandler } from '../../define-handler';
import { addSite } from '../../sites';

export default defineHandler('ext/site-add', async (request) => ({ sites: await addSite(request.origin) }));
