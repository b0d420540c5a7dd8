// CRC 2023-05-12: the only official site and number (docs/sources.md#regulators).
import { defineChecklistItem } from '../define';
import { SOURCE } from '../sources';

export default defineChecklistItem({
  id: 'official-sites-only',
  group: 'protect',
  text: {
    zh: '只在 www.pbccrc.org.cn 和 ipcrs.pbccrc.org.cn 查征信，征信中心客服电话只有 400-810-8866。',
    en: "Use only www.pbccrc.org.cn and ipcrs.pbccrc.org.cn; the CRC's only number is 400-810-8866.",
  },
  documents: [],
  sources: [SOURCE['crc-2023-05-12']],
});
