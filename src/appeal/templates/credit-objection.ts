// 异议申请: an objection to a wrong or missing entry in the PBOC credit report.
// 征信业管理条例 Art. 25 (docs/sources.md#credit-regulation ✅): the CRC or the reporting institution
// must mark the entry as disputed, check it and reply in writing within 20 days
// of receiving the objection. The text names the entry, what is wrong and the
// correction asked for, as the user fills them in. Engine clauses are not
// placed: they concern the credit line, not the report entry. Not sent to or
// through any paid agent (docs/sources.md#credit-report).
import { defineTemplate } from '../define';
import type { Block } from '../define';
import type { RequestId } from '../requests';
import { SOURCE } from '../../rules/kb/sources';

const ITEMS: readonly RequestId[] = ['objection-mark', 'objection-check', 'objection-reply'];

export default defineTemplate({
  id: 'credit-objection',
  label: { zh: '征信异议申请', en: 'Credit-report objection' },
  hint: {
    zh: '征信中心 www.pbccrc.org.cn / ipcrs.pbccrc.org.cn，或报送该记录的机构（免费，无需中介）',
    en: 'The Credit Reference Center at www.pbccrc.org.cn / ipcrs.pbccrc.org.cn, or the institution that reported the entry (free; no agent needed)',
  },
  sources: [SOURCE['credit-reg-25'], SOURCE['credit-reg-26'], SOURCE['crc-2023-05-12']],
  build(ctx) {
    const items = ITEMS.map((id): Block => ({ text: ctx.request(id) ?? '', sep: 'line', numbered: true }));
    return [
      {
        id: 'body',
        label: { zh: '异议内容', en: 'Objection' },
        blocks: [
          { text: ctx.frame('objection-title') },
          { text: ctx.frame('applicant') },
          { text: ctx.claim('objection-entry') ?? '', sep: 'line' },
          { text: ctx.claim('objection-reason') ?? '', sep: 'line' },
          { text: ctx.frame('objection-intro') },
          ...items,
          { text: ctx.frame('dated-line') },
        ],
      },
    ];
  },
  notes() {
    return [
      {
        // 征信条例 Art. 26 (docs/sources.md#credit-regulation ✅).
        zh: '如逾期未答复或对结果有异议，可向当地中国人民银行分支机构投诉（其应在受理之日起30日内书面答复，《征信业管理条例》第二十六条），也可以直接向法院起诉。',
        en: 'If no reply comes in time or you disagree with it, you can complain to the local PBOC branch (written reply within 30 days of acceptance, Credit Reporting Regulation Art. 26) or go to court directly.',
      },
      {
        // CRC statement 2023-05-12 (docs/sources.md#regulators, docs/sources.md#credit-report ✅).
        zh: '征信中心不提供“征信修复”服务，异议申请免费；请只使用官方网站 www.pbccrc.org.cn，不要付费给中介。',
        en: 'The Credit Reference Center offers no "credit repair" service and objections are free; use only the official site www.pbccrc.org.cn and do not pay an agent.',
      },
    ];
  },
});
