// Shared test cases for the appeal tests (not shipped: only *.test.ts import it).
import type { AppealClause, AppealInput } from './types';

/** Every field known; every contact has a ticket number. */
export const FULL: AppealInput = {
  lender: '重庆蚂蚁消费金融有限公司',
  product: '支付宝借呗',
  status: '额度已关闭',
  evidence: '你当前暂无借呗额度',
  dateSeen: '2025-03-02',
  dateWritten: '2025-03-20',
  accountRef: '6222021234567890123',
  name: '张三',
  contacts: [
    { date: '2025-03-10', channel: 'chat', ref: 'CS88231', summary: '客服称系综合评估结果' },
    { date: '2025-03-05', channel: 'phone', ref: 'T20250305001' },
  ],
  onTimeRepayment: true,
  creditReportEntry: { institution: '重庆蚂蚁消费金融有限公司', item: '2024年6月的逾期记录', whatIsWrong: '该笔款项已于到期日前还清' },
  clauses: [],
};

export const CLAUSES: AppealClause[] = [
  {
    id: 'fact-id-valid',
    kind: 'fact',
    text: { zh: '我的身份证件在有效期内，实名信息已更新。', en: 'My ID document is valid and my real-name details are up to date.' },
    sources: [{ id: 'caijin51-30201' }],
  },
  {
    id: 'request-credit-report',
    kind: 'request',
    text: { zh: '请告知该决定是否参考了我的个人信用报告。', en: 'Please tell me whether the decision used my personal credit report.' },
    sources: [{ id: 'pipl-24' }],
  },
  {
    id: 'remedy-restore',
    kind: 'remedy',
    text: {
      zh: '如经复核确认该决定依据的信息有误，请重新评估我的额度。',
      en: 'If the review finds the decision relied on wrong information, please re-assess my credit line.',
    },
    sources: [{ id: 'pipl-46' }],
  },
];

export const FULL_WITH_CLAUSES: AppealInput = { ...FULL, clauses: CLAUSES };

export const EMPTY: AppealInput = {};

const long = (s: string) => s.repeat(40);

/** Oversized values: caps must keep the short channels within their limits. */
export const LONG: AppealInput = {
  ...FULL_WITH_CLAUSES,
  lender: long('某某某某消费金融股份有限公司'),
  product: long('超长产品名称'),
  status: long('综合评估暂时无法使用'),
  evidence: long('页面文字'),
  accountRef: `${long('a')}@${long('b')}.example.com`,
  name: long('名'),
};

/** The user-provided strings of a case, for "no CJK except names passed in" checks. */
export const userStrings = (input: AppealInput): string[] => {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  add([input.lender, input.product, input.status, input.evidence, input.name, input.contacts, input.creditReportEntry]);
  for (const c of input.clauses ?? []) add(c.text);
  // Longest first, so a name inside a longer value is removed with it.
  return out.filter(Boolean).sort((a, b) => b.length - a.length);
};
