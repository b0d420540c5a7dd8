// 网商贷 offered instead of 借呗 to merchants: docs/sources.md#causes, docs/sources.md#status-wording 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'merchant-switch',
  title: { zh: '改为经营贷（网商贷）', en: 'Switched to a business loan' },
  explanation: {
    zh: '被识别为商户后，借呗可能被网商贷（经营性贷款）替代，这并不等于关闭。',
    en: 'Once seen as a merchant, Jiebei may be replaced by 网商贷, a business loan; that is not a closure.',
  },
  check: [{ zh: '看看支付宝里是否出现了网商贷入口', en: 'Look for a 网商贷 entry in Alipay' }],
  sources: [SOURCE['caijin51-30201'], SOURCE['afqmc-atec']],
});
