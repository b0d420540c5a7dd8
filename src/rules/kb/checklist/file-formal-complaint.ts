// A complaint starts the clock; the 15-day limit binds banks and insurers, others are held to it by reference (参照):
// docs/sources.md#complaint-time-limits.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'file-formal-complaint',
  group: 'contact',
  text: {
    zh: '客服没有解决时，提出正式投诉并记下日期。按规定，银行、保险机构应在收到投诉 15 日内作出处理决定；其他机构可以请它参照这一时限答复。',
    en: 'If customer service does not resolve it, file a formal complaint and note the date. The rules give banks and insurers 15 days from receipt to decide; ask other lenders to reply within the same time.',
  },
  documents: [{ zh: '投诉编号', en: 'Complaint number' }],
  sources: [SOURCE['cbirc-complaints-2020']],
});
