// PBOC one-time credit repair (2025-12-22, docs/sources.md#credit-report ✅): repay by 2026-03-31; hidden after.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'repair-policy-2026',
  group: 'fix',
  validUntil: '2026-03-31',
  text: {
    zh: '人民银行一次性信用修复：2020–2025 年单笔不超过 1 万元的逾期，在 2026 年 3 月 31 日前还清后不再展示，自动处理、不收费。',
    en: 'PBOC one-time repair: late records of up to 10,000 yuan from 2020–2025, fully repaid by 31 March 2026, stop showing; automatic and free.',
  },
  documents: [],
  sources: [SOURCE['pboc-repair-2025-12-22']],
});
