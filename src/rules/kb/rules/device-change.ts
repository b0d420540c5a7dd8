// docs/sources.md#causes: phone or device changes 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'device-change',
  when: { fact: 'answers.q_account_change', operator: 'equal', value: 'phone_device' },
  then: { cause: 'device-change', weight: 0.7, checklist: ['verify-identity'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['rrlicai']],
});
