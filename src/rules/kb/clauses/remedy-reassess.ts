// Asked as a remedy after review or correction (PIPL Arts. 24(3), 46); never as a claim of breach.
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'remedy-reassess',
  kind: 'remedy',
  text: { zh: '请在核实或更正后重新评估我的额度。', en: 'Please reassess my credit line after verification or correction.' },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-46']],
});
