// The popup's case picker: every case, newest first, as summaries.
import { listCases } from '../../../storage/index';
import { defineHandler } from '../../define-handler';
import { db } from '../../database';

export default defineHandler('ext/case-list', async () => {
  const { items } = await listCases(await db());
  return {
    cases: items
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((c) => ({
        id: c.id,
        title: c.title,
        updatedAt: c.updatedAt,
        ...(c.product ? { product: c.product } : {}),
        ...(c.status ? { status: c.status } : {}),
        ...(c.archived ? { archived: true } : {}),
      })),
  };
});
