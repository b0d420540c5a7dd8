// Overdue on any product of the group can affect the line (docs/sources.md#causes).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'repay-overdue',
  group: 'fix',
  text: {
    zh: '尽快还清所有逾期，包括同一平台的其他产品。',
    en: 'Repay every overdue balance, including sister products of the same platform.',
  },
  documents: [],
  sources: [SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597']],
});
