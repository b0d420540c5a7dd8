// From a stored case (plus the engine's diagnosis) to the renderer's input:
// the one mapping the worker (popup) and the options page share. Pure.
import type { Case, Note, Exhibit } from '../shared/case';
import type { Diagnosis } from '../rules/types';
import { PRODUCT_LABEL } from '../shared/products';
import { STATUS_LABEL } from '../shared/status';
import type { AppealInput, Contact } from './types';
import type { Bilingual } from '../shared/bilingual';

/**
 * Lenders of record where the sources establish them: 借呗/花呗 moved to
 * 重庆蚂蚁消费金融有限公司 (docs/sources.md#ant-2021, ✅ news); 微粒贷 is WeBank's (docs/sources.md#desktop-pages).
 * Anything else uses what the user typed, or stays a placeholder.
 */
const LENDER_OF_RECORD: Partial<Record<NonNullable<Case['product']>, Bilingual>> = {
  jiebei: { zh: '重庆蚂蚁消费金融有限公司', en: 'Chongqing Ant Consumer Finance Co., Ltd.' },
  huabei: { zh: '重庆蚂蚁消费金融有限公司', en: 'Chongqing Ant Consumer Finance Co., Ltd.' },
  weilidai: { zh: '微众银行', en: 'WeBank' },
};

const SUMMARY_MAX = 80;

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
  const contacts: Contact[] = notes
    .filter((n) => n.channel !== 'other' || n.ref)
    .map((n) => ({
      date: n.at.slice(0, 10),
      channel: n.channel,
      ...(n.ref ? { ref: n.ref } : {}),
      ...(n.text ? { summary: n.text.replace(/\s+/g, ' ').trim().slice(0, SUMMARY_MAX) } : {}),
    }));
  const product = theCase.product;
  const lender = (product && LENDER_OF_RECORD[product]) ?? theCase.lender;
  const status = theCase.status ?? latest?.status;
  // Only a user-confirmed, verifiable fact (docs/sources.md#wording-rules): "no late repayment in the past year".
  const onTime = theCase.answers.q_overdue === 'none';
  return {
    ...(lender ? { lender } : {}),
    ...(product && product !== 'other' ? { product: PRODUCT_LABEL[product] } : {}),
    ...(status && status !== 'unknown' ? { status: STATUS_LABEL[status] } : {}),
    ...(latest ? { evidence: latest.text } : {}),
    ...(theCase.dates.lineChanged ? { dateSeen: theCase.dates.lineChanged } : latest ? { dateSeen: latest.observedAt.slice(0, 10) } : {}),
    dateWritten: today,
    ...(theCase.accountRef ? { accountRef: theCase.accountRef } : {}),
    ...(name ? { name } : {}),
    ...(contacts.length ? { contacts } : {}),
    ...(onTime ? { onTimeRepayment: true } : {}),
    ...(theCase.dates.lenderReply ? { writtenReplyReceived: true } : {}),
    clauses: diagnosis.clauses.map((c) => ({ id: c.id, kind: c.kind, text: c.text, sources: [...c.sources] })),
  };
}
