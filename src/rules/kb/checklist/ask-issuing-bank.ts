// Bank cards: the issuing bank manages the limit and must notify the holder (card rules Art. 50, 🟡 from a translation);
// banks handle complaints within 15 days (docs/sources.md#complaint-time-limits). Never an Alipay number.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'ask-issuing-bank',
  group: 'contact',
  text: {
    zh: '信用卡额度的问题找发卡银行：拨打卡背面或发卡银行官方 App 显示的客服电话，或用银行公布的投诉渠道，询问调整的依据并要求复核。',
    en: "A card limit is the issuing bank's decision: call the number on the back of the card or in the bank's official app, or use the bank's published complaint channel, and ask for the grounds and a review.",
  },
  documents: [{ zh: '银行通知短信或截图', en: "The bank's message or a screenshot" }],
  sources: [SOURCE['credit-card-rules-2011'], SOURCE['cbirc-complaints-2020']],
});
