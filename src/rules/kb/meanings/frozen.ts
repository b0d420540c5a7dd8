// 已冻结 / 逾期冻结 (docs/sources.md#status-wording 🟡): may lift after full repayment and a re-evaluation.
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'frozen',
  meaning: {
    zh: '额度已被冻结：暂时不能使用，但不等于注销。用户反映，冻结常与逾期未还或风控核查有关，全部还清并重新评估后可能恢复。',
    en: 'The line is frozen: it cannot be used for now, which is not the same as cancelled. Users report that freezes often follow an unpaid overdue balance or a risk check, and that the line may return after full repayment and a re-evaluation.',
  },
  now: {
    zh: '冻结期间不能用这条额度；已经借的款项照常按计划还。',
    en: 'While it is frozen you cannot use the line; loans already drawn are repaid on schedule as before.',
  },
  summary: {
    zh: '暂时不能用，已借的照常还；可以先核对各产品的还款记录。',
    en: 'Unusable for now; keep repaying on schedule, and check the repayment records of each product.',
  },
  common: ['credit-evaluation', 'device-change', 'report-error'],
  sources: [SOURCE['afqmc-atec'], SOURCE['credit-reg-16']],
});
