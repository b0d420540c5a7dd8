// Brand split since 2021-11: bank-funded loans on the 信用贷 page (docs/sources.md#ant-2021 ✅).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'check-xinyongdai-page',
  group: 'gather',
  text: { zh: '在支付宝查看“信用贷”页面及其标明的贷款机构。', en: 'Open the 信用贷 page in Alipay and note the lender it names.' },
  documents: [{ zh: '页面截图', en: 'Screenshot' }],
  sources: [SOURCE['bbt-2021-11']],
});
