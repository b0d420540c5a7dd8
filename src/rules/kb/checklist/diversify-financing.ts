// Seed strategy 3, for everyone: do not depend on one line; regulated channels only, never paid agents
// (docs/sources.md#paid-agents ✅, docs/sources.md#small-business-financing).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'diversify-financing',
  group: 'financing',
  text: {
    zh: '不要只依赖一条额度：需要时通过银行等持牌机构的正规渠道保留或申请一个备用额度；不要通过收费中介。',
    en: 'Do not depend on one line: when you need one, keep or open a backup through regulated channels such as banks; never through paid agents.',
  },
  documents: [],
  sources: [SOURCE['nfra-2024-05-14'], SOURCE['sme-financing-2024']],
});
