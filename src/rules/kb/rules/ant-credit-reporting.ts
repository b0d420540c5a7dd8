// 借呗 and 花呗 are reported by their lender of record (docs/sources.md#ant-2021).
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'ant-credit-reporting',
  when: {
    all: [
      { fact: 'product', operator: 'in', value: ['jiebei', 'huabei'] },
      {
        any: [
          { fact: 'status.status', operator: 'notExists' },
          { fact: 'status.status', operator: 'notEqual', value: 'normal' },
        ],
      },
    ],
  },
  then: { impacts: ['reported-by-ant'] },
  sources: [SOURCE['bbt-2021-11'], SOURCE['pccm-2020-08']],
});
