// The escalation ladder (docs/sources.md#escalation-order); limits in calendar days.
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { DeadlineDef } from '../../types';
import court from './court';
import creditObjection from './credit-objection';
import lenderComplaint from './lender-complaint';
import pbocComplaint from './pboc-complaint';
import regulatorComplaint from './regulator-complaint';

export const DEADLINES: readonly DeadlineDef[] = [court, creditObjection, lenderComplaint, pbocComplaint, regulatorComplaint];
