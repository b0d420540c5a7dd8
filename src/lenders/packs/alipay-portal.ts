import { definePack } from '../define';

// The desktop "我的支付宝" portal with its 花呗 panel (可用额度 / 总额度).
// docs/sources.md#desktop-pages: seen only in a 2021 snapshot (personalweb.alipay.com/portal/i.htm,
// also linked as my.alipay.com); whether it still exists is unverified.
export default definePack({
  id: 'alipay-portal',
  name: { zh: '我的支付宝（花呗）', en: 'My Alipay portal (Huabei)' },
  product: 'huabei',
  hosts: ['my.alipay.com', 'personalweb.alipay.com'],
  matches: ['https://my.alipay.com/*', 'https://personalweb.alipay.com/*'],
  pages: [
    {
      kind: 'account',
      url: /^\/(?:portal\/|$)/,
      // Unverified guesses from the 2021 snapshot's naming (pcredit = 花呗), then generic but scoped.
      statusSelectors: ['#J-assets-pcredit', '[class*="pcredit"]', '[class*="huabei"]', '[class*="credit"]', '[class*="quota"]', 'main'],
    },
  ],
});

// Live: https://personalweb.alipay.com/portal/i.htm (or https://my.alipay.com/portal/i.htm) after login.
// Fixture: test/fixtures/lenders/alipay-portal/normal.html stands for the 2021 panel.
// Selectors are UNVERIFIED guesses (docs/sources.md#desktop-pages: only a 2021 snapshot).
