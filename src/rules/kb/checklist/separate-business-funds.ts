// Seed strategy 4: sound internal finances; use loans as declared (docs/sources.md#causes).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'separate-business-funds',
  group: 'fix',
  text: {
    zh: '个人和经营资金分开记账，借款按申请时的用途使用。',
    en: 'Keep personal and business money apart and use each loan as declared.',
  },
  documents: [],
  sources: [SOURCE['fund-use-pages']],
});
