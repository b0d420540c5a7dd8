// Suspected cash-out (套现/刷单): docs/sources.md#causes (tianqing123.cn; cardbaobao.com) 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'cash-out',
  accuses: true,
  title: { zh: '疑似套现', en: 'Suspected cash-out' },
  explanation: {
    zh: '通过刷单、虚构交易把额度变现，常被视为违规，可能导致额度关闭。',
    en: 'Turning a line into cash through fake purchases is commonly cited as a rule breach that can close it.',
  },
  check: [{ zh: '回看近期是否有付给自己或熟人的异常交易', en: 'Look for unusual payments to yourself or people you know' }],
  sources: [SOURCE['alipay-cs-tianqing123'], SOURCE['cardbaobao']],
});
