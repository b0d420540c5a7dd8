import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;
const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: one status per phrasing, with its subject', () => {
  const cases: [Status, string][] = [
    ['closed', '您的借呗额度已关闭'],
    ['closed', '额度已被关闭，现有借款仍按合同还款'],
    ['closed', '你当前暂无借呗额度'],
    ['closed', '暂无额度'],
    ['closed', '借呗已被关了'],
    ['closed', '您的分期乐额度已被系统关闭'],
    ['closed', 'Your credit line has been closed.'],
    ['closed', 'No available credit line'],
    ['frozen', '花呗已冻结'],
    ['frozen', '花呗逾期冻结，请尽快还款'],
    ['frozen', '状态：逾期冻结'],
    ['frozen', '借呗账户冻结中'],
    ['frozen', 'Your Huabei account has been frozen.'],
    ['suspended', '花呗已暂停使用'],
    ['suspended', '借呗暂停服务'],
    ['suspended', '借呗已暂停'],
    ['suspended', 'Your credit card has been temporarily suspended.'],
    ['reduced', '您的额度已调降'],
    ['reduced', '花呗额度降低'],
    ['reduced', '额度下调'],
    ['reduced', 'Your credit limit has been reduced.'],
    ['declined', '蚂蚁借呗申请经综合评估暂未通过'],
    ['declined', '综合评估未通过'],
    ['declined', '综合评分不足'],
    ['declined', '信用评估未通过'],
    ['declined', '很抱歉，您暂不满足开通条件'],
    ['declined', 'Your application was declined.'],
    ['declined', 'You did not pass the overall assessment.'],
    ['cooling_off', '申请未通过，请6个月后再试'],
    ['cooling_off', '借呗让我3个月以后再试'],
    ['cooling_off', '借呗：六个月以后再来'],
    ['cooling_off', '十二个月后再申请'],
    ['cooling_off', '评估未通过，30天后再试'],
    ['cooling_off', '6个月内无法再次申请'],
    ['cooling_off', 'Your application was not approved. Please try again in 6 months.'],
    ['security_risk', '您的账户存在风险'],
    ['security_risk', '借呗安全风险'],
    ['security_risk', 'We detected a security risk on your account.'],
    ['unavailable', '借呗当前无法使用'],
    ['unavailable', '微粒贷暂时无法提供服务'],
    ['unavailable', 'Borrowing is temporarily unavailable.'],
    ['brand_split', '信用贷 由 XX银行 提供，借款合同与银行签订'],
    ['brand_split', 'Credit loans on this page are provided by partner banks.'],
    ['merchant_switch', '我的借呗变成了网商贷'],
    ['merchant_switch', '借呗已升级为网商贷'],
    ['merchant_switch', 'MYbank loan offered instead of Jiebei'],
    ['user_locked', '白条已锁定'],
    ['user_locked', '您已锁定白条，可在设置中解锁'],
    ['user_locked', 'Baitiao is locked'],
    ['normal', '花呗 可用额度 3,200.00'],
    ['normal', '可用额度：￥8,000.00 总额度：￥10,000.00'],
    ['normal', '额度状态：正常'],
    ['normal', 'Available credit: ¥5,000'],
  ];
  it.each(cases)('%s ← %s', (status, text) => {
    const result = detectStatus(text);
    expect(result.status).toBe(status);
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(e.length).toBeLessThanOrEqual(120);
  });

  it('finds nothing in unrelated text', () => {
    expect(detectStatus('欢迎使用支付宝。今天天气不错。')).toEqual(nothing);
    expect(detectStatus('')).toEqual(nothing);
  });

  it('does not take a zero, masked or advertised amount as a live line', () => {
    expect(statusOf('可用额度 0.00')).toBe('unknown');
    expect(statusOf('可用额度 ****')).toBe('unknown');
    expect(statusOf('借呗 · 最高可借20万元')).toBe('unknown');
  });
});

describe('detectStatus: a status needs a credit subject', () => {
  it.each([
    // A bare verb says nothing about a credit line (it fired on its own before the clause rule).
    '已关闭',
    '已冻结',
    'frozen',
    '暂停服务',
    '当前无法使用',
    '请6个月后再试',
    'Your account has been frozen.',
    'This service is temporarily unavailable.',
    // The verb belongs to another subject: orders, settings, transfers, coupons, memberships.
    '订单已关闭',
    '订单状态：已关闭',
    '白条免密支付已关闭',
    '花呗自动还款已关闭，到期请手动还款',
    '借呗还款短信提醒已取消订阅',
    '该笔转账资金已暂时冻结',
    '优惠券已冻结（订单支付中）',
    '花呗分期免息券已锁定',
    '京东PLUS会员自动续费已暂停',
    '信用卡积分兑换已暂停',
    'Your daily transfer limit has been lowered to ¥10,000 as requested.',
    'Online credit card applications are temporarily closed.',
    'Coupon frozen while your order is being processed.',
  ])('%s', (text) => {
    expect(detectStatus(text)).toEqual(nothing);
  });

  it('takes the subject from the heading of the block', () => {
    expect(detectStatus('借呗\n额度已关闭')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('信用卡 尾号3390\n卡片状态：冻结')).toMatchObject({ status: 'frozen', product: 'bank-card' });
    expect(detectStatus('白条\n已锁定')).toMatchObject({ status: 'user_locked', product: 'jd-baitiao' });
    expect(detectStatus('Status: Frozen\nAvailable credit: ¥0.00')).toMatchObject({ status: 'frozen' });
  });

  it('a bare verb has no subject even with a page product, and the page product is only a hint', () => {
    expect(detectStatus('已关闭')).toEqual(nothing);
    // An account page's order table: a bare status on its own line is an order's (test/fixtures/pages/dev/).
    expect(detectStatus('订单号\n商品\n状态\n2866001923\nApple AirPods\n已关闭', { product: 'jd-baitiao' })).toEqual(nothing);
    expect(detectStatus('额度已关闭', { product: 'huabei' })).toMatchObject({ status: 'closed', product: 'huabei' });
    // A hint never overrides the product the text names.
    expect(detectStatus('借呗已关闭', { product: 'huabei' })).toMatchObject({ status: 'closed', product: 'jiebei' });
  });

  it("a status card's heading names the product several label and value lines up", () => {
    const card =
      '我的借呗\n可用额度\n¥0.00\n总额度\n¥20,000.00\n待还本金\n¥3,280.00\n额度已关闭\n花呗\n可用额度 ¥4,300.00\n状态：正常使用中';
    expect(detectStatus(card, { product: 'huabei' })).toMatchObject({ status: 'closed', product: 'jiebei' });
    // A credit word before 记录, 明细 or 列表 names a list: its rows' statuses are the records'.
    expect(detectStatus('借款记录\n全部\n还款中\n已结清\n已关闭\n已取消')).toEqual(nothing);
  });

  it("a finance site's footer warns about investing: 投资 and 市场 take the risk (no security hold)", () => {
    expect(detectStatus('京东金融 © 2013-2026 | 投资有风险，理财需谨慎 | 贷款额度、利率以实际审批为准')).toEqual(nothing);
    expect(detectStatus('市场有风险，投资需谨慎\n贷款额度以审批为准')).toEqual(nothing);
  });
});

describe('detectStatus: the product comes from the evidence', () => {
  it('a portal showing two products: the closed one beside the available one', () => {
    const portal = '借呗\n额度已关闭\n花呗\n可用额度 5,000.00';
    expect(detectStatus(portal)).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus(portal, { product: 'huabei' })).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('借呗已关闭\n花呗可用额度 5,000.00')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('您咨询的是借呗哈，查询到借呗额度已经关闭了；花呗是正常的')).toMatchObject({ status: 'closed', product: 'jiebei' });
  });
  it.each([
    ['【微众银行】您的微粒贷额度已关闭', 'weilidai'],
    ['【招商银行】您尾号8888的信用卡已止付并停用', 'bank-card'],
    ['京东金条 额度已冻结', 'jd-jintiao'],
    ['美团月付已冻结', 'meituan'],
    ['有钱花 / 额度已失效', 'duxiaoman'],
    ['360借条：您的借款额度已取消', 'jietiao360'],
    ['We have closed your credit card ending in 4321.', 'bank-card'],
  ] as const)('%s → %s', (text, product) => {
    expect(detectStatus(text).product).toBe(product);
  });
});

describe('detectStatus: recovery', () => {
  it.each([
    '恭喜，你的借呗额度已恢复，可正常借款',
    '【京东金融】您的白条已解除冻结，可正常使用。',
    '经核查，您的花呗未冻结，可以正常使用哦',
    '信用卡解除凍結了，已經可以正常刷卡',
    'Good news: your Jiebei credit line has been restored and you can borrow again.',
    '花呗额度恢复到1万了，之前被降到500',
  ])('%s → normal', (text) => {
    expect(statusOf(text)).toBe('normal');
  });
  it('a recovery said as a prospect is not one', () => {
    expect(statusOf('花呗已冻结，还清后可申请恢复')).toBe('frozen');
    expect(statusOf('美团月付已冻结，结清本期账单后将自动解冻')).toBe('frozen');
    expect(statusOf('Your credit card has been suspended until the suspension is lifted.')).toBe('suspended');
  });
});

describe('detectStatus: robustness', () => {
  it('reads full-width forms', () => {
    expect(statusOf('额度已关闭，请６个月后再试')).toBe('cooling_off');
    expect(detectStatus('可用额度：１，２００').status).toBe('normal');
  });
  it('reads phrases broken by spaces and line breaks', () => {
    expect(statusOf('额度 已\n关闭')).toBe('closed');
    expect(statusOf('花\n呗\n已\n冻\n结')).toBe('frozen');
    expect(detectStatus('额度 已\n关闭').evidence).toEqual(['额度已关闭']);
  });
  it('reads text split across elements, whatever the separator', () => {
    for (const sep of ['', '\n', ' ', '\n\n  ']) {
      expect(statusOf(['额度', '已', '关闭'].join(sep))).toBe('closed');
      expect(statusOf(['白条', '已锁定'].join(sep))).toBe('user_locked');
    }
  });
  it('reads traditional characters, and shows them as they were', () => {
    expect(statusOf('額度已關閉')).toBe('closed');
    expect(statusOf('花唄已凍結')).toBe('frozen');
    expect(statusOf('額度已暫停使用')).toBe('suspended');
    expect(statusOf('經綜合評估暫未通過')).toBe('declined');
    expect(detectStatus('借唄申請未通過，請6個月後再試').months).toBe(6);
    expect(statusOf('帳戶存在風險')).toBe('security_risk');
    expect(detectStatus('我的借唄已關閉').evidence).toEqual(['我的借唄已關閉']);
  });
  it('reads OCR confusions, and shows what was recognised', () => {
    const r = detectStatus('您的借呗额度己关闭');
    expect(r).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(r.evidence).toEqual(['您的借呗额度己关闭']);
    expect(detectStatus('日条己锁定')).toMatchObject({ status: 'user_locked', product: 'jd-baitiao' });
    expect(statusOf('花呗额度\n已冻\n结，请尽快还款')).toBe('frozen');
  });
  it('reads Chinese and Arabic month counts', () => {
    const months = (period: string): number | undefined => detectStatus(`申请未通过，请${period}`).months;
    expect(months('6个月后再试')).toBe(6);
    expect(months('六个月后再试')).toBe(6);
    expect(months('十二个月后再试')).toBe(12);
    expect(months('3个月之后重新申请')).toBe(3);
    expect(months('半年后再试')).toBe(6);
    expect(months('一年后再申请')).toBe(12);
    expect(detectStatus('Application declined. Try again in six months').months).toBe(6);
    expect(detectStatus('Application declined. You may reapply after 12 months').months).toBe(12);
    const days = detectStatus('申请未通过，30天后再试');
    expect(days.status).toBe('cooling_off');
    expect(days.months).toBeUndefined();
  });
  it('reads amounts with separators, units and Chinese numerals', () => {
    expect(detectStatus('额度从5,000元降至2,000元')).toMatchObject({ status: 'reduced', limitBefore: 5000, limitAfter: 2000 });
    expect(detectStatus('額度由 1.2万 调整为 3000')).toMatchObject({ status: 'reduced', limitBefore: 12000, limitAfter: 3000 });
    expect(detectStatus('我的花呗5千突然降到了2千')).toMatchObject({
      status: 'reduced',
      limitBefore: 5000,
      limitAfter: 2000,
      product: 'huabei',
    });
    expect(detectStatus('花呗额度从五千降到两千')).toMatchObject({ limitBefore: 5000, limitAfter: 2000 });
    expect(detectStatus('额度从¥8,000.50下调至¥1,000')).toMatchObject({ limitBefore: 8000.5, limitAfter: 1000 });
    expect(detectStatus('Your limit was cut from 5,000 to 2,000 yuan')).toMatchObject({
      status: 'reduced',
      limitBefore: 5000,
      limitAfter: 2000,
    });
    expect(detectStatus('信用卡\n2024-03-18 固定额度 ¥40,000.00 → ¥12,000.00')).toMatchObject({ status: 'reduced', limitAfter: 12000 });
  });
  it('a raised line is not a reduction', () => {
    expect(statusOf('额度从2000元调整为5000元')).toBe('normal');
  });
  it('renders no payload: evidence is plain text from the input', () => {
    const r = detectStatus('额度已关闭<img src=x onerror="window.__xssFired=1">');
    expect(r.status).toBe('closed');
    expect(r.evidence[0]).toContain('额度已关闭');
  });
  it('handles 200 KB of text with the status deep inside', () => {
    const filler = '这是普通的页面文字，和额度无关。'.repeat(12_500);
    const text = `${filler.slice(0, 100_000)}\n花呗已冻结\n${filler.slice(0, 100_000)}`;
    expect(text.length).toBeGreaterThan(200_000);
    expect(detectStatus(text).status).toBe('frozen');
  });
  it('survives pathological whitespace and repetition', () => {
    expect(statusOf(`${' '.repeat(100_000)}额度已关闭${'\t'.repeat(100_000)}`)).toBe('closed');
    const many = detectStatus('额度已关闭。'.repeat(20_000));
    expect(many.status).toBe('closed');
    expect(many.evidence).toEqual(['额度已关闭']);
  });
  it('finds the status after a long list of unrelated closed orders', () => {
    const orders = '订单已关闭\n'.repeat(300);
    expect(statusOf(`${orders}您的借呗额度已冻结`)).toBe('frozen');
  });
});
