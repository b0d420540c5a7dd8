// The popup's changes to a case (answers, checklist ticks, dates, title).
import { saveCase } from '../../../storage/db';
import { defineHandler } from '../../define-handler';
import { applyPatch } from '../../case-patch';
import { requireCase } from '../../cases';
import { db } from '../../database';

/**
 * Updates of one case are applied one after another: the popup ticks and
 * answers faster than a read-modify-write takes, and two overlapping patches
 * must not lose each other (last writer wins per field, never per case).
 */
const caseQueues = new Map<string, Promise<unknown>>();
function serialised<T>(caseId: string, work: () => Promise<T>): Promise<T> {
  const previous = caseQueues.get(caseId) ?? Promise.resolve();
  const next = previous.then(work, work);
  caseQueues.set(caseId, next);
  void next.finally(() => caseQueues.get(caseId) === next && caseQueues.delete(caseId)).catch(() => undefined);
  return next;
}

export default defineHandler('ext/case-update', (request) =>
  serialised(request.caseId, async () => {
    const database = await db();
    const theCase = await requireCase(database, request.caseId);
    return { case: await saveCase(database, applyPatch(theCase, request.patch, new Date().toISOString())) };
  }),
);
