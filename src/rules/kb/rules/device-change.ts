// docs/sources.md#causes: phone or device changes 🟡.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'device-change',
  when: { fact: 'answers.q_device_change', operator: 'equal', value: 'yes' },
  then: { cause: 'device-change', weight: 0.5, checklist: ['verify-identity'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['rrlicai']],
});
