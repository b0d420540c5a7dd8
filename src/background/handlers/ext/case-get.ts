// One case with its exhibits (null when it no longer exists).
import { getCase, listExhibits } from '../../../storage/index';
import { defineHandler } from '../../define-handler';
import { db } from '../../database';

export default defineHandler('ext/case-get', async (request) => {
  const database = await db();
  const found = await getCase(database, request.caseId);
  const { items } = found ? await listExhibits(database, found.id) : { items: [] };
  return { case: found ?? null, exhibits: items };
});
