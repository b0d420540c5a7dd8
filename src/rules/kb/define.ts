// Identity helpers: one knowledge-base item per file, its id === its filename
// (docs/architecture.md#units); the meta-test (kb/kb.test.ts) keeps that honest.
import type {
  CauseDef,
  ChecklistDef,
  ClauseDef,
  DeadlineDef,
  FinancingDef,
  ImpactDef,
  MeaningDef,
  Source,
  SourceKind,
  WarningDef,
} from '../types';
import type { Status } from '../../shared/status';

export const defineCause = (c: CauseDef) => c;
export const defineChecklistItem = (c: ChecklistDef) => c;
export const defineClause = (c: ClauseDef) => c;
export const defineDeadline = (d: DeadlineDef) => d;
export const defineWarning = (w: WarningDef) => w;
export const defineFinancing = (f: FinancingDef) => f;
export const defineImpact = (i: ImpactDef) => i;
/** A status meaning: its id is the status it explains (src/shared/status.ts). */
export const defineMeaning = (m: MeaningDef & { id: Status }) => m;

/**
 * One file of the sources catalogue: entries of one kind keyed by id (sorted,
 * checked by sources/sources.test.ts). Each entry gets its id and kind and is
 * frozen, since knowledge-base items share these objects.
 */
export const defineSources = <const T extends Record<string, Omit<Source, 'id' | 'kind'>>>(
  kind: SourceKind,
  entries: T,
): { readonly [K in keyof T & string]: Source & { id: K } } =>
  Object.fromEntries(
    Object.entries(entries).map(([id, e]) => [
      id,
      Object.freeze({ id, kind, ...e, cite: Object.freeze({ ...e.cite }), supports: Object.freeze({ ...e.supports }) }),
    ]),
  ) as {
    readonly [K in keyof T & string]: Source & { id: K };
  };
