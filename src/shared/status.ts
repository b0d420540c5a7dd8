// The normalised credit-line statuses that status detection produces and the
// rule engine consumes. Plain data with no zod, so the content script can use
// it without pulling a validator into every lender page.
// Meanings follow docs/sources.md#status-wording (glossary of status phrases).
import type { Bilingual, Lang } from './bilingual';

export const STATUSES = [
  'closed', // 额度已关闭 / 已关闭: the lender withdrew the line
  'frozen', // 已冻结 / 逾期冻结: usually an overdue balance
  'suspended', // 已暂停使用 / 暂停服务
  'reduced', // 额度调降 / 额度降低
  'declined', // 经综合评估暂未通过 / 综合评分不足
  'cooling_off', // 请X个月后再试
  'security_risk', // 账户存在风险 / 安全风险
  'unavailable', // 当前无法使用 / 暂时无法提供服务
  'brand_split', // the 信用贷 page: bank-funded loans shown apart from 借呗 since 2021-11
  'merchant_switch', // 网商贷 offered instead of 借呗
  'user_locked', // 白条已锁定: a lock the user set
  'normal', // an active line
  'unknown', // nothing, or conflicting signals
] as const;

export type Status = (typeof STATUSES)[number];

export const isStatus = (value: unknown): value is Status => typeof value === 'string' && (STATUSES as readonly string[]).includes(value);

/**
 * The one table of status words: what the tip, the popup, the case file and the
 * appeal texts call each status, in plain words (meanings: docs/sources.md#status-wording).
 */
export const STATUS_LABEL: Record<Status, Bilingual> = {
  closed: { zh: '额度已被关闭', en: 'Credit line closed' },
  frozen: { zh: '额度已被冻结', en: 'Credit line frozen' },
  suspended: { zh: '额度暂停使用', en: 'Credit line suspended' },
  reduced: { zh: '额度被调低', en: 'Credit line reduced' },
  declined: { zh: '综合评估未通过', en: 'Declined after assessment' },
  cooling_off: { zh: '需要等一段时间再申请', en: 'Waiting period before you can reapply' },
  security_risk: { zh: '账户被安全风控限制', en: 'Held for an account security check' },
  unavailable: { zh: '暂时无法使用', en: 'Temporarily unavailable' },
  brand_split: { zh: '这是银行提供的信用贷页面', en: 'Bank-funded credit loan page' },
  merchant_switch: { zh: '借呗换成了网商贷', en: 'MYbank loan offered instead of Jiebei' },
  user_locked: { zh: '白条已锁定（通常是自己设置的）', en: 'Baitiao locked (usually by you)' },
  normal: { zh: '额度正常', en: 'Credit line active' },
  unknown: { zh: '状态不明确', en: 'Status unclear' },
};

export const statusLabel = (status: Status, lang: Lang): string => STATUS_LABEL[status][lang];
