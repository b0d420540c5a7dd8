// Seed cause 3: the 2021 Ant restructuring and the 信用贷 brand split (docs/sources.md#ant-2021 ✅).
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'platform-policy',
  title: { zh: '平台政策调整', en: 'Platform policy change' },
  explanation: {
    zh: '2021 年蚂蚁整改后，银行出资的贷款改在“信用贷”页面单独展示，借呗“不见了”可能只是换了页面。',
    en: 'Since the 2021 Ant restructuring, bank-funded loans show on a separate 信用贷 page, so a "missing" Jiebei may have moved.',
  },
  check: [{ zh: '在支付宝搜索“信用贷”，看页面标明的贷款机构', en: 'Search Alipay for 信用贷 and note the lender it names' }],
  sources: [SOURCE['pboc-ant-2021-04-12'], SOURCE['bbt-2021-11']],
});
