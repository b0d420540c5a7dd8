// The 信用贷 page since the November 2021 brand isolation (docs/sources.md#ant-2021 ✅).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'brand_split',
  meaning: {
    zh: '这不是借呗额度本身：2021 年 11 月起，银行独立发放的贷款单独显示在“信用贷”页面，并写明放款机构。',
    en: 'This is not the Jiebei line itself: since November 2021, loans that banks make on their own appear on a separate 信用贷 page that names the lender.',
  },
  now: {
    zh: '“信用贷”页面上的借款由页面写明的机构提供；申请前看清放款机构和费用。',
    en: 'Loans on the 信用贷 page come from the institution the page names; check the lender and the cost before applying.',
  },
  summary: {
    zh: '这是银行提供的“信用贷”，不等于借呗被关；看清页面写明的放款机构。',
    en: 'This is the bank-funded 信用贷 page, not a closed Jiebei; note the lender it names.',
  },
  common: ['platform-policy'],
  sources: [SOURCE['bbt-2021-11']],
});
