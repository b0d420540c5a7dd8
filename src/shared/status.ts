// The normalised credit-line statuses that status detection produces and the
// rule engine consumes. Plain data with no zod, so the content script can use
// it without pulling a validator into every lender page.
// Meanings follow ../shared/domain/facts.md §8 (glossary of status phrases).
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
