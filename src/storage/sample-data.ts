// Deterministic sample records for the storage tests and the bench
// (bench/store.bench.ts runs the same workload in Node and in Chromium).
// Plain data builders only; nothing here touches a database.
import type { Case, Note, Exhibit } from '../shared/case';
import { CONTACT_CHANNELS } from '../shared/channels';

const PACKS = ['alipay-jiebei', 'webank-weilidai', 'jd-baitiao', 'meituan'] as const;

/** The i-th sample case, with a stable id `case-<i>`. */
export const sampleCase = (i: number, overrides: Partial<Case> = {}): Case => ({
  id: `case-${i}`,
  createdAt: new Date(Date.UTC(2025, 0, 1 + (i % 28), 8)).toISOString(),
  updatedAt: new Date(Date.UTC(2025, 1, 1 + (i % 28), 8)).toISOString(),
  lender: PACKS[i % PACKS.length] ?? 'other',
  product: 'jiebei',
  status: 'closed',
  title: `借呗额度关闭 #${i}`,
  answers: { overdue: false, months: i % 12 },
  checklist: { 'pull-credit-report': i % 2 === 0 },
  dates: { lineChanged: '2025-01-02', firstContact: '2025-01-05' },
  ...overrides,
});

const PHRASES = [
  '客服说综合评估未通过，无法给出具体原因',
  '要求说明自动化决策的理由（个人信息保护法第二十四条）',
  'Agent promised a written reply within 15 days',
  '已在金融消费者保护服务平台提交投诉',
  '征信异议已受理，20日内答复',
  'Called 95188, waited 20 minutes',
];

/** The i-th sample note on `caseId`, with a stable id `note-<i>` and a ticket ref. */
export const sampleNote = (i: number, caseId: string, overrides: Partial<Note> = {}): Note => ({
  id: `note-${i}`,
  caseId,
  at: new Date(Date.UTC(2025, 2, 1, 0, 0, i)).toISOString(),
  channel: CONTACT_CHANNELS[i % CONTACT_CHANNELS.length]!,
  ref: `T${100000 + i}`,
  text: `${PHRASES[i % PHRASES.length] ?? ''} (${i})`,
  ...overrides,
});

/** The i-th sample page exhibit on `caseId`. */
export const sampleExhibit = (i: number, caseId: string, overrides: Partial<Exhibit> = {}): Exhibit => ({
  id: `obs-${i}`,
  caseId,
  url: `https://www.alipay.com/credit/status?i=${i}`,
  observedAt: new Date(Date.UTC(2025, 1, 1, 0, i)).toISOString(),
  status: 'closed',
  text: '额度已关闭',
  ...overrides,
});
