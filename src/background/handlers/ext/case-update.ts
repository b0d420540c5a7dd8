// The popup's changes to a case (answers, checklist ticks, dates, title),
// through the one writer: updateCase reads, patches and writes in one
// IndexedDB transaction, so overlapping patches from quick clicks, the tip
// and an open case view never lose each other (docs/architecture.md#one-writer).
import { updateCase } from '../../../storage/index';
import { defineHandler } from '../../define-handler';
import { db } from '../../database';

export default defineHandler('ext/case-update', async (request) => ({
  case: await updateCase(await db(), request.caseId, request.patch, new Date().toISOString()),
}));
