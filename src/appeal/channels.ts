// The channel list the popup shows: id, bilingual label and a one-line hint of
// where to paste the text. Derived from the templates so there is one source.
// `channelHint` adds product-specific paths where docs/sources.md#lender-channels has them; phone
// numbers appear only as docs/sources.md#lender-channels allows: 95188 and 95384 are 🟡 (shown as
// "commonly cited"), JD numbers are ⚠️ (the user reads them in the app).
import type { Product } from '../shared/products';
import { PRODUCT_GROUP } from '../shared/products';
import { TEMPLATES } from './templates';
import type { AppealChannel } from '../shared/channels';
import type { Bilingual, Source } from './types';
import { SOURCE } from '../rules/kb/sources';

export type ChannelInfo = { id: AppealChannel; label: Bilingual; hint: Bilingual; sources: Source[] };

export const CHANNEL_INFO: readonly ChannelInfo[] = TEMPLATES.map((t) => ({ id: t.id, label: t.label, hint: t.hint, sources: t.sources }));

// Where the lender's own customer service is, per product group, with the
// sources of the path and number (docs/sources.md#lender-channels). JD's path
// and numbers have no source we could check, so its hint cites none and sends
// the user to the app's own page.
const LENDER_SERVICE: Partial<Record<string, { hint: Bilingual; sources: Source[] }>> = {
  ant: {
    hint: {
      zh: '支付宝 → 我的 → 客服中心 的在线客服（路径因版本而异；电话常见说法为 95188，请以应用内显示为准）',
      en: 'Alipay → Me → Customer Service Center, online chat (paths vary; 95188 is the commonly cited number, check it in the app)',
    },
    sources: [SOURCE['alipay-service-guides']],
  },
  webank: {
    hint: {
      zh: '微信公众号“微粒贷” → 微粒贷客服（电话常见说法为 95384，请以公众号内显示为准）',
      en: 'WeChat official account "微粒贷" → customer service (95384 is the commonly cited number, check it there)',
    },
    sources: [SOURCE['webank-xincainet-2026']],
  },
  jd: {
    hint: {
      zh: '京东金融 → 我的 → 客户服务（电话号码未经核实，请以应用客服页面显示的号码为准）',
      en: "JD Finance → Me → Customer Service (phone numbers unverified: read the number on the app's own customer-service page)",
    },
    sources: [],
  },
};

const GENERIC_SERVICE: Bilingual = {
  zh: '该机构应用内的“客服”页面（电话号码请以应用客服页面显示的为准）',
  en: "The lender's in-app customer-service page (take any phone number from that page)",
};

/** Where to paste `channel`'s text for this product; lender channels get the product's own path. */
export const channelHint = (channel: AppealChannel, product?: Product): { hint: Bilingual; sources: Source[] } => {
  const info = CHANNEL_INFO.find((c) => c.id === channel);
  if (!info) throw new Error(`unknown appeal channel ${channel}`);
  if (channel !== 'chat' || product === undefined) return { hint: info.hint, sources: info.sources };
  return LENDER_SERVICE[PRODUCT_GROUP[product]] ?? { hint: GENERIC_SERVICE, sources: [] };
};
