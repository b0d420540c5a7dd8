// The bundled knowledge base: every registry in one object. Ships inside the
// extension package (docs/trust-model.md#store-policy: no rules fetched as data).
import type { CauseDef, ChecklistDef, ClauseDef, DeadlineDef, FinancingDef, ImpactDef, MeaningDef, Rule, WarningDef } from '../types';
import { CAUSES } from './causes';
import { CHECKLIST } from './checklist';
import { CLAUSES } from './clauses';
import { DEADLINES } from './deadlines';
import { FINANCING } from './financing';
import { IMPACTS } from './impacts';
import { MEANINGS } from './meanings';
import { RULES } from './rules';
import { WARNINGS } from './warnings';

export type KnowledgeBase = {
  rules: readonly Rule[];
  causes: readonly CauseDef[];
  checklist: readonly ChecklistDef[];
  clauses: readonly ClauseDef[];
  deadlines: readonly DeadlineDef[];
  warnings: readonly WarningDef[];
  financing: readonly FinancingDef[];
  impacts: readonly ImpactDef[];
  meanings: readonly MeaningDef[];
};

export const KB: KnowledgeBase = {
  rules: RULES,
  causes: CAUSES,
  checklist: CHECKLIST,
  clauses: CLAUSES,
  deadlines: DEADLINES,
  warnings: WARNINGS,
  financing: FINANCING,
  impacts: IMPACTS,
  meanings: MEANINGS,
};
