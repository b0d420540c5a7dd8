// 征信业管理条例 Art. 26: the PBOC branch replies in writing within 30 days.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'complain-pboc-branch',
  group: 'escalate',
  text: {
    zh: '异议没有答复或你不认可：向当地人民银行分支机构投诉，应在 30 日内书面答复。',
    en: 'No reply to your objection, or you disagree: complain to the local PBOC branch, which must reply in writing within 30 days.',
  },
  documents: [{ zh: '异议材料和答复', en: 'Objection and any reply' }],
  sources: [SOURCE['credit-reg-26']],
});
