// What a template is, and the context the renderer hands it. One template per
// file under ./templates/<id>.ts with `defineTemplate({...})`; the registry is
// ./templates/index.ts, kept honest by templates/index.test.ts (docs/architecture.md#registries).
//
// Templates write no wording of their own: every line comes from the claims,
// requests and frames tables (claims.ts, requests.ts, frames.ts), filled from
// the case by the context, so the claim checker (check.ts) can hold every
// sentence of every text to what backs it.
import type { AppealChannel } from '../shared/channels';
import type { Bilingual, Lang, Source } from './types';
import type { CleanClause, CleanInput } from './clean';
import type { ClaimId } from './claims';
import type { FrameId } from './frames';
import type { RequestId } from './requests';
import type { SlotName } from './slots';

/**
 * A piece of a field's text. `sep` is what goes before it when it is not the
 * first kept block: a blank line (`paragraph`, default), a line break (`line`)
 * or nothing / a space (`inline`, zh / en). Blocks with the same `drop` number
 * are optional and removed together, lowest number first, when the field must
 * fit a maxLength; blocks without it are always kept. `numbered` blocks are
 * numbered "1. " … among consecutive kept numbered blocks, so dropping one
 * never leaves a gap.
 */
export type Block = {
  text: string;
  sep?: 'paragraph' | 'line' | 'inline';
  drop?: number;
  numbered?: boolean;
};

export type FieldDraft = {
  id: string;
  label: Bilingual;
  maxLength?: number;
  blocks: Block[];
};

export type TemplateContext = {
  lang: Lang;
  data: CleanInput;
  /** A claim of the claims table, filled from the case, or undefined when its backing does not hold. */
  claim(id: ClaimId): string | undefined;
  /**
   * `each: 'contact'` claims: one sentence per recorded contact, in date
   * order, from the first of `ids` backed for that contact; without repeats.
   * `placeholders` names optional slots shown as placeholders when unknown
   * (the regulator's 【工单号】).
   */
  claimEach(ids: readonly ClaimId[], placeholders?: readonly SlotName[]): string[];
  /** A request, or undefined when its backing (e.g. the lender kind) does not hold. */
  request(id: RequestId): string | undefined;
  frame(id: FrameId): string;
  /** The first candidate that fits `max` code points, else the shortest one. */
  firstFitting(candidates: readonly (string | undefined)[], max: number): string;
  /** Record that an engine clause was placed, so its sources are returned with the text. */
  place(clause: CleanClause): string;
};

export type AppealTemplate = {
  id: AppealChannel;
  label: Bilingual;
  /** One line: where to paste this text. Phone numbers only as docs/sources.md#regulators allows. */
  hint: Bilingual;
  /** The sources of the template's own wording (legal hooks, time limits, channel facts). */
  sources: Source[];
  build(ctx: TemplateContext): FieldDraft[];
  /** Advice for the UI, not part of the text. */
  notes?(ctx: TemplateContext): Bilingual[];
};

/** Identity helper: types a template and keeps each file a plain data export. */
export const defineTemplate = (t: AppealTemplate): AppealTemplate => t;
