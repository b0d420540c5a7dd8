// The picker window's entries (src/background/picker.ts): for each case the
// page that opened it may be offered, named by lender and product, its
// variants by label and length, each with a choice token bound to that page's
// document (src/background/insert-variants.ts, insert-choices.ts).
import { MAX_INSERT_ITEMS } from '../../../shared/limits';
import { defineHandler } from '../../define-handler';
import { caseName, casesFor, formPage, variantsOf } from '../../insert-variants';
import { offerChoices } from '../../insert-choices';
import { pickerOf } from '../../picker';
import { db } from '../../database';

export default defineHandler('ext/picker-menu', async ({ tabId }) => {
  const picker = await pickerOf(tabId);
  const page = formPage(picker.url);
  const database = await db();
  // As many of the newest open cases as fit in one menu with all their variants.
  const cases = (await casesFor(database, page)).slice(0, Math.floor(MAX_INSERT_ITEMS / page.variants.length));
  const entries = (
    await Promise.all(
      cases.map(async (theCase) => (await variantsOf(database, theCase, page, picker.maxLength)).map((variant) => ({ theCase, variant }))),
    )
  ).flat();
  const tokens = await offerChoices(
    picker.from,
    new URL(picker.url).origin,
    entries.map(({ theCase, variant }) => ({ caseId: theCase.id, variant: variant.id })),
  );
  return {
    host: new URL(picker.url).host,
    ...(picker.maxLength === undefined ? {} : { room: picker.maxLength }),
    items: entries.map(({ theCase, variant }, i) => ({
      id: tokens[i]!,
      caseName: caseName(theCase),
      label: variant.label,
      length: variant.length,
      fits: variant.fits,
    })),
  };
});
