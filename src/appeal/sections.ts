// Sections several templates share, so the same fact is worded the same way in
// every channel. Each returns Blocks (define.ts) built only from the claims,
// requests and frames tables; drop groups are chosen so that fitting a form
// removes detail before substance:
//   1 contact history   2 the day the line changed   3 the user's answers   4 the exhibit
// Requests, the reply sentence and the status sentence are never dropped.
import type { Block, TemplateContext } from './define';
import type { ClaimId } from './claims';
import type { RequestId } from './requests';
import type { CleanClause, CleanInput } from './clean';

export const DROP = { history: 1, lineChanged: 2, answers: 3, exhibit: 4 } as const;

/**
 * Engine clauses whose subject a template words itself: the reply deadline
 * depends on who the lender is (requests.ts), so the engine's own deadline
 * request is not placed beside it.
 */
const TEMPLATE_OWNED: ReadonlySet<string> = new Set(['request-written-reply']);

/** The engine's request and remedy clauses a template may place: never a fact (claims.ts states those), never the deadline. */
const placeableClauses = (data: CleanInput): CleanClause[] => data.clauses.filter((c) => c.kind !== 'fact' && !TEMPLATE_OWNED.has(c.id));

/** Facts about the user's own credit history, each stated only when the user answered so (claims.ts). */
const ANSWER_CLAIMS: readonly ClaimId[] = [
  'overdue-none',
  'overdue-repaid-this-product',
  'overdue-repaid-same-group',
  'overdue-repaid-other',
  'report-errors',
  'report-clean',
];

export type FactOptions = {
  /** How the paragraph starts: after a blank line (default) or a line break. */
  sep?: Block['sep'];
  /** Quote the exhibit (not in public posts: the quotation may hold amounts). */
  exhibit?: boolean;
  /** State the user's answers about their credit history (not in public posts). */
  answers?: boolean;
};

/**
 * The status, the day it changed, the exhibit's quotation and the user's
 * answers: each sentence only when the case backs it. Empty for a case that
 * records none of them.
 */
export const factBlocks = (ctx: TemplateContext, { sep = 'paragraph', exhibit = true, answers = true }: FactOptions = {}): Block[] => {
  const parts: { text: string | undefined; drop?: number }[] = [
    { text: ctx.claim('status') },
    { text: ctx.claim('line-changed'), drop: DROP.lineChanged },
    ...(exhibit ? [{ text: ctx.claim('exhibit'), drop: DROP.exhibit }] : []),
    ...(answers ? ANSWER_CLAIMS.map((id) => ({ text: ctx.claim(id), drop: DROP.answers })) : []),
  ];
  return parts
    .filter((p): p is { text: string; drop?: number } => !!p.text)
    .map((p, i) => ({ text: p.text, sep: i === 0 ? sep : 'inline', ...(p.drop !== undefined ? { drop: p.drop } : {}) }));
};

/**
 * What the user said about contacting the lender, then the recorded contacts
 * in date order. Empty when there are none: no sentence claims a contact the
 * case does not record. `ticketPlaceholder` shows 【工单号】 for a contact without
 * a number (the regulator forwards the complaint, and the number lets the
 * lender find it).
 */
export const historyBlocks = (ctx: TemplateContext, addressee: 'lender' | 'third-party', ticketPlaceholder: boolean): Block[] => {
  const lender = addressee === 'lender';
  const said = [ctx.claim(lender ? 'complained' : 'complained-third'), ctx.claim(lender ? 'asked' : 'asked-third')];
  const lines = ctx.claimEach([lender ? 'contact' : 'contact-third', 'contact-regulator'], ticketPlaceholder ? ['ref'] : []);
  const blocks: Block[] = said.filter((s): s is string => !!s).map((text, i) => ({ text, sep: i === 0 ? 'paragraph' : 'inline' }));
  if (lines.length === 0) return blocks.map((b) => ({ ...b, drop: DROP.history }));
  blocks.push({ text: ctx.frame('history-heading') });
  for (const text of lines) blocks.push({ text, sep: 'line' });
  return blocks.map((b) => ({ ...b, drop: DROP.history }));
};

/**
 * The numbered request list: the engine's `request` clauses when it chose any,
 * otherwise the template's own `defaults`; then the engine's `remedy` clauses.
 * `useEngine` false (the regulator: the engine's requests address the lender
 * as 贵司) places the defaults only. A default whose backing does not hold (the
 * reply for another kind of lender) is left out.
 */
export const requestBlocks = (ctx: TemplateContext, defaults: readonly RequestId[], useEngine: boolean): Block[] => {
  const clauses = useEngine ? placeableClauses(ctx.data) : [];
  const requests = clauses.filter((c) => c.kind === 'request');
  const remedies = clauses.filter((c) => c.kind === 'remedy');
  const item = (text: string): Block => ({ text, sep: 'line', numbered: true });
  const own = defaults.map((id) => ctx.request(id)).filter((t): t is string => !!t);
  return [...(requests.length > 0 ? requests.map((c) => item(ctx.place(c))) : own.map(item)), ...remedies.map((c) => item(ctx.place(c)))];
};
