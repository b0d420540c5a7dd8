// 账户存在风险 / 安全风险 on the page: an account security hold, as the page says (docs/sources.md#status-wording 🟡).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'status-security',
  when: { fact: 'status.status', operator: 'equal', value: 'security_risk' },
  then: { cause: 'device-change', weight: 0.6, checklist: ['verify-identity'] },
  sources: [SOURCE['afqmc-atec'], SOURCE['rrlicai']],
});
