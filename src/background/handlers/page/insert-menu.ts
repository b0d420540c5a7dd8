// The field button's menu: labels and lengths only, never the texts (src/background/insert-variants.ts).
import { defineHandler } from '../../define-handler';
import { insertVariants } from '../../insert-variants';

export default defineHandler('page/insert-menu', async (request, ctx) => ({
  items: (await insertVariants(ctx.sender.url, request.maxLength)).map(({ id, label, length, fits }) => ({ id, label, length, fits })),
}));
