import { definePack } from '../define';

// JD 白条 desktop pages: 2017 scraper code used baitiao.jd.com/v3/ious/list and
// /creditUser/record; JD menus linked //baitiao.jd.com (docs/sources.md#desktop-pages, 🟡 2017–2019).
// jr.jd.com is JD Finance's home. xjk.jr.jd.com (小金库?) is left out: its label is ambiguous.
export default definePack({
  id: 'jd-baitiao',
  name: { zh: '京东白条', en: 'JD Baitiao' },
  product: 'jd-baitiao',
  hosts: ['baitiao.jd.com', 'jr.jd.com'],
  matches: ['https://baitiao.jd.com/*', 'https://jr.jd.com/*'],
  pages: [
    {
      // jr.jd.com is a portal (home, news, offers, other products): read near credit words
      // there like any lender page no pack page describes (src/content/sensor.ts planFor).
      kind: 'account',
      url: '/',
      hosts: ['baitiao.jd.com'],
      statusSelectors: ['#J-baitiao-status', '[class*="baitiao"]', '[class*="ious"]', '[class*="status"]', '[class*="quota"]', 'main'],
    },
  ],
});

// Live: https://baitiao.jd.com/ (and https://jr.jd.com/) after login.
// Fixture: test/fixtures/lenders/jd-baitiao/closed.html stands for the status page.
// Selectors are UNVERIFIED guesses (docs/sources.md#desktop-pages: only 2017 endpoints).
