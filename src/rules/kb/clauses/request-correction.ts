// PIPL Art. 46; 征信业管理条例 Art. 25; 民法典 Art. 1029.
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'request-correction',
  kind: 'request',
  text: {
    zh: '如相关信息不准确或不完整，请核实并更正。',
    en: 'If any of it is inaccurate or incomplete, please verify and correct it.',
  },
  sources: [SOURCE['pipl-46'], SOURCE['credit-reg-25'], SOURCE['civil-code-1029']],
});
