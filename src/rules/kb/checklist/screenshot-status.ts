// Appeals state verifiable facts (docs/sources.md#wording-rules): keep dated screenshots.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'screenshot-status',
  group: 'gather',
  text: { zh: '截图保存页面状态，并记下日期。', en: 'Screenshot the status page and note the date.' },
  documents: [{ zh: '页面截图', en: 'Screenshots' }],
  sources: [SOURCE['nfra-2024-05-14'], SOURCE['tousu-sina']],
});
