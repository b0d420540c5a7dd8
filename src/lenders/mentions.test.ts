// detectStatus, round 2: texts where a status word appears but the user's own
// line is not its subject, or the clause only mentions it (README.md#on-the-page).
// Each says nothing. Worded apart from the corpora, to test the rule, not a line.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: not the credit line', () => {
  it('a rate, a fee or a charge moving is not the limit', () => {
    expect(detectStatus('白条利率下调了，年化低至7.2%')).toEqual(nothing);
    expect(detectStatus('金条借款手续费降低，限时优惠')).toEqual(nothing);
    expect(detectStatus('We have lowered the interest rate on your Jiebei loans.')).toEqual(nothing);
  });
  it('a card replaced after a loss: the old card is stopped, not the line', () => {
    expect(detectStatus('【建设银行】您的信用卡已挂失补办，原卡已停用，新卡将寄至账单地址')).toEqual(nothing);
    expect(detectStatus('信用卡補發完成，舊卡已停用')).toEqual(nothing);
    expect(detectStatus('Your replacement card is on its way. Your old card has been deactivated.')).toEqual(nothing);
  });
});

describe('detectStatus: only a mention', () => {
  it('a list of reasons names causes, not the state', () => {
    expect(detectStatus('花呗被冻结的主要原因：逾期、账户异常、身份信息过期')).toEqual(nothing);
    expect(detectStatus('Common reasons include overdue payments and unusual account activity.')).toEqual(nothing);
  });
  it("someone else's line, and what a borrower told reporters", () => {
    expect(detectStatus('我表哥的借呗降额了，从三万降到五千')).toEqual(nothing);
    expect(detectStatus('"They froze my card without notice," one customer told reporters.')).toEqual(nothing);
  });
  it('a dated change in a sentence that names nobody is news', () => {
    expect(detectStatus('2024年6月起，部分花呗额度下调')).toEqual(nothing);
    expect(detectStatus('2024年6月起我的花呗额度下调了')).toMatchObject({ status: 'reduced' });
  });
  it('a recovery that cannot be done is none; the fault stands', () => {
    expect(detectStatus('您的白条目前处于冻结状态，客服无法为您解冻')).toMatchObject({ status: 'frozen' });
  });
  it('a cause of another status yields to it', () => {
    expect(detectStatus('【招商银行】因您的账户存在风险，我行已对您的信用卡作销卡处理')).toMatchObject({
      status: 'closed',
      product: 'bank-card',
    });
  });
  it('还是 before the match means "still", not "or"', () => {
    expect(detectStatus('花呗逾期一天就被冻结了，还款后还是冻结中，要等几天？')).toMatchObject({ status: 'frozen', product: 'huabei' });
    expect(detectStatus('花呗是被冻结了还是系统出错？')).toEqual(nothing);
  });
});
