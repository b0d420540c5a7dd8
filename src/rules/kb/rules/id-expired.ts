// docs/sources.md#causes: expired ID or outdated real-name data 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'id-expired',
  when: { fact: 'answers.q_account_change', operator: 'equal', value: 'id_expired' },
  then: { cause: 'id-expired', weight: 0.8, checklist: ['verify-identity'] },
  sources: [SOURCE['afqmc-atec'], SOURCE['caijin51-30201'], SOURCE['mazhua1']],
});
