import { definePack } from '../define';

// 花呗 pages linked from the portal: f.alipay.com/moonlight/index.htm ("查看")
// and the pcreditprodServer host huabei.alipay.com (docs/sources.md#desktop-pages, 2021 snapshot).
export default definePack({
  id: 'alipay-huabei',
  name: { zh: '花呗', en: 'Huabei' },
  product: 'huabei',
  hosts: ['f.alipay.com', 'huabei.alipay.com'],
  matches: ['https://f.alipay.com/*', 'https://huabei.alipay.com/*'],
  pages: [
    {
      kind: 'account',
      url: '/moonlight/',
      hosts: ['f.alipay.com'],
      statusSelectors: ['#J-moonlight-status', '[class*="moonlight"]', '[class*="status"]', '[class*="quota"]', 'main'],
    },
    {
      kind: 'account',
      url: '/',
      hosts: ['huabei.alipay.com'],
      statusSelectors: ['#J-pcredit-status', '[class*="pcredit"]', '[class*="status"]', '[class*="quota"]', 'main'],
    },
  ],
});

// Live: https://f.alipay.com/moonlight/index.htm and https://huabei.alipay.com/ after login.
// Fixture: test/fixtures/lenders/alipay-huabei/frozen-overdue.html stands for the status page;
// late-render.html for one that draws its status by script.
// Selectors are UNVERIFIED guesses (docs/sources.md#desktop-pages).
