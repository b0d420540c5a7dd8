// 创业担保贷款: amounts vary by locality (docs/sources.md#small-business-financing 🟡).
import { defineFinancing } from '../define';
import { SOURCE } from '../sources';

export default defineFinancing({
  id: 'startup-loans',
  title: { zh: '创业担保贷款', en: 'Guaranteed start-up loans' },
  text: {
    zh: '据各地规定，个人额度多在 30 万元左右并有贴息，以当地人社部门为准。',
    en: 'Local schemes reportedly lend individuals about 300,000 yuan with interest subsidies; check with your local bureau.',
  },
  sources: [SOURCE['startup-loans-local']],
});
