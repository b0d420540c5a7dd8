// Phone/device change, unusual logins, 安全风险: docs/sources.md#causes, docs/sources.md#status-wording 🟡.
import { defineCause } from '../define';
import { SOURCE } from '../sources';

export default defineCause({
  id: 'device-change',
  title: { zh: '账户安全风控', en: 'Account security hold' },
  explanation: {
    zh: '更换手机号、设备或异常登录，可能触发安全风控而暂停额度，通常完成身份验证后可解除。',
    en: 'A new phone number, device or unusual login can trigger a security hold, usually lifted after identity checks.',
  },
  check: [
    {
      zh: '在安全中心或官方客服查看是否需要验证身份',
      en: 'Ask the security centre or official service whether you must verify your identity',
    },
  ],
  sources: [SOURCE['caijin51-30201'], SOURCE['rrlicai'], SOURCE['afqmc-atec']],
});
