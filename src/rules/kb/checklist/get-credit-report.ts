// 征信业管理条例 Art. 17 (2 free reports a year); official domains per CRC 2023-05-12.
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'get-credit-report',
  group: 'gather',
  text: {
    zh: '在征信中心的官方平台 ipcrs.pbccrc.org.cn 查询本人征信报告，每年有 2 次免费。',
    en: "Get your credit report on the Credit Reference Center's official platform, ipcrs.pbccrc.org.cn; 2 a year are free.",
  },
  documents: [{ zh: '身份证', en: 'ID card' }],
  sources: [SOURCE['credit-reg-17'], SOURCE['crc-2023-05-12']],
});
