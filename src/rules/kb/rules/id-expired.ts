// docs/sources.md#causes: expired ID 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'id-expired',
  when: { fact: 'answers.q_id_expired', operator: 'equal', value: 'yes' },
  then: { cause: 'id-expired', weight: 0.8, checklist: ['verify-identity'] },
  sources: [SOURCE['afqmc-atec'], SOURCE['caijin51-30201'], SOURCE['mazhua1']],
});
