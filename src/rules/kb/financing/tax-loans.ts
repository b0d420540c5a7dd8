// 银税互动 since 2015 (docs/sources.md#small-business-financing ✅).
import { defineFinancing } from '../define';
import { SOURCE } from '../sources';

export default defineFinancing({
  id: 'tax-loans',
  title: { zh: '银税互动（税贷）', en: 'Tax-based loans' },
  text: {
    zh: '纳税信用良好的经营者可向银行申请税贷（如建行“云税贷”），多为线上、免抵押。',
    en: 'Taxpayers in good standing can get tax-based bank loans (e.g. CCB 云税贷), often online and unsecured.',
  },
  sources: [SOURCE['tax-credit-2023-07']],
});
