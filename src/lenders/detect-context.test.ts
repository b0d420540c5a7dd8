// detectStatus: how statuses combine, and which clauses only mention a status.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;
const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: refinements and conflicts', () => {
  it('cooling_off refines a decline and carries the months', () => {
    const r = detectStatus('经综合评估暂未通过，请6个月后再试');
    expect(r).toMatchObject({ status: 'cooling_off', months: 6 });
    expect(r.evidence.join(' ')).toContain('暂未通过');
  });
  it('a specific status refines a generic "unavailable"', () => {
    expect(statusOf('花呗已冻结\n当前无法使用')).toBe('frozen');
    expect(statusOf('账户存在风险，借呗已暂停使用')).toBe('security_risk');
    expect(statusOf('白条已锁定，暂时无法使用')).toBe('user_locked');
  });
  it('a reduction with the new available amount is a reduction', () => {
    expect(detectStatus('额度已调降\n可用额度 2,000.00')).toMatchObject({ status: 'reduced' });
    expect(detectStatus('额度从5,000元降至2,000元\n可用额度 2,000.00')).toMatchObject({ status: 'reduced', limitAfter: 2000 });
  });
  it('a reduction phrase next to a rise is a conflict', () => {
    expect(statusOf('额度已调降\n额度从2000元调整为5000元')).toBe('unknown');
  });
  it('a merchant switch explains a closed 借呗', () => {
    expect(statusOf('借呗已关闭\n借呗已切换为网商贷')).toBe('merchant_switch');
  });
  it('a fault on a 信用贷 page is the fault, not the page', () => {
    expect(statusOf('信用贷由XX银行提供\n暂无额度')).toBe('closed');
  });
  it('closed next to a positive available amount of the same line is unknown, with both snippets', () => {
    const r = detectStatus('借呗已关闭\n可用额度 5,000.00');
    expect(r.status).toBe('unknown');
    expect(r.evidence).toEqual(['借呗已关闭', '可用额度5,000.00']);
    expect(statusOf('花呗\n已关闭\n可用额度 5,000.00 元')).toBe('unknown');
  });
  it('a hold next to a printed amount of the same line is the hold (the screen keeps printing it)', () => {
    expect(detectStatus('可借额度(元)\n28,000.00\n抱歉，金条暂时无法提供服务，请您稍后再试。')).toMatchObject({
      status: 'unavailable',
      product: 'jd-jintiao',
    });
    expect(statusOf('白条\n可用额度 ¥1,200.00\n额度已冻结')).toBe('frozen');
  });
  it('two faults said in their own clauses are unknown', () => {
    const r = detectStatus('额度已关闭\n借呗已冻结');
    expect(r.status).toBe('unknown');
    expect(r.evidence).toHaveLength(2);
  });
  it('a status inherited from a heading loses to one said in its own clause', () => {
    expect(statusOf('花呗额度已冻结\n已关闭')).toBe('frozen');
  });
  it('different waiting periods keep cooling_off but drop the months', () => {
    const r = detectStatus('申请未通过，请3个月后再试\n请6个月后再试');
    expect(r.status).toBe('cooling_off');
    expect(r.months).toBeUndefined();
  });
});

describe('detectStatus: questions, advice, conditions, negations and reports are not a status', () => {
  it.each([
    '如何避免额度被关闭',
    '额度关闭怎么办',
    '借呗额度已关闭，怎么办？',
    '为什么我的借呗已关闭？',
    '为什么告诉我借呗六个月以后再来',
    '花呗冻结了怎么解冻',
    '借呗额度降低了怎么办',
    '综合评估未通过是什么原因',
    '额度被关闭后怎么还款',
    '额度被关闭的原因有哪些',
    '如果逾期，额度将被冻结。',
    '一旦逾期，花呗会被冻结',
    '借呗是不是被冻结了啊',
    '借唄是不是被關了？還是只是系統問題？',
    '白條鎖定是自己設定的，還是被平台鎖的？',
    '您的花呗未被冻结',
    '您的花唄沒有被凍結喔。',
    '白条没有被锁定',
    '系统并未对您的白条做任何限制操作。',
    '如何解除锁定白条',
    '谨防诈骗，注意账户安全风险',
    '可用额度5000怎么突然没了？',
    '信用卡被降額怎麼辦？可以先致電客服了解原因，半年後再申請調額。',
    '据媒体报道，多名用户反映借呗额度在无逾期情况下被关闭。',
    '我老公的白条被关了，我的还能用吗？',
    'How to avoid your credit line being closed',
    'Why was my account frozen?',
    'What happens if my application was declined?',
    'Is my Weilidai closed, or just temporarily unavailable?',
    'Your account has not been frozen.',
    'We did not reduce your limit.',
    'If your card is suspended, you can still make payments.',
    'Regulators said some lenders froze credit lines without notice.',
  ])('%s', (text) => {
    expect(detectStatus(text)).toEqual(nothing);
  });

  it('keeps the status on a page that also carries an FAQ', () => {
    const page = ['常见问题', '额度关闭怎么办？', '如何避免额度被冻结', '我的额度', '您的借呗额度已关闭', '如有疑问请联系客服'].join('\n');
    expect(detectStatus(page)).toMatchObject({ status: 'closed', evidence: ['您的借呗额度已关闭'] });
  });
  it('a status sentence followed by a plain prompt still counts', () => {
    expect(statusOf('您的借呗已关闭，是否前往还款？')).toBe('closed');
    expect(statusOf('温馨提示：您的额度已冻结')).toBe('frozen');
    expect(statusOf('您的借呗已关闭，若有疑问请联系客服')).toBe('closed');
  });
  it('a complaint quoting the user’s own page is the user’s status', () => {
    expect(statusOf('投诉：支付宝借呗在我无任何逾期的情况下显示“额度已关闭”，要求给出具体原因。')).toBe('closed');
  });
});
