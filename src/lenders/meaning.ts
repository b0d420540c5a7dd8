// What each status usually means, in plain words, for the page tip and the
// popup. Wording follows the "Likely meaning" column of
// docs/sources.md#status-wording; every row there except 信用贷 is user-reported
// (🟡), so these are phrased as "usually" / "often", never as certainties.
import type { Status } from '../shared/status';

const MEANINGS: Record<Status, readonly [zh: string, en: string]> = {
  closed: [
    '贷款机构收回了这条额度。已借的款项仍按合同还款；页面通常不会写出具体原因。',
    'The lender withdrew the line. Existing loans are still repaid under the contract; the page usually gives no reason.',
  ],
  frozen: [
    '额度被冻结，常见于有逾期未还的情况；全部还清并经重新评估后可能恢复（用户反馈）。',
    'The line is frozen, often because of an overdue balance; users report it may return after full repayment and re-evaluation.',
  ],
  suspended: [
    '额度暂停使用，常见原因是逾期或风控标记（用户反馈，具体以官方答复为准）。',
    'The line is paused, often because of an overdue balance or a risk flag (user reports; ask the lender for the reason).',
  ],
  reduced: [
    '定期重新评估后额度被调低。这是机构的自动化评估结果，你可以要求说明理由。',
    'The line was cut after a periodic re-evaluation, an automated decision you can ask them to explain.',
  ],
  declined: [
    '自动化信用或风控模型没有通过，页面一般不给具体原因。你有权要求对该决定予以说明。',
    'The automated credit or risk model declined you; the page usually gives no specific reason. You may ask for an explanation.',
  ],
  cooling_off: [
    '被拒绝或关闭后的等待期，期满前再次申请通常不会通过。',
    'A waiting period after a decline or closure; applying again before it ends usually fails.',
  ],
  security_risk: [
    '账户安全风控（设备、登录或身份核验）。通常可通过官方客服或安全中心完成核验后解除。',
    'An account-security hold (device, login or identity checks), usually lifted after verification through official customer service.',
  ],
  unavailable: [
    '笼统的“暂时无法使用”，可能是维护、风控或政策原因，页面本身说明不了原因。',
    'A generic "unavailable": maintenance, risk control or policy; the page itself does not say which.',
  ],
  brand_split: [
    '这不是借呗额度：自 2021 年 11 月起，银行独立发放的贷款单独显示在“信用贷”页面，并写明放款机构。',
    'This is not the Jiebei line: since Nov 2021, loans funded independently by banks appear on a separate "信用贷" page naming the lender.',
  ],
  merchant_switch: [
    '你可能被识别为商户或经营者，因此看到的是网商贷（经营贷），而不是借呗。',
    'You may be served as a merchant or business borrower, so MYbank (网商贷) appears instead of Jiebei.',
  ],
  user_locked: [
    '白条锁定通常是本人在“设置 → 账户安全”中设置的，可以自行解除；这与机构注销或风控冻结不同。',
    'A Baitiao lock is usually one you set in Settings → Account security and can undo; it is not a closure or a risk freeze.',
  ],
  normal: ['额度显示为正常可用。', 'The line shows as active.'],
  unknown: [
    '页面上的信号不一致或不完整，无法可靠判断状态。请以页面原文为准。',
    'The page shows conflicting or incomplete signals, so the status cannot be told reliably. Rely on the page text itself.',
  ],
};

export function statusMeaning(status: Status, lang: 'zh' | 'en'): string {
  return MEANINGS[status][lang === 'en' ? 1 : 0];
}
