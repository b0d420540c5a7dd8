// PIPL Art. 24(3). Whether a closure is a "significant" decision is an argument (docs/sources.md#pipl), so ask, do not assert.
import { defineClause } from '../define';
import { SOURCE } from '../sources';

export default defineClause({
  id: 'request-explanation',
  kind: 'request',
  text: {
    zh: '本次决定如系自动化决策作出，请向我说明主要依据。',
    en: 'If this decision was automated, please explain its main grounds.',
  },
  sources: [SOURCE['pipl-24'], SOURCE['pipl-73']],
});
