// The sites the user added (src/background/sites.ts).
import { defineHandler } from '../../define-handler';
import { listSites } from '../../sites';

export default defineHandler('ext/site-list', async () => ({ sites: await listSites() }));
