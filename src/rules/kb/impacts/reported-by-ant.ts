// Who reports 借呗 and 花呗: the lender of record since the 2021 rectification (docs/sources.md#ant-2021 ✅ for 借呗, 🟡 for 花呗).
import { defineImpact } from '../define';
import { SOURCE } from '../sources';

export default defineImpact({
  id: 'reported-by-ant',
  order: 31,
  title: {
    zh: '借呗、花呗由谁报送征信',
    en: 'Who reports Jiebei and Huabei',
  },
  text: {
    zh: '2021 年整改后，借呗的借款合同和征信报送由放款机构重庆蚂蚁消费金融负责；据报道，花呗也自 2020 年起逐步接入人民银行征信系统。',
    en: "Since the 2021 rectification, Jiebei's loan contracts and credit reporting are in the name of the lender, Chongqing Ant Consumer Finance; reportedly, Huabei has been connected to the central-bank credit reporting system step by step since 2020.",
  },
  sources: [SOURCE['bbt-2021-11'], SOURCE['pccm-2020-08']],
});
