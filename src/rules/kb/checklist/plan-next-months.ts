// Seed strategy 4, for everyone: plan the coming months' payments (the seed article's internal finance, in a
// household's words); a closure does not cancel what is owed (docs/sources.md#user-complaints).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'plan-next-months',
  group: 'financing',
  text: {
    zh: '规划接下来几个月：列出要还的款和大额开支，做一个简单的收支预算，先保证按时还款。',
    en: 'Plan the next months: list the repayments and large payments coming up, make a simple budget, and keep repayments on time first.',
  },
  documents: [{ zh: '收支清单', en: 'A list of income and payments' }],
  sources: [SOURCE['afqmc-atec'], SOURCE['credit-reg-16']],
});
