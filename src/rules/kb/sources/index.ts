// The one catalogue of sources: every document Reopen cites to users, by kind
// (docs/architecture.md#registries). Knowledge-base items, rules and appeal
// templates hold these entries; the Sources page (src/sources) lists them all,
// each under an anchor equal to its id. sources.test.ts keeps it honest.
import type { Source } from '../../types';
import { LAWS } from './laws';
import { NEWS } from './news';
import { REGULATORS } from './regulators';
import { SECONDARY } from './secondary';

/** Every source by id: `SOURCE['pipl-24']`. An unknown id is a type error. */
export const SOURCE = { ...LAWS, ...REGULATORS, ...NEWS, ...SECONDARY };
export type SourceId = keyof typeof SOURCE;

/** All sources in page order: laws, regulators, news, secondary; by id within each. */
export const SOURCES: readonly Source[] = [LAWS, REGULATORS, NEWS, SECONDARY].flatMap((group) => Object.values(group));

const BY_ID = new Map<string, Source>(SOURCES.map((s) => [s.id, s]));

/** The catalogue entry for an id that came from outside the type system (e.g. an appeal input). */
export const sourceById = (id: unknown): Source | undefined => (typeof id === 'string' ? BY_ID.get(id) : undefined);
