import { definePack } from '../define';

// The Alipay help hall (cshallServer in the 2021 portal config, docs/sources.md#desktop-pages).
// Its articles quote every status phrase in questions ("额度关闭怎么办"), so only a
// self-service result box counts, never the article list (detect.ts drops questions anyway).
export default definePack({
  id: 'alipay-cshall',
  name: { zh: '支付宝客服中心', en: 'Alipay help centre' },
  group: 'ant',
  hosts: ['cshall.alipay.com'],
  matches: ['https://cshall.alipay.com/*'],
  pages: [
    {
      kind: 'support',
      url: '/',
      statusSelectors: ['#J-diagnose-result', '[class*="diagnose"]', '[class*="result"]', '[role="alert"]', 'main'],
      formSelectors: ['form textarea', 'textarea'],
    },
  ],
});

// Live: https://cshall.alipay.com/ (支付宝 → 我的 → 客服中心 on desktop).
// Fixture: test/fixtures/lenders/alipay-cshall/self-service-declined.html stands for its self-service result box;
// help-faq.html, the article list, must show nothing.
// Selectors are UNVERIFIED guesses (docs/sources.md#desktop-pages: the host is known, the markup is not).
