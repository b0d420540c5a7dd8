// Appeals state verifiable facts (facts.md §9): keep dated screenshots.
import { defineChecklistItem } from '../define';
import { SRC } from '../sources';

export default defineChecklistItem({
  id: 'screenshot-status',
  group: 'gather',
  seed: ['strategy:appeal'],
  text: { zh: '截图保存页面状态，并记下日期。', en: 'Screenshot the status page and note the date.' },
  documents: [{ zh: '页面截图', en: 'Screenshots' }],
  sources: [SRC.wording],
});
