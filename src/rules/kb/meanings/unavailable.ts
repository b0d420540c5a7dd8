// 当前无法使用 / 暂时无法提供服务: a generic "unavailable" (docs/sources.md#status-wording 🟡).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'unavailable',
  meaning: {
    zh: '暂时无法使用：这是笼统的说法。第三方资料称可能是维护、风控或政策原因，页面本身说明不了是哪一种。',
    en: 'Temporarily unavailable: a generic wording. Third-party sources say it may be maintenance, risk control or policy; the page itself does not say which.',
  },
  now: {
    zh: '现在不能用，可能只是暂时的；已经借的款项照常按计划还。',
    en: 'It cannot be used now, perhaps only for a while; loans already drawn are repaid on schedule as before.',
  },
  summary: {
    zh: '暂时不能用，页面没说原因；已借的照常还，可以过几天再看。',
    en: 'Unusable for now, with no reason given; keep repaying, and look again in a few days.',
  },
  common: ['credit-evaluation', 'device-change', 'id-expired', 'report-error'],
  sources: [SOURCE['rrlicai'], SOURCE['mazhua1']],
});
