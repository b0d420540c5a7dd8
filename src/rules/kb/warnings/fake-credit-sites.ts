// CRC statement 2023-05-12 (docs/sources.md#regulators, docs/sources.md#credit-report ✅).
import { defineWarning } from '../define';
import { SOURCE } from '../sources';

export default defineWarning({
  id: 'fake-credit-sites',
  title: { zh: '假冒征信网站', en: 'Fake credit-report sites' },
  text: {
    zh: '征信中心官网只有 www.pbccrc.org.cn（查询平台 ipcrs.pbccrc.org.cn），客服电话只有 400-810-8866，别在其他网站输入身份信息。',
    en: "The CRC's only site is www.pbccrc.org.cn (reports at ipcrs.pbccrc.org.cn) and its only number 400-810-8866; enter ID data nowhere else.",
  },
  sources: [SOURCE['crc-2023-05-12']],
});
