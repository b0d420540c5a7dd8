// The 15-day clock runs from a complaint (CBIRC Order 2020 No. 3, docs/sources.md#complaint-time-limits), so file one and note the date.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'file-formal-complaint',
  group: 'contact',
  seed: ['strategy:appeal'],
  text: {
    zh: '客服没有解决时，提出正式投诉并记下日期，15 日的处理时限从收到投诉起算。',
    en: 'If customer service does not resolve it, file a formal complaint and note the date: the 15-day limit runs from receipt.',
  },
  documents: [{ zh: '投诉编号', en: 'Complaint number' }],
  sources: [SOURCE['cbirc-complaints-2020']],
});
