// 征信业管理条例 Art. 25: mark the entry and answer in writing within 20 days.
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'remedy-objection-mark',
  kind: 'remedy',
  text: {
    zh: '请对有异议的信息作出标注，并在 20 日内书面答复核查结果。',
    en: 'Please mark the disputed entry and reply in writing with the result within 20 days.',
  },
  sources: [SOURCE['credit-reg-25']],
});
