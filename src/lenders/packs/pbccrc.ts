import { definePack } from '../define';

// PBOC Credit Reference Center: www.pbccrc.org.cn (✅ official domain, CRC statement
// 2023-05-12) and the personal service platform ipcrs.pbccrc.org.cn (docs/sources.md#credit-report).
// A report lists every account's own state (正常/冻结/呆账…): that is evidence to
// check (征信业管理条例 Art. 25 objection), not this line's status, so nothing is detected.
export default definePack({
  id: 'pbccrc',
  name: { zh: '征信中心（个人信用报告）', en: 'PBOC Credit Reference Center (credit report)' },
  hosts: ['ipcrs.pbccrc.org.cn', 'www.pbccrc.org.cn'],
  matches: ['https://ipcrs.pbccrc.org.cn/*', 'https://www.pbccrc.org.cn/*'],
  pages: [
    {
      kind: 'objection',
      url: /objection|dissent|yiyi/i,
      hosts: ['ipcrs.pbccrc.org.cn'],
      statusSelectors: [],
      formSelectors: ['form textarea', 'textarea'],
    },
    {
      kind: 'credit-report',
      url: '/',
      hosts: ['ipcrs.pbccrc.org.cn'],
      statusSelectors: [],
    },
    {
      // The CRC's public site: how to get the report, scam warnings (docs/sources.md#credit-report).
      // Not a lender's support desk: no lender appeal texts are offered here.
      kind: 'credit-report',
      url: '/',
      hosts: ['www.pbccrc.org.cn'],
      statusSelectors: [],
    },
  ],
});

// Live: https://ipcrs.pbccrc.org.cn/ (report and objection after identity check) and https://www.pbccrc.org.cn/.
// Fixture: test/fixtures/lenders/pbccrc/objection.html stands for the objection form; report.html must show nothing.
// Page paths and form selectors are UNVERIFIED guesses (docs/sources.md#credit-report).
