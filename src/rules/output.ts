// What the engine hands out (diagnose.ts): ranked and common causes, the
// checklist, clauses, the deadline ladder, warnings and financing, each carrying
// its sources and level; the knowledge-base shapes they extend are in ./types.ts.
import type { AppealChannel } from '../shared/channels';
import type {
  Bilingual,
  CauseDef,
  ChecklistDef,
  ClauseDef,
  DeadlineDef,
  FinancingDef,
  ImpactDef,
  Level,
  MeaningDef,
  Source,
  WarningDef,
} from './types';

/**
 * A likely cause in a Diagnosis: one that at least one piece of evidence from
 * the page or the user's own answers supports. An unanswered question is never
 * evidence.
 */
export type RankedCause = {
  id: string;
  title: Bilingual;
  /**
   * Each independent piece of evidence counts once, with the weight of the
   * strongest rule that reads it: the page's text is one piece however many
   * rules read it; each answer is one piece.
   */
  score: number;
  /** Independent pieces of evidence (the page; each answer; each date). */
  pieces: number;
  /** Whether one of the pieces is the user's own answer (it outranks the page alone). */
  answered: boolean;
  /**
   * Follows the number of independent pieces: `high` two or more, `medium` one;
   * `low` for a ⚠️ cause whatever its evidence.
   */
  confidence: 'high' | 'medium' | 'low';
  /** The facts that fired it with their actual values ("你回答：…"). */
  evidence: Bilingual[];
  explanation: Bilingual;
  check: readonly Bilingual[];
  /** Nearest unmet conditions of this cause's strongest rules that did not fire. */
  whatWouldChange: Bilingual[];
  /** Rules that fired (true) and rules that are still open (unknown). */
  rules: { fired: string[]; open: string[] };
  sources: readonly Source[];
  /** Weakest level among `sources`: ⚠️ items are worded as possibilities only. */
  level: Level;
};

/** A common cause, listed unranked and without a verdict when nothing points to one. */
export type CommonCause = Pick<CauseDef, 'id' | 'title' | 'explanation' | 'check' | 'sources'> & { level: Level };

export type Meaning = MeaningDef & { level: Level };
export type Impact = ImpactDef & { level: Level };
export type ChecklistItem = ChecklistDef & { level: Level };
export type Clause = ClauseDef & { level: Level };
export type Warning = WarningDef & { level: Level };
export type Financing = FinancingDef & { level: Level };

/** A computed ladder step. All dates `YYYY-MM-DD`; days are calendar days. */
export type DeadlineStep = DeadlineDef & {
  level: Level;
  /** `not_started`: no start date; `waiting`: within the limit; `overdue`: the limit passed without a reply; `answered`. */
  state: 'not_started' | 'waiting' | 'overdue' | 'answered';
  start?: string;
  due?: string;
  extendedDue?: string;
  maxDue?: string;
  /** Calendar days from today to `due` (negative once passed). */
  daysLeft?: number;
  dayCount: 'calendar';
};

/**
 * The result of `diagnose(facts)`. Deterministic for given facts. Knowledge-base
 * items in it are shared frozen objects: copy before changing them.
 */
export type Diagnosis = {
  today: string;
  /** What the case's status usually means; none without a status. */
  meaning?: Meaning;
  /** Likely causes only (each with evidence), most likely first. */
  causes: RankedCause[];
  /** Common causes for this status that no evidence singles out, by id (unranked); never one that accuses. */
  common: CommonCause[];
  /** Unanswered questions that apply, the one that would change the likely causes most first. */
  questions: string[];
  /** "What this means for you", in order. */
  impacts: Impact[];
  /** "You can try again from": the day the page's waiting period ends. */
  retryFrom?: string;
  /** Appeal texts worth offering for this case (none for a line that works or a lock the user set). */
  channels: AppealChannel[];
  /** Deduplicated, ordered by CHECKLIST_GROUPS then id. Expired items are left out. */
  checklist: ChecklistItem[];
  /** Ordered fact → request → remedy, then id. */
  clauses: Clause[];
  /** The ladder steps that apply, the one to act on now first, then by step. */
  deadlines: DeadlineStep[];
  warnings: Warning[];
  financing: Financing[];
  /** Nearest unmet conditions of the strongest rules of causes not listed. */
  whatWouldChange: Bilingual[];
  /** Ids of items that would apply but whose `validUntil` has passed. */
  expired: string[];
  /** Ids of rules that evaluated true. */
  fired: string[];
};
