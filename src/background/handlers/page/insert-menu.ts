// The field button's menu: for each case this page may be offered, named by
// lender and product, its variants by label and length, each with a choice
// token — never a text (src/background/insert-variants.ts, insert-choices.ts).
import { MAX_INSERT_ITEMS } from '../../../shared/limits';
import { defineHandler } from '../../define-handler';
import { caseName, casesFor, formPage, variantsOf } from '../../insert-variants';
import { offerChoices } from '../../insert-choices';
import { documentOf } from '../../documents';
import { db } from '../../database';

export default defineHandler('page/insert-menu', async (request, ctx) => {
  const page = formPage(ctx.sender.url);
  const from = await documentOf(ctx);
  if (!from) throw new Error('not a content script in a tab');
  const database = await db();
  // As many of the newest open cases as fit in one menu with all their variants.
  const cases = (await casesFor(database, page)).slice(0, Math.floor(MAX_INSERT_ITEMS / page.variants.length));
  const entries = (
    await Promise.all(
      cases.map(async (theCase) => (await variantsOf(database, theCase, page, request.maxLength)).map((variant) => ({ theCase, variant }))),
    )
  ).flat();
  const tokens = await offerChoices(
    from,
    new URL(ctx.sender.url!).origin,
    entries.map(({ theCase, variant }) => ({ caseId: theCase.id, variant: variant.id })),
  );
  return {
    items: entries.map(({ theCase, variant }, i) => ({
      id: tokens[i]!,
      caseName: caseName(theCase),
      label: variant.label,
      length: variant.length,
      fits: variant.fits,
    })),
  };
});
