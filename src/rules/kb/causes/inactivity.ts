// Low usage or inactivity: docs/sources.md#causes, marked "weak" there 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'inactivity',
  title: { zh: '长期不用', en: 'Low usage' },
  explanation: {
    zh: '有用户反映，长期不用的额度可能被下调或关闭，但这类说法来源较弱。',
    en: 'Some users report that unused lines get cut or closed, but the sources are weak.',
  },
  check: [{ zh: '回想最近一年是否用过这个额度', en: 'Recall whether you used the line in the past year' }],
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['cardbaobao']],
});
