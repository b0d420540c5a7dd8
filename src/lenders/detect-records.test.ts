// detectStatus on the lender's own pages on an ordinary day (test/fixtures/pages/dev-6/): record lists and tables,
// FAQ titles, offers and payment settings, where status words name other things than the line.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: a state cell of a dated record is that record’s', () => {
  it.each([
    '借呗 / 近7日待还（元） / 0.00 / 全部借款已还清 · 逾期 0 天 · 自动还款已关闭 / 借款记录 / 借款日 / 金额 / 期限 / 状态 / 2026-05-03 / ¥6,000.00 / 6个月 / 已结清 / 2025-12-28 / ¥10,000.00 / 12个月 / 已关闭（放款失败，未产生费用）',
    '借款合同 / 借款编号 / 借款日期 / 金额 / 状态 / JT2025071531** / 2025-07-15 / ¥3,000.00 / 已关闭 / 用户取消借款',
    '固定额度申请记录 / 申请时间 / 申请方式 / 结果 / 说明 / 2025-08-14 / 主动申请提额 / 提额失败 / 本次综合评估暂未通过',
    '京东白条 / 2026-11-24 订单号 2916**02 / 白条支付 / 机械键盘 ×1 · ¥349.00 / 已关闭 · 退款已退回白条',
  ])('%s', (text) => expect(detectStatus(text)).toEqual(nothing));
  it('a dated message that names the line still states it', () => {
    expect(detectStatus('消息中心 / 2026-11-18 / 额度调整通知 / 您的借呗额度已降低')).toMatchObject({
      status: 'reduced',
      product: 'jiebei',
    });
    expect(detectStatus('2026-11-18 您的花呗额度已冻结')).toMatchObject({ status: 'frozen', product: 'huabei' });
  });
  it('a sentence below a date is no cell', () => {
    expect(detectStatus('2026-11-18 / 经综合评估，您的借呗暂时无法使用，请6个月后再试')).toMatchObject({
      status: 'cooling_off',
      months: 6,
    });
  });
});

describe('detectStatus: a question heads nothing', () => {
  it('an FAQ title above another title', () => {
    expect(
      detectStatus(
        'JD Finance / Help Center / Jintiao / Baitiao / Repayment / Account security / Why was my credit line closed? / My Baitiao says "Frozen" — what can I do? / How do I lock or unlock Baitiao? / I was told to try again in 3 months. Why?',
      ),
    ).toEqual(nothing);
    expect(detectStatus('常见问题 / 白条被锁定了怎么解锁？ / 6个月后可以重新申请吗')).toEqual(nothing);
  });
  it('a product title above a bare state still heads it', () => {
    expect(detectStatus('京东白条 / 已冻结')).toMatchObject({ status: 'frozen', product: 'jd-baitiao' });
  });
});

describe('detectStatus: a phrase naming its own subject names another thing’s', () => {
  it('暂无可领取的临时额度 is no offer, not no line', () => {
    expect(detectStatus('花呗 / 临时额度：暂无可领取的临时额度')).toEqual(nothing);
  });
  it('暂无可用额度 is still no line', () => {
    expect(detectStatus('花呗 / 当前暂无可用额度')).toMatchObject({ status: 'closed', product: 'huabei' });
  });
});

describe('detectStatus: paying with a product is a payment method', () => {
  it('已关闭 3 个应用的花呗支付', () => {
    expect(detectStatus('花呗付款权限管理 / 已关闭 3 个应用的花呗支付 / 管理')).toEqual(nothing);
  });
  it('the product’s own closure still counts', () => {
    expect(detectStatus('您的花呗已关闭，暂时无法使用花呗支付')).toMatchObject({ status: 'closed', product: 'huabei' });
  });
});
