// Seed impact 1 (financing channels limited): many applications add inquiries and are commonly cited as hurting an assessment (docs/sources.md#causes 🟡); no paid agents (docs/sources.md#paid-agents ✅).
import { defineImpact } from '../define';
import { SOURCE } from '../sources';

export default defineImpact({
  id: 'financing-access',
  order: 20,
  title: {
    zh: '借别的钱会受什么影响',
    en: 'Borrowing elsewhere',
  },
  text: {
    zh: '额度出问题以后，别急着在短时间内向多家机构申请借款或信用卡：每次审批都会在征信报告里留下查询记录，常被认为会让评估更差。先弄清原因、处理能处理的问题，需要时再有选择地向银行等持牌机构申请；不要找收费“包下款”“代办”的中介。',
    en: 'After a line is closed or cut, do not rush to apply with many lenders at once: each application leaves an inquiry on your credit report, which is commonly cited as making assessments worse. First find out why and fix what you can, then apply selectively with licensed lenders such as banks; never pay an agent who promises a loan.',
  },
  sources: [SOURCE['multi-lending-pages'], SOURCE['nfra-2024-05-14']],
});
