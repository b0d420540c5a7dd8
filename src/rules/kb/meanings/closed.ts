// 额度已关闭: the lender withdrew the line; loans already drawn are still repaid (docs/sources.md#status-wording, docs/sources.md#user-complaints 🟡).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'closed',
  meaning: {
    zh: '额度已被关闭：贷款机构收回了这条额度。用户反映，页面通常不写具体原因。',
    en: 'The line is closed: the lender withdrew it. Users report that the page usually gives no reason.',
  },
  now: {
    zh: '现在不能再用这条额度借新款；已经借的款项仍按原合同和还款计划还。',
    en: 'You cannot borrow on this line now; loans already drawn are repaid under the contract and schedule as before.',
  },
  summary: {
    zh: '不能再借新款；已借的按原计划还，按时还款对征信最重要。',
    en: 'No new borrowing; keep repaying what you owe on schedule, which matters most for your credit record.',
  },
  common: ['credit-evaluation', 'device-change', 'id-expired', 'inactivity', 'report-error'],
  sources: [SOURCE['afqmc-atec'], SOURCE['credit-reg-16']],
});
