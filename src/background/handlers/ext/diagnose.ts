// The engine's diagnosis of a stored case, for the popup. The engine's
// Diagnosis is assignable to DiagnosisSchema's type (handlers.test-d.ts); the
// router strips what the popup does not need.
import { diagnose } from '../../../rules/index';
import { factsFromCase } from '../../../rules/case-facts';
import { localToday as today } from '../../../rules/dates';
import { listExhibits } from '../../../storage/index';
import { defineHandler } from '../../define-handler';
import { requireCase } from '../../cases';
import { db } from '../../database';

export default defineHandler('ext/diagnose', async (request) => {
  const database = await db();
  const theCase = await requireCase(database, request.caseId);
  const { items } = await listExhibits(database, theCase.id);
  return { diagnosis: diagnose(factsFromCase(theCase, today(), items)) };
});
