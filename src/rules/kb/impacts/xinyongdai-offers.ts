// Bank-funded loans on the 信用贷 page since the November 2021 brand isolation (docs/sources.md#ant-2021 ✅).
import { defineImpact } from '../define';
import { SOURCE } from '../sources';

export default defineImpact({
  id: 'xinyongdai-offers',
  order: 21,
  title: {
    zh: '支付宝里可能还有的借款渠道',
    en: 'Other credit inside Alipay',
  },
  text: {
    zh: '借呗之外，支付宝的“信用贷”页面可能还有银行直接提供的借款，页面会写明放款机构；申请前看清机构和费用。',
    en: "Besides Jiebei, Alipay's 信用贷 page may still offer loans made by banks, and names the lender; check the lender and the cost before applying.",
  },
  sources: [SOURCE['bbt-2021-11']],
});
