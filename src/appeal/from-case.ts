// From a stored case (plus the engine's diagnosis) to the renderer's input:
// the one mapping the worker (popup) and the options page share. Pure.
// Everything a text may state comes through here, from the case's own fields
// (README.md#appeal-text): nothing is inferred, so an answer the user did not
// give stays unknown.
import type { Case, Note } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import type { Diagnosis } from '../rules/output';
import { localToday } from '../rules/dates';
import type { Product } from '../shared/products';
import { PRODUCT_LABEL } from '../shared/products';
import { STATUS_LABEL } from '../shared/status';
import type { AppealInput, Contact } from './types';
import type { Bilingual } from '../shared/bilingual';

/**
 * Lenders of record where the sources establish them: 借呗/花呗 moved to
 * 重庆蚂蚁消费金融有限公司 (docs/sources.md#ant-2021, ✅ news); 微粒贷 is WeBank's (docs/sources.md#desktop-pages).
 * Anything else uses what the user typed, or stays a placeholder.
 */
const LENDER_OF_RECORD: Partial<Record<Product, Bilingual>> = {
  jiebei: { zh: '重庆蚂蚁消费金融有限公司', en: 'Chongqing Ant Consumer Finance Co., Ltd.' },
  huabei: { zh: '重庆蚂蚁消费金融有限公司', en: 'Chongqing Ant Consumer Finance Co., Ltd.' },
  weilidai: { zh: '微众银行', en: 'WeBank' },
};

/**
 * Products whose lender is a bank (docs/sources.md#complaint-time-limits: the
 * complaint Measures bind banks and insurers): a bank's credit card, WeBank's
 * 微粒贷, and the bank-funded loans of the 信用贷 page (docs/sources.md#ant-2021).
 * Consumer finance companies and platforms are `other`: the texts refer to the
 * clock (参照) rather than say it binds them.
 */
const BANK_PRODUCTS: ReadonlySet<Product> = new Set(['bank-card', 'weilidai', 'xinyongdai']);

// A lender the user typed whose name says it is a bank or an insurer (and not a
// consumer finance, small-loan or guarantee company that merely names one).
const BANK_OR_INSURER = /银行|保险|\bbank\b|insurance/i;
const NOT_A_BANK = /消费金融|小额贷款|小贷|融资担保|consumer finance/i;

const lenderKind = (product: Product | undefined, lender: string | undefined): AppealInput['lenderKind'] =>
  (product && BANK_PRODUCTS.has(product)) || (lender && BANK_OR_INSURER.test(lender) && !NOT_A_BANK.test(lender))
    ? 'bank-insurer'
    : 'other';

const SUMMARY_MAX = 80;

/** A note's words as its summary, cut at SUMMARY_MAX with a visible "…". */
const summaryOf = (text: string): string | undefined => {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  const chars = Array.from(line);
  return chars.length <= SUMMARY_MAX ? line : `${chars.slice(0, SUMMARY_MAX - 1).join('')}…`;
};

/**
 * A timeline note as a contact. A note that records using one of our texts
 * (it carries the appeal text) has our own words for its text, not the user's,
 * so it gives the day and channel without a summary.
 */
const contactOf = (n: Note): Contact => {
  const summary = n.appealText ? undefined : summaryOf(n.text);
  return { date: localToday(new Date(n.at)), channel: n.channel, ...(n.ref ? { ref: n.ref } : {}), ...(summary ? { summary } : {}) };
};

/** Where an exhibit came from: a screenshot when its record says so, else a page reading. */
const exhibitSource = (e: Exhibit): 'page' | 'screenshot' => ('source' in e && e.source === 'screenshot' ? 'screenshot' : 'page');

export interface AppealSources {
  theCase: Case;
  diagnosis: Diagnosis;
  /** Readable (unlocked) timeline entries of the case. */
  notes?: readonly Note[];
  exhibits?: readonly Exhibit[];
  /** YYYY-MM-DD: the day the text is written. */
  today: string;
  /** The user's name, if they chose to keep it in the settings. */
  name?: string;
}

export function appealInputFromCase({ theCase, diagnosis, notes = [], exhibits = [], today, name }: AppealSources): AppealInput {
  const latest = [...exhibits].sort((a, b) => (a.observedAt < b.observedAt ? 1 : -1))[0];
  const contacts = notes.filter((n) => n.channel !== 'other' || n.ref).map(contactOf);
  const product = theCase.product;
  const lender = (product && LENDER_OF_RECORD[product]) ?? theCase.lender;
  const status = theCase.status ?? latest?.status;
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(theCase.answers)) if (typeof value === 'string') answers[key] = value;
  return {
    ...(lender ? { lender } : {}),
    lenderKind: lenderKind(product, theCase.lender),
    ...(product && product !== 'other' ? { product: PRODUCT_LABEL[product] } : {}),
    ...(status && status !== 'unknown' ? { status: STATUS_LABEL[status] } : {}),
    // The day the user lived it: the exhibit's instant in the browser's own time zone.
    ...(latest ? { exhibit: { text: latest.text, day: localToday(new Date(latest.observedAt)), source: exhibitSource(latest) } } : {}),
    dateWritten: today,
    ...(theCase.accountRef ? { accountRef: theCase.accountRef } : {}),
    ...(name ? { name } : {}),
    ...(contacts.length ? { contacts } : {}),
    answers,
    dates: { ...theCase.dates },
    clauses: diagnosis.clauses.map((c) => ({ id: c.id, kind: c.kind, text: c.text, sources: [...c.sources] })),
  };
}
