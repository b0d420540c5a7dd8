// 已暂停使用 / 暂停服务 (docs/sources.md#status-wording: ⚠️ exact string, 🟡 users ask why).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'suspended',
  meaning: {
    zh: '额度暂停使用。用户反映，常见原因是逾期或风控标记；具体原因要以机构的答复为准。',
    en: "The line is paused. Users report an overdue balance or a risk flag as common reasons; only the lender's reply can say which.",
  },
  now: {
    zh: '暂停期间不能用这条额度；已经借的款项照常按计划还。',
    en: 'While it is paused you cannot use the line; loans already drawn are repaid on schedule as before.',
  },
  summary: {
    zh: '暂时不能用，已借的照常还；原因以机构的答复为准。',
    en: 'Unusable for now; keep repaying on schedule. Only the lender can say why.',
  },
  common: ['credit-evaluation', 'device-change', 'id-expired', 'report-error'],
  sources: [SOURCE['afqmc-atec'], SOURCE['credit-reg-16']],
});
