// Financing alternatives for business owners (docs/sources.md#small-business-financing), levels as marked there.
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { FinancingDef } from '../../types';
import governmentGuarantee from './government-guarantee';
import inclusiveLoans from './inclusive-loans';
import receivables from './receivables';
import smeMechanism from './sme-mechanism';
import startupLoans from './startup-loans';
import taxLoans from './tax-loans';

export const FINANCING: readonly FinancingDef[] = [governmentGuarantee, inclusiveLoans, receivables, smeMechanism, startupLoans, taxLoans];
