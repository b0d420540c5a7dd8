// 网商贷 instead of 借呗 (docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-merchant',
  when: { fact: 'status.status', operator: 'equal', value: 'merchant_switch' },
  then: { cause: 'merchant-switch', weight: 0.9 },
  sources: [SOURCE['afqmc-atec'], SOURCE['caijin51-30201']],
});
