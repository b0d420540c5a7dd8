// detectStatus, round 2: the shapes a status is said in beyond the plain
// "subject + 已 + verb" (README.md#on-the-page). Worded apart from the corpora.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

describe('detectStatus: the verb phrase', () => {
  it('a date, an adverb or the lender between 已/被 and the verb', () => {
    expect(detectStatus('您的花呗额度已于昨日关闭')).toMatchObject({ status: 'closed', product: 'huabei' });
    expect(detectStatus('金条额度被突然注销')).toMatchObject({ status: 'closed', product: 'jd-jintiao' });
  });
  it('Cantonese particles (咗) read as their Mandarin', () => {
    expect(detectStatus('我張信用卡凍結咗')).toMatchObject({ status: 'frozen', product: 'bank-card' });
  });
  it('a stop for a stated time, or a temporary 止付, is a pause, not a closure', () => {
    expect(detectStatus('您的白条已停用15天')).toMatchObject({ status: 'suspended' });
    expect(detectStatus('【中信银行】您的信用卡已临时止付')).toMatchObject({ status: 'suspended', product: 'bank-card' });
  });
  it('a restriction of the line is a pause', () => {
    expect(detectStatus('借呗已被限制借款')).toMatchObject({ status: 'suspended', product: 'jiebei' });
    expect(detectStatus('We have temporarily restricted borrowing on your credit line.')).toMatchObject({ status: 'suspended' });
  });
  it('a lock the user set themselves', () => {
    expect(detectStatus('我自己在设置里把金条锁定了')).toMatchObject({ status: 'user_locked', product: 'jd-jintiao' });
    expect(detectStatus("You've locked your credit card in the app.")).toMatchObject({ status: 'user_locked', product: 'bank-card' });
  });
  it('a recovery said of the fault', () => {
    expect(detectStatus('微粒贷冻结已解除')).toMatchObject({ status: 'normal', product: 'weilidai' });
    expect(detectStatus('We have removed the hold on your credit line.')).toMatchObject({ status: 'normal' });
  });
});

describe('detectStatus: numbers', () => {
  it('a labelled pair of limits, in either order, over two lines, in bank numerals', () => {
    expect(detectStatus('额度调整记录 / 原额度：¥30,000 / 新额度：¥12,000')).toMatchObject({
      status: 'reduced',
      limitBefore: 30000,
      limitAfter: 12000,
    });
    expect(detectStatus('信用卡调整后额度为人民币捌仟元，原额度为人民币贰万元')).toMatchObject({
      status: 'reduced',
      limitBefore: 20000,
      limitAfter: 8000,
    });
    expect(detectStatus('Your credit limit is now ¥2,000 (previously ¥6,000).')).toMatchObject({ status: 'reduced', limitAfter: 2000 });
  });
  it('a wait said with a gap or with 等', () => {
    expect(detectStatus('借款申请未通过，建议六个月后再行申请')).toMatchObject({ status: 'cooling_off', months: 6 });
    expect(detectStatus('有钱花说要等两个月才能重新申请')).toMatchObject({ status: 'cooling_off', months: 2, product: 'duxiaoman' });
    expect(detectStatus('Your application was not approved. You can apply again in 3 months.')).toMatchObject({
      status: 'cooling_off',
      months: 3,
    });
  });
  it("a card's last digits are not an amount", () => {
    expect(detectStatus('我行已将您尾号6612信用卡的信用额度调降至¥8,000')).toMatchObject({ status: 'reduced', product: 'bank-card' });
  });
  it('a retry without a period is a wait only after a decline', () => {
    expect(detectStatus('Jintiao is currently unavailable. Please try again later.')).toMatchObject({ status: 'unavailable' });
    expect(detectStatus('Your application was declined. Please try again later.')).toMatchObject({ status: 'cooling_off' });
  });
  it('月付 alone is 美团, unless its heading names another', () => {
    expect(detectStatus('月付额度已冻结')).toMatchObject({ status: 'frozen', product: 'meituan' });
    expect(detectStatus('抖音月付\n月付额度已冻结')).toMatchObject({ status: 'frozen', product: 'other' });
  });
});
