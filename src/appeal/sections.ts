// Sections several templates share, so the same fact is worded the same way in
// every channel. Each returns Blocks (define.ts); drop groups are chosen so
// that fitting a form removes detail before substance:
//   1 contact history   2 page quotation   3 engine facts   4 on-time fact
// Requests, the deadline sentence and the status sentence are never dropped.
import type { Block, TemplateContext } from './define';
import type { SourcedText } from './requests';

export const DROP = { history: 1, evidence: 2, facts: 3, onTime: 4 } as const;

/**
 * "On {date} the {product} page showed {status}." plus, where known, the page
 * quotation, the engine's fact clauses and the user-confirmed on-time fact.
 * The on-time sentence appears ONLY when `onTimeRepayment` is true (docs/sources.md#wording-rules:
 * state facts the user can verify; never invent).
 */
export const factBlocks = (ctx: TemplateContext, opening: Block): Block[] => {
  const { data } = ctx;
  const blocks: Block[] = [opening];
  // The quotation adds nothing when it is the status label itself.
  if (data.evidence && data.evidence !== data.status) {
    blocks.push({
      text: ctx.t({ zh: '页面原文为：“{{evidence}}”。', en: 'The page read: "{{evidence}}".' }),
      sep: 'inline',
      drop: DROP.evidence,
    });
  }
  for (const c of data.clauses) if (c.kind === 'fact') blocks.push({ text: ctx.place(c), sep: 'inline', drop: DROP.facts });
  if (data.onTimeRepayment) {
    blocks.push({
      text: ctx.t({
        zh: '我一直按合同约定按时还款，还款记录可供核实。',
        en: 'I have always repaid on time under the contract, and my repayment records can be checked.',
      }),
      sep: 'inline',
      drop: DROP.onTime,
    });
  }
  return blocks;
};

/**
 * Prior contacts in date order. Empty when there are none: we never write a
 * sentence claiming a contact the case does not record (README.md#appeal-text brief). The
 * "no written reply yet" sentence appears only when contacts exist and the
 * case does not record a written reply.
 */
export const historyBlocks = (
  ctx: TemplateContext,
  heading: Block,
  addressee: 'lender' | 'third-party',
  ticketPlaceholder: boolean,
): Block[] => {
  const { contacts } = ctx.data;
  if (contacts.length === 0) return [];
  const blocks: Block[] = [{ ...heading, drop: DROP.history }];
  for (const c of contacts) blocks.push({ text: ctx.contactLine(c, addressee, ticketPlaceholder), sep: 'line', drop: DROP.history });
  if (!ctx.data.writtenReplyReceived) {
    blocks.push({
      text: ctx.t(
        addressee === 'lender'
          ? {
              zh: '截至目前，我尚未收到贵司就具体原因的书面答复。',
              en: 'So far I have not received a written reply from you giving the specific reason.',
            }
          : {
              zh: '截至目前，我尚未收到该机构就具体原因的书面答复。',
              en: 'So far I have not received a written reply from the lender giving the specific reason.',
            },
      ),
      sep: 'line',
      drop: DROP.history,
    });
  }
  return blocks;
};

/**
 * The numbered request list: the engine's `request` clauses when it chose any,
 * otherwise the template's own `defaults`; then the engine's `remedy` clauses.
 * `useEngine` false (regulator: the engine's requests address the lender as
 * 贵司) places the defaults only.
 */
export const requestBlocks = (ctx: TemplateContext, defaults: readonly SourcedText[], useEngine: boolean): Block[] => {
  const clauses = useEngine ? ctx.data.clauses : [];
  const requests = clauses.filter((c) => c.kind === 'request');
  const remedies = clauses.filter((c) => c.kind === 'remedy');
  const item = (text: string): Block => ({ text, sep: 'line', numbered: true });
  return [
    ...(requests.length > 0 ? requests.map((c) => item(ctx.place(c))) : defaults.map((d) => item(ctx.t(d.text)))),
    ...remedies.map((c) => item(ctx.place(c))),
  ];
};
