// Seed cause 2 (frequent large withdrawals). Not in docs/sources.md#causes: ⚠️, worded as a possibility only.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'large-withdrawals',
  accuses: true,
  title: { zh: '频繁大额借款（仅为可能）', en: 'Frequent large borrowing (possible only)' },
  explanation: {
    zh: '短期内频繁大额借款或提款可能被风控视为风险信号，但没有找到官方说法。',
    en: 'Frequent large short-term borrowing might be read as a risk signal, but no official source says so.',
  },
  check: [{ zh: '回看近几个月的借款和提款记录', en: 'Review your recent borrowing and withdrawals' }],
  sources: [SOURCE['seed-article']],
});
