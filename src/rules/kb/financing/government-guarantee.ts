// 财金〔2025〕11号, in force 2025-03-01 (docs/sources.md#small-business-financing ✅).
import { defineFinancing } from '../define';
import { SOURCE } from '../sources';

export default defineFinancing({
  id: 'government-guarantee',
  title: { zh: '政府性融资担保', en: 'Government financing guarantees' },
  text: {
    zh: '《政府性融资担保发展管理办法》（财金〔2025〕11号）聚焦小微和“三农”，单户担保一般不超过 1000 万元，可咨询当地担保机构。',
    en: 'Under 财金〔2025〕11号, government guarantees focus on small firms and farming (up to 10 million yuan each); ask your local guarantee agency.',
  },
  sources: [SOURCE['guarantee-2025']],
});
