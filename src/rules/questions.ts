// The questionnaire as data: at most 10 questions, each skippable. An answer
// lands in `facts.answers[question.id]`; the option `unsure` (and a skipped
// question) leaves the fact unknown, which lowers confidence and never breaks a
// rule (engine.ts, three-valued logic). Option texts are statements so they
// read as evidence: "你回答：近 3 个月在 4 家以上平台申请过借款".
// Which questions to ask follows docs/sources.md#causes (causes) and docs/sources.md#user-complaints (complaints).
import type { Bilingual, CaseDateKey } from './types';

export type QuestionOption = {
  value: string;
  /** Shown as the answer and, after "你回答：", as evidence. */
  text: Bilingual;
  /** Ask for this date too when the option is chosen. */
  dateFact?: CaseDateKey;
};

export type Question = {
  id: string;
  text: Bilingual;
  /** Short label used in "what would change" lines. */
  short: Bilingual;
  options: readonly QuestionOption[];
};

import { UNSURE } from './types';

export { UNSURE };

const unsure: QuestionOption = { value: UNSURE, text: { zh: '不确定', en: 'Not sure' } };
const yes = (zh: string, en: string): QuestionOption => ({ value: 'yes', text: { zh, en } });
const no = (zh: string, en: string): QuestionOption => ({ value: 'no', text: { zh, en } });

export const defineQuestion = (q: Question) => q;

export const QUESTIONS: readonly Question[] = [
  defineQuestion({
    id: 'q_overdue',
    text: { zh: '最近一年有没有逾期还款？', en: 'Have you repaid anything late in the past year?' },
    short: { zh: '是否逾期', en: 'late repayment' },
    options: [
      { value: 'none', text: { zh: '最近一年没有逾期', en: 'No late repayment in the past year' } },
      // docs/sources.md#causes: overdue on 花呗/备用金 can affect 借呗 (same group)
      {
        value: 'same_group',
        text: { zh: '同一平台的其他产品逾期过（如花呗、备用金）', en: 'Late on another product of the same platform (e.g. Huabei)' },
      },
      { value: 'other', text: { zh: '其他平台或银行逾期过', en: 'Late with another lender or bank' } },
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_applications',
    text: { zh: '近 3 个月在几家平台申请过借款？', en: 'With how many lenders did you apply in the last 3 months?' },
    short: { zh: '近期申请借款的平台数', en: 'recent loan applications' },
    options: [
      { value: 'none', text: { zh: '近 3 个月没有申请过借款', en: 'No loan applications in the last 3 months' } },
      { value: 'few', text: { zh: '近 3 个月在 1–3 家平台申请过借款', en: 'Applied with 1–3 lenders in the last 3 months' } },
      { value: 'many', text: { zh: '近 3 个月在 4 家以上平台申请过借款', en: 'Applied with 4 or more lenders in the last 3 months' } },
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_score_drop',
    text: { zh: '芝麻分或其他信用分最近明显下降了吗？', en: 'Has your Sesame score or another credit score dropped recently?' },
    short: { zh: '信用分是否下降', en: 'score drop' },
    options: [
      yes('信用分最近明显下降', 'My credit score dropped recently'),
      no('信用分没有明显变化', 'My credit score did not drop'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_id_expired',
    text: { zh: '身份证是否过期，或实名信息没有更新？', en: 'Has your ID card expired, or is your real-name information out of date?' },
    short: { zh: '身份证是否过期', en: 'ID expiry' },
    options: [
      yes('身份证已过期或实名信息未更新', 'My ID expired or my real-name data is outdated'),
      no('身份证在有效期内', 'My ID is valid'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_device_change',
    text: {
      zh: '最近换过手机号、手机，或在新设备上登录过吗？',
      en: 'Did you recently change phone number or phone, or log in on a new device?',
    },
    short: { zh: '是否换过手机或号码', en: 'phone or device change' },
    options: [
      yes('最近换过手机号、手机或登录设备', 'I recently changed phone number, phone or device'),
      no('没有换过手机或号码', 'No phone or device change'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_fund_use',
    text: { zh: '借来的钱主要用在哪里？', en: 'What did you mainly use the borrowed money for?' },
    short: { zh: '借款用途', en: 'use of funds' },
    options: [
      { value: 'consumption', text: { zh: '借款用于日常消费', en: 'Borrowed money went to everyday spending' } },
      { value: 'business', text: { zh: '借款用于经营周转', en: 'Borrowed money went to my business' } },
      {
        value: 'house_stock',
        text: { zh: '借款用于买房、炒股或其他投资', en: 'Borrowed money went to property, stocks or other investment' },
      },
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_usage',
    text: { zh: '你平时怎么使用这个额度？', en: 'How do you usually use this credit line?' },
    short: { zh: '使用方式', en: 'how the line is used' },
    options: [
      { value: 'regular', text: { zh: '正常使用并按期还款', en: 'Normal use, repaid on schedule' } },
      { value: 'rarely', text: { zh: '很少使用或从未使用', en: 'Rarely or never used' } },
      { value: 'large_frequent', text: { zh: '经常短期内大额借款或提款', en: 'Frequent large short-term borrowing or withdrawals' } },
      {
        value: 'cash_out',
        text: { zh: '曾通过刷单、虚构交易等方式把额度变现', en: 'Turned the line into cash via fake or self-made purchases' },
      },
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_business',
    text: { zh: '你是个体工商户或小微企业主吗？', en: 'Do you run a small business or sole proprietorship?' },
    short: { zh: '是否经营生意', en: 'business owner' },
    options: [
      { value: 'shop', text: { zh: '在支付宝开店或用收钱码经营', en: 'I run a shop or take payments on Alipay' } },
      { value: 'owner', text: { zh: '经营个体户或小微企业', en: 'I run a sole proprietorship or small firm' } },
      no('不经营生意', 'I do not run a business'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_report',
    text: { zh: '查过自己的征信报告吗？', en: 'Have you checked your PBOC credit report?' },
    short: { zh: '征信报告', en: 'credit report' },
    options: [
      { value: 'errors', text: { zh: '征信报告里有错误或不认识的记录', en: 'My credit report has errors or records I do not recognise' } },
      { value: 'clean', text: { zh: '查过征信报告，没发现问题', en: 'I checked my credit report and found no problem' } },
      { value: 'not_checked', text: { zh: '还没查过征信报告', en: 'I have not checked my credit report' } },
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_contacted',
    text: { zh: '联系过贷款机构吗？', en: 'Have you contacted the lender?' },
    short: { zh: '是否联系过贷款机构', en: 'contact with the lender' },
    options: [
      {
        value: 'complained',
        text: { zh: '已向贷款机构正式投诉', en: 'I filed a formal complaint with the lender' },
        dateFact: 'lenderComplaint',
      },
      {
        value: 'asked',
        text: { zh: '问过客服，但没有正式投诉', en: 'I asked customer service but did not complain formally' },
        dateFact: 'firstContact',
      },
      no('还没联系过贷款机构', 'I have not contacted the lender'),
      unsure,
    ],
  }),
];

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));
