// Bilingual wording for evidence lines ("页面显示「…」", "你回答：…") and for
// "what would change" lines. Built only for the few rules that fired or came
// closest, never inside the evaluation loop.
import { PRODUCT_LABEL, type Product } from '../shared/products';
import { STATUS_LABEL, type Status } from '../shared/status';
import type { FactTable, Unmet } from './engine';
import { QUESTION_BY_ID } from './questions';
import type { Bilingual, CaseDateKey, Leaf } from './types';

const b = (zh: string, en: string): Bilingual => ({ zh, en });

export const CASE_DATE_LABEL: Record<CaseDateKey, Bilingual> = {
  lineChanged: b('额度变化之日', 'day the line changed'),
  overdueRepaid: b('逾期还清之日', 'day the overdue was repaid'),
  firstContact: b('首次联系客服', 'first contact'),
  lenderComplaint: b('向贷款机构投诉', 'complaint to the lender'),
  lenderReply: b('贷款机构答复', "lender's reply"),
  regulatorComplaint: b('向监管投诉', 'complaint to the regulator'),
  regulatorReply: b('监管答复', "regulator's reply"),
  creditObjection: b('征信异议', 'credit-report objection'),
  creditObjectionReply: b('异议答复', 'objection reply'),
  pbocComplaint: b('向人民银行分支机构投诉', 'complaint to the PBOC branch'),
  pbocReply: b('人民银行答复', "PBOC's reply"),
  courtFiling: b('向法院起诉', 'court filing'),
};

const FACT_LABEL: Record<string, Bilingual> = {
  lender: b('贷款机构', 'lender'),
  product: b('产品', 'product'),
  productGroup: b('产品所属平台', 'platform'),
  'status.status': b('页面状态', 'page status'),
  'status.evidence': b('页面文字', 'page text'),
  'status.months': b('等待月数', 'months to wait'),
  'status.limitBefore': b('原额度', 'previous limit'),
  'status.limitAfter': b('新额度', 'new limit'),
  'status.limitCutRatio': b('额度降幅', 'size of the cut'),
};

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

function factLabel(fact: string): Bilingual {
  if (fact.startsWith('answers.')) return QUESTION_BY_ID.get(fact.slice(8))?.short ?? b(fact, fact);
  if (fact.startsWith('caseDates.')) return CASE_DATE_LABEL[fact.slice(10) as CaseDateKey] ?? b(fact, fact);
  return FACT_LABEL[fact] ?? b(fact, fact);
}

/** A fact value in words: an answer option, a status, a product, or the raw value. */
function valueLabel(fact: string, value: unknown): Bilingual {
  const s = String(value);
  if (fact.startsWith('answers.')) {
    const opt = QUESTION_BY_ID.get(fact.slice(8))?.options.find((o) => o.value === value);
    if (opt) return opt.text;
  }
  if (fact === 'status.status' && s in STATUS_LABEL) return STATUS_LABEL[s as Status];
  if (fact === 'product' && s in PRODUCT_LABEL) return PRODUCT_LABEL[s as Product];
  if (fact === 'status.limitCutRatio' && typeof value === 'number') {
    const pct = `${Math.round(value * 100)}%`;
    return b(pct, pct);
  }
  return b(s, s);
}

/** The evidence line for a fact that fired a rule, with its actual value. */
export function describeEvidence(fact: string, table: FactTable): Bilingual | undefined {
  // Lines for answers and the product depend only on (fact, value), drawn from
  // small fixed sets: word each once per worker. Others (page text, amounts,
  // dates) depend on the case: word each once per diagnosis.
  const value = table.values[fact];
  if (value === undefined) return undefined;
  if (fact.startsWith('answers.') || fact === 'product' || fact === 'productGroup') {
    let byValue = FIXED_LINES.get(fact);
    if (!byValue) FIXED_LINES.set(fact, (byValue = new Map()));
    if (byValue.has(value)) return byValue.get(value);
    const line = wordEvidence(fact, table);
    if (byValue.size < 50) byValue.set(value, line); // bounded: a question has a few options
    return line;
  }
  const cache = (table.evidence ??= new Map());
  if (cache.has(fact)) return cache.get(fact);
  const line = wordEvidence(fact, table);
  cache.set(fact, line);
  return line;
}

/** Answer and product lines by fact, then value (bounded: questions × options). */
const FIXED_LINES = new Map<string, Map<unknown, Bilingual | undefined>>();

function wordEvidence(fact: string, table: FactTable): Bilingual | undefined {
  const v = table.values;
  const value = v[fact];
  if (value === undefined) return undefined;
  if (fact === 'status.status' || fact === 'status.evidence') {
    const text = v['status.evidence'];
    if (typeof text === 'string' && text !== '') return b(`页面显示「${clip(text)}」`, `The page shows "${clip(text)}"`);
    const l = valueLabel('status.status', v['status.status']);
    return b(`页面状态：${l.zh}`, `Page status: ${l.en}`);
  }
  if (fact === 'status.months') return b(`页面提示 ${value} 个月后再试`, `The page says to try again in ${value} months`);
  if (fact.startsWith('status.limit')) {
    const before = v['status.limitBefore'];
    const after = v['status.limitAfter'];
    if (before !== undefined && after !== undefined)
      return b(`额度从 ${before} 元降至 ${after} 元`, `Limit cut from ${before} to ${after} yuan`);
  }
  if (fact.startsWith('answers.')) {
    const l = valueLabel(fact, value);
    return b(`你回答：${l.zh}`, `You answered: ${l.en}`);
  }
  const label = factLabel(fact);
  const l = valueLabel(fact, value);
  return b(`${label.zh}：${l.zh}`, `${label.en}: ${l.en}`);
}

// Operators that say the opposite, used to word a leaf that must become false.
const NEGATED: Record<string, Leaf['operator']> = {
  equal: 'notEqual',
  notEqual: 'equal',
  in: 'notIn',
  notIn: 'in',
  lessThan: 'greaterThanInclusive',
  greaterThanInclusive: 'lessThan',
  greaterThan: 'lessThanInclusive',
  lessThanInclusive: 'greaterThan',
  contains: 'doesNotContain',
  doesNotContain: 'contains',
  exists: 'notExists',
  notExists: 'exists',
  dateBeforeDays: 'dateAfterDays',
  dateAfterDays: 'dateBeforeDays',
};

/** One unmet condition in words, e.g. "你的回答是「…」" / "you answer "…"". */
export function describeCondition({ leaf, positive }: Unmet): Bilingual {
  const op = positive ? leaf.operator : (NEGATED[leaf.operator] ?? leaf.operator);
  const { fact } = leaf;
  const label = factLabel(fact);
  const values = (Array.isArray(leaf.value) ? leaf.value : [leaf.value]).map((x) => valueLabel(fact, x));
  const zhVals = values.map((x) => `「${x.zh}」`).join('或');
  const enVals = values.map((x) => `"${x.en}"`).join(' or ');
  const isAnswer = fact.startsWith('answers.');
  switch (op) {
    case 'equal':
    case 'in':
      return isAnswer ? b(`你的回答是${zhVals}`, `you answer ${enVals}`) : b(`${label.zh}为${zhVals}`, `${label.en} is ${enVals}`);
    case 'notEqual':
    case 'notIn':
      return isAnswer
        ? b(`你的回答不是${zhVals}`, `you do not answer ${enVals}`)
        : b(`${label.zh}不是${zhVals}`, `${label.en} is not ${enVals}`);
    case 'exists':
      return b(`已知${label.zh}`, `${label.en} is known`);
    case 'notExists':
      return b(`没有${label.zh}`, `there is no ${label.en}`);
    case 'contains':
      return b(`${label.zh}包含${zhVals}`, `${label.en} contains ${enVals}`);
    case 'doesNotContain':
      return b(`${label.zh}不含${zhVals}`, `${label.en} lacks ${enVals}`);
    case 'dateBeforeDays':
    case 'dateAfterDays': {
      const n = Number(leaf.value);
      const before = op === 'dateBeforeDays';
      if (n <= 0) {
        const d = -n;
        return before
          ? b(`${label.zh}已超过 ${d} 天`, `${label.en} was over ${d} days ago`)
          : b(`${label.zh}在最近 ${d} 天内`, `${label.en} was within ${d} days`);
      }
      return before
        ? b(`${label.zh}早于 ${n} 天后`, `${label.en} is before ${n} days from now`)
        : b(`${label.zh}晚于 ${n} 天后`, `${label.en} is over ${n} days from now`);
    }
    default: {
      const sym = { lessThan: '<', lessThanInclusive: '≤', greaterThan: '>', greaterThanInclusive: '≥' }[op] ?? op;
      return b(`${label.zh} ${sym} ${values[0]?.zh ?? ''}`, `${label.en} ${sym} ${values[0]?.en ?? ''}`);
    }
  }
}
