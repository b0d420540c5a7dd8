// Seed cause 4. ⚠️ docs/sources.md#causes: no lender has admitted a misjudgment; never asserted (docs/sources.md#wording-rules).
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'system-error',
  title: { zh: '系统误判（仅为可能）', en: 'System misjudgment (possible only)' },
  explanation: {
    zh: '也可能是系统误判，但没有贷款机构公开承认过，只能作为向对方提出的问题。',
    en: 'A misjudgment is possible, but no lender has admitted one; treat it as a question to ask.',
  },
  check: [{ zh: '请贷款机构说明决定依据并人工复核', en: 'Ask the lender for its grounds and a human review' }],
  sources: [SOURCE['misjudgment-pages']],
});
