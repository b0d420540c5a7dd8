// Conflicting or incomplete signals: Reopen does not guess (README.md#on-the-page); your own report is free (docs/sources.md#credit-reg-17).
import { defineMeaning } from '../define';
import { SOURCE } from '../sources';

export default defineMeaning({
  id: 'unknown',
  meaning: {
    zh: '页面上的额度信号不一致或不完整，无法可靠判断状态；请以页面原文为准。',
    en: "The page shows conflicting or incomplete signals, so the status cannot be told reliably; rely on the page's own words.",
  },
  now: {
    zh: '现在还不能确定额度状态：可以在官方 App 或官方客服确认，也可以免费查询本人征信报告。',
    en: 'The status is not clear yet: confirm it in the official app or with official customer service, and you can get your own credit report for free.',
  },
  summary: {
    zh: '状态不明确；请在官方 App 里确认。',
    en: 'Status unclear; confirm it in the official app.',
  },
  common: ['credit-evaluation', 'report-error'],
  sources: [SOURCE['credit-reg-17']],
});
