// Scam and paid-agent warnings shown to every user (docs/sources.md#wording-rules).
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { WarningDef } from '../../types';
import fakeCreditSites from './fake-credit-sites';
import paidAgents from './paid-agents';
import scamCalls from './scam-calls';

export const WARNINGS: readonly WarningDef[] = [fakeCreditSites, paidAgents, scamCalls];
