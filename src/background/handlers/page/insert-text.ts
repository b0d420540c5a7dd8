// The one text the user chose from the field button's menu, and nothing else of the case.
import { defineHandler } from '../../define-handler';
import { insertVariants } from '../../insert-variants';

export default defineHandler('page/insert-text', async (request, ctx) => {
  const [chosen] = await insertVariants(ctx.sender.url, request.maxLength, request.id);
  if (!chosen) throw new Error('no such variant on this page');
  return { text: chosen.text };
});
