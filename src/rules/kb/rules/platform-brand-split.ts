// The 信用贷 page since 2021-11 (docs/sources.md#ant-2021 ✅).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'platform-brand-split',
  when: { fact: 'status.status', operator: 'equal', value: 'brand_split' },
  then: { cause: 'platform-policy', weight: 0.9, checklist: ['check-xinyongdai-page'] },
  sources: [SOURCE['bbt-2021-11']],
});
