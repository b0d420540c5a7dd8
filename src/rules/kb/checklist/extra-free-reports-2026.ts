// Two extra free reports 2026-01-01..06-30 (docs/sources.md#credit-report, 🟡); hidden after the date.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'extra-free-reports-2026',
  group: 'gather',
  validUntil: '2026-06-30',
  text: {
    zh: '据报道，2026 年 6 月 30 日前每人可额外免费查 2 次征信报告。',
    en: 'Reportedly, two extra free credit reports are available until 30 June 2026.',
  },
  documents: [],
  sources: [SOURCE['netease-2025-12-22']],
});
