// detectStatus: whose status a clause states (README.md#on-the-page). Round 3 of
// detection: texts that look like a status of the user's line but state the status
// of another thing beside a credit word (test/fixtures/phrases/dev-3.tsv). When it
// is unclear whose status it is, detection says nothing.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;
const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: the clause has its own non-credit subject', () => {
  it('a noun before the verb is the subject; a product after it is only where money went', () => {
    expect(detectStatus('Automatic payments have been switched off for Jiebei.')).toEqual(nothing);
    expect(detectStatus('The refund of ¥88.00 will go back to your Baitiao tomorrow.')).toEqual(nothing);
    expect(detectStatus('投诉单已关闭:关于花呗额度的问题已答复')).toEqual(nothing);
    expect(detectStatus('安全中心 > 设备锁已关闭 > 白条')).toEqual(nothing);
    // A product before its verb still states its status.
    expect(statusOf('Your Jiebei credit line has been closed.')).toBe('closed');
    expect(statusOf('花呗已关闭，已借款项请按时还款')).toBe('closed');
  });
});

describe("detectStatus: the verb's object is not a credit line", () => {
  it('已取消订单, 已暂停扣款, 已暂停自动续费: the object takes the verb', () => {
    expect(detectStatus('商家已取消订单，白条支付的金额将退回')).toEqual(nothing);
    expect(detectStatus('借呗还款账户已暂停扣款这笔费用')).toEqual(nothing);
    expect(detectStatus('京东 我的\n白条\n视频会员已暂停自动续费')).toEqual(nothing);
    // A noun before a colon titles the status that follows.
    expect(detectStatus('白条额度下调通知：¥6,000.00 → ¥3,000.00')).toMatchObject({ status: 'reduced', product: 'jd-baitiao' });
  });
});

describe('detectStatus: an application, a record or an option is a thing of its own', () => {
  it('借款申请已取消, 借据已关闭, 关闭花呗分期选项: not the line', () => {
    expect(detectStatus('白条分期申请已取消（您主动取消）')).toEqual(nothing);
    expect(detectStatus('这笔金条借款已还清，借据已关闭')).toEqual(nothing);
    expect(detectStatus('本店已关闭白条分期选项')).toEqual(nothing);
    // An application outcome still has its application for a subject.
    expect(statusOf('您的借呗申请暂未通过')).toBe('declined');
  });
});

describe('detectStatus: a product that names or qualifies another noun', () => {
  it('免密支付(花呗), a group named after a product, a product "as" a payment method', () => {
    expect(detectStatus('大额免密支付（白条）已关闭')).toEqual(nothing);
    expect(detectStatus('群聊“花呗互助群”因违反规定已被停用')).toEqual(nothing);
    expect(detectStatus('金条官方交流群已暂停发言')).toEqual(nothing);
    expect(detectStatus('你已关闭“白条”作为默认付款方式')).toEqual(nothing);
  });
  it('a label line names its own field: 支付方式:月付 is how an order was paid', () => {
    expect(detectStatus('您的打车行程已取消\n支付方式：美团月付')).toEqual(nothing);
    expect(detectStatus('您的额度已关闭\n美团月付')).toMatchObject({ status: 'closed', product: 'meituan' });
  });
  it('non-credit things on lender apps: 立减金, 保障, a disputed transaction', () => {
    expect(detectStatus('白条立减金已失效')).toEqual(nothing);
    expect(detectStatus('保障已暂停，本月保费未能从花呗扣款')).toEqual(nothing);
    expect(detectStatus('这笔争议交易已撤销，信用卡冻结的款项已退回')).toEqual(nothing);
  });
});

describe('detectStatus: a status word that only names a document, a report or a policy', () => {
  it('降额通知, 冻结申诉, 降额的投诉: a notice, an appeal, a complaint about a status', () => {
    expect(detectStatus('那条降额通知是发错了，您的额度没有变化')).toEqual(nothing);
    expect(detectStatus('您的额度冻结申诉已受理')).toEqual(nothing);
    expect(detectStatus('关于借呗降额的投诉我们已记录')).toEqual(nothing);
  });
  it('hearsay and news about other users', () => {
    expect(detectStatus('群里好多人说金条暂停了，我也慌了')).toEqual(nothing);
    expect(detectStatus('Bloomberg: the bank cut credit lines for some Baitiao users last week.')).toEqual(nothing);
  });
  it("a policy's measures (视情况, 有权) are no status", () => {
    expect(detectStatus('逾期超过30天的，我行将视情况对信用卡采取止付措施')).toEqual(nothing);
    expect(detectStatus('贷款人有权暂停您的借款额度')).toEqual(nothing);
  });
});

describe('detectStatus: round-3 wording of real statuses', () => {
  it('an instruction to repay and lift the freeze is no recovery', () => {
    expect(statusOf('您的白条因逾期已冻结，请及时还款解除冻结')).toBe('frozen');
  });
  it('a lock the user turned on, in Chinese and English', () => {
    expect(detectStatus('你已开启金条锁，解锁后才能借款')).toMatchObject({ status: 'user_locked', product: 'jd-jintiao' });
    expect(detectStatus('Jintiao locked by you.')).toMatchObject({ status: 'user_locked', product: 'jd-jintiao' });
  });
  it('服务不可用 is unavailable; a loan 由…银行发放 is the 信用贷 page', () => {
    expect(detectStatus('有钱花借款服务不可用')).toMatchObject({ status: 'unavailable', product: 'duxiaoman' });
    expect(statusOf('信用贷\n您的借款由宁波银行发放')).toBe('brand_split');
  });
});
