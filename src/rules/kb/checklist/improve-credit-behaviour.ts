// Seed strategy 2: repay on time, avoid 多头借贷 (docs/sources.md#causes).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'improve-credit-behaviour',
  group: 'fix',
  seed: ['strategy:credit-behaviour'],
  text: {
    zh: '按时还款，暂停向多家平台申请借款，按申报的用途用钱。',
    en: 'Repay on time, stop applying with many lenders and use loans as declared.',
  },
  documents: [],
  sources: [SOURCE['caijin51-30201'], SOURCE['multi-lending-pages'], SOURCE['fund-use-pages']],
});
