// Identity helpers: one knowledge-base item per file, its id === its filename
// (docs/architecture.md#units); the meta-test (kb/kb.test.ts) keeps that honest.
import type { CauseDef, ChecklistDef, ClauseDef, DeadlineDef, FinancingDef, WarningDef } from '../types';

export const defineCause = (c: CauseDef) => c;
export const defineChecklistItem = (c: ChecklistDef) => c;
export const defineClause = (c: ClauseDef) => c;
export const defineDeadline = (d: DeadlineDef) => d;
export const defineWarning = (w: WarningDef) => w;
export const defineFinancing = (f: FinancingDef) => f;
