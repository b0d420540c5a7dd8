// Seed impact 2. What is and is not reported: credit regulation Arts. 15–17 ✅ (docs/sources.md#credit-regulation); whether a closure itself shows is not established, so we say so; official channels only (docs/sources.md#credit-report-scams).
import { defineImpact } from '../define';
import { SOURCE } from '../sources';

export default defineImpact({
  id: 'credit-record',
  order: 30,
  title: {
    zh: '征信记录',
    en: 'Your credit record',
  },
  text: {
    zh: '已经借的款项仍要按合同还，按时还最重要：逾期这类不良信息，机构报送前应当先告知你，并会保存到还清后 5 年。额度被关闭或调低这件事本身会不会出现在征信报告里，我们没有找到可靠资料，不能确定。想知道报告里写了什么，可以在征信中心官网 www.pbccrc.org.cn（查询平台 ipcrs.pbccrc.org.cn）免费查询本人报告，每年至少 2 次；只用官方渠道，不要相信任何收费“征信修复”。',
    en: 'Loans already drawn are still repaid under the contract, and repaying on time matters most: negative information such as a late repayment must be notified to you before it is reported, and stays until 5 years after it ends. Whether the closure or cut itself shows on your credit report we could not establish from reliable sources. To see what your report says, get it free from the Credit Reference Center at www.pbccrc.org.cn (reports at ipcrs.pbccrc.org.cn), at least twice a year; use official channels only and never pay for "credit repair".',
  },
  sources: [SOURCE['credit-reg-15'], SOURCE['credit-reg-16'], SOURCE['credit-reg-17'], SOURCE['crc-2023-05-12']],
});
