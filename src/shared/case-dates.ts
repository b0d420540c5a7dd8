// Milestone days a user records on a case, in escalation order (docs/sources.md#regulators
// "Escalation order supported by the sources"). Plain data, no zod, so the
// engine, the case schema and the popup share one list.

/** Dates the user recorded for their case, all ISO `YYYY-MM-DD`. */
export const CASE_DATE_KEYS = [
  'lineChanged', // the day the line was closed, frozen or cut (or first seen so)
  'overdueRepaid', // the day the user says an overdue balance was fully repaid (征信业管理条例 Art. 16 counts from it)
  'firstContact', // first time the user asked the lender's customer service
  'lenderComplaint', // formal complaint (投诉) filed with the lender: starts the 15-day clock
  'lenderReply', // the lender's decision on that complaint
  'regulatorComplaint', // complaint to NFRA 12378 or the 金融消费者保护服务平台
  'regulatorReply',
  'creditObjection', // 异议 to the credit reference centre or the reporting lender: 20-day clock
  'creditObjectionReply',
  'pbocComplaint', // complaint to the local PBOC branch: 30-day clock
  'pbocReply',
  'courtFiling',
] as const;
export type CaseDateKey = (typeof CASE_DATE_KEYS)[number];
