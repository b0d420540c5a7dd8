// The user's choice in the picker window: the one text of that entry, for a
// case the page may still be offered, goes to the document that opened the
// picker and into the field its button was beside — nothing else of the case
// reaches the page (src/background/picker.ts).
import { defineHandler } from '../../define-handler';
import { casesFor, formPage, variantsOf } from '../../insert-variants';
import { takeChoice } from '../../insert-choices';
import { PICKER_EXPIRED, insertPicked, pickerOf } from '../../picker';
import { Refusal } from '../../refusal';
import { db } from '../../database';

export default defineHandler('ext/picker-insert', async ({ tabId, id }) => {
  const picker = await pickerOf(tabId);
  const choice = await takeChoice(id, picker.from, new URL(picker.url).origin);
  if (!choice) throw new Refusal(PICKER_EXPIRED);
  const page = formPage(picker.url);
  const database = await db();
  // Still open, and still a case this page may be offered.
  const theCase = (await casesFor(database, page)).find((c) => c.id === choice.caseId);
  const [chosen] = theCase ? await variantsOf(database, theCase, page, picker.maxLength, choice.variant) : [];
  if (!chosen) throw new Refusal(PICKER_EXPIRED);
  return { text: chosen.text, result: await insertPicked(picker.from, chosen.text) };
});
