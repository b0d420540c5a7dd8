// 支持小微企业融资协调工作机制, 2024-10-15 (docs/sources.md#small-business-financing ✅).
import { defineFinancing } from '../define';
import { SOURCE } from '../sources';

export default defineFinancing({
  id: 'sme-mechanism',
  title: { zh: '小微企业融资协调工作机制', en: 'Small-business financing task forces' },
  text: {
    zh: '2024 年 10 月起，各地工作专班走访个体工商户和小微企业并推荐给银行，可联系当地专班。',
    en: 'Since October 2024, local task forces visit sole traders and small firms and refer them to banks; contact yours.',
  },
  sources: [SOURCE['sme-financing-2024']],
});
