// detectStatus on what users post and screenshot (the dev-7 corpus, docs/architecture.md#corpora):
// posts in their own voice with slang, someone else's line retold, reported speech, and the text
// an on-device OCR reads off a phone screenshot.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe('detectStatus: English nouns are whole words', () => {
  it('"WeChat" holds no chat and "China Merchants" no merchant: the clause keeps its credit subject', () => {
    expect(detectStatus('WeChat Weilidai just shows "no credit limit available" for me now.')).toMatchObject({
      status: 'closed',
      product: 'weilidai',
    });
    expect(detectStatus('Got a text from my bank: my China Merchants credit card limit was reduced from 30,000 to 10,000.')).toMatchObject({
      status: 'reduced',
      product: 'bank-card',
      limitBefore: 30000,
      limitAfter: 10000,
    });
  });
  it('a chat, a merchant or an order that is a word of its own still takes the verb', () => {
    expect(statusOf('Your chat with Huabei support has been closed.')).toBe('unknown');
    expect(statusOf('The merchant has cancelled your Huabei order.')).toBe('unknown');
  });
});

describe("detectStatus: someone else's line, the way posts retell it", () => {
  it('a person right before the product, with no 的 (我闺蜜hb, 我老公借呗), owns the line', () => {
    expect(statusOf('我闺蜜hb被关了，她都快哭了')).toBe('unknown');
    expect(statusOf('我老公借呗被关了，气得一晚上没睡')).toBe('unknown');
    expect(statusOf('我妹的借呗也没了')).toBe('unknown');
  });
  it('what a person or a crowd says (朋友说, 一半的人都说, 评论区) is their report', () => {
    expect(statusOf('朋友说微粒贷被关要等半年才能再申请')).toBe('unknown');
    expect(statusOf('评论区一半的人都说额度清零了')).toBe('unknown');
    expect(statusOf('身边的人都说白条被冻结了')).toBe('unknown');
  });
  it("someone's line in English: a roommate's, a partner's, a cousin's", () => {
    expect(statusOf("My roommate's Huabei got frozen last week and she's freaking out")).toBe('unknown');
    expect(statusOf("My boyfriend's Jiebei was closed yesterday.")).toBe('unknown');
  });
  it("the user's own line beside it is still theirs", () => {
    expect(statusOf('客服说我的借呗已经关闭了，原因不方便透露')).toBe('closed');
    expect(statusOf('朋友的借呗被关了，我的也被关了')).toBe('closed');
  });
});

describe("detectStatus: posts' slang for the user's own line", () => {
  it('a product that is gone (jb没了), a refusal in a second (秒拒), a line that is back (回来了)', () => {
    expect(detectStatus('jb没了家人们，又是被大数据抛弃的一天🙃')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('分期乐申请又被秒拒了，这已经是第三次了')).toMatchObject({ status: 'declined', product: 'other' });
    expect(detectStatus('有钱花秒拒+1，提示“暂时无法为您提供借款服务”')).toMatchObject({ status: 'declined', product: 'duxiaoman' });
    expect(detectStatus('金条额度回来了，2万，可以正常借')).toMatchObject({ status: 'normal', product: 'jd-jintiao' });
  });
  it('"没了" of something else, or not at the end of its clause, states nothing', () => {
    expect(statusOf('借呗的优惠券没了')).toBe('unknown');
    expect(statusOf('借呗还完了，没了负担')).toBe('unknown');
  });
  it('"啥" asks and "容易" (tends to) is a generic statement', () => {
    expect(statusOf('jb额度清零是啥原因啊，求科普')).toBe('unknown');
    expect(statusOf('别频繁点额度测评，点多了容易秒拒')).toBe('unknown');
  });
  it('"+1" (me too) is no amount: "被砍额度+1，借呗直接降到3000" is a cut', () => {
    expect(detectStatus('被砍额度+1，借呗直接降到3000，连个理由都没有')).toMatchObject({ status: 'reduced', product: 'jiebei' });
  });
});

describe('detectStatus: 借呗 gone beside 信用贷 by a bank', () => {
  it('is the brand split, not a closure', () => {
    expect(statusOf('借呗没了，支付宝里多了一个“信用贷”，点进去写着由上海银行放款')).toBe('brand_split');
  });
  it('another product closed beside it stays a closure', () => {
    expect(statusOf('我的信用卡已停卡，信用贷由上海银行提供')).toBe('closed');
  });
});

describe('detectStatus: English headlines with no verb before the participle', () => {
  it('"Baitiao locked", "huabei closed", "Limit restored": the participle right after the line is its state', () => {
    expect(detectStatus('Locked my own Baitiao in settings so I stop impulse buying, it now says "Baitiao locked"')).toMatchObject({
      status: 'user_locked',
      product: 'jd-baitiao',
    });
    expect(detectStatus('opened alipay in london and it says huabei closed')).toMatchObject({ status: 'closed', product: 'huabei' });
    expect(statusOf('Limit restored to 20k after 6 months of nothing')).toBe('normal');
  });
  it('"is back" and "is gone" said of a line', () => {
    expect(detectStatus('My Alipay Jiebei is back!!')).toMatchObject({ status: 'normal', product: 'jiebei' });
    expect(detectStatus('Weilidai is back for me, limit shows ¥15,000 available')).toMatchObject({ status: 'normal', product: 'weilidai' });
    expect(detectStatus('lol my hb is gone.')).toMatchObject({ status: 'closed', product: 'huabei' });
  });
  it('a participle that qualifies a noun, or asks, is none', () => {
    expect(statusOf('Order closed automatically because payment timed out')).toBe('unknown');
    expect(statusOf('Is Jiebei back for anyone else?')).toBe('unknown');
    expect(statusOf('Huabei closed accounts cannot be reopened online.')).toBe('unknown');
  });
});

describe('detectStatus: hearsay and a time to come in English', () => {
  it('"people say" reports, and "as soon as it\'s back" is a time, not a recovery', () => {
    expect(statusOf("Tip: don't switch your Alipay number to a foreign one, people say it gets Huabei frozen")).toBe('unknown');
    expect(statusOf("Your credit line is temporarily unavailable. We'll let you know as soon as it's back.")).toBe('unavailable');
  });
});

describe('detectStatus: 网商贷 where 借呗 was, said by where it sits', () => {
  it('借呗的位置 / 借呗入口 now shows 网商贷, or jumps to it', () => {
    expect(statusOf('我借呗的位置现在是网商贷，说是给小微经营者的')).toBe('merchant_switch');
    expect(statusOf('借呗入口现在显示"网商贷"，说我可以申请经营贷')).toBe('merchant_switch');
    expect(statusOf('亲，您目前借呗入口展示的是网商贷，这是网商银行为经营者提供的贷款')).toBe('merchant_switch');
    expect(statusOf('支付宝：您的借呗入口已更新为网商贷，可用于店铺经营周转。')).toBe('merchant_switch');
    expect(statusOf('原来的借呗没了，点进去跳到"网商贷 · 经营者专享"')).toBe('merchant_switch');
  });
  it('in English: where my Jiebei used to be, offered … instead', () => {
    expect(statusOf("Alipay now shows MYbank's business loan (Wangshangdai) where my Jiebei used to be")).toBe('merchant_switch');
    expect(statusOf("Jiebei is no longer shown. You've been offered a MYbank business loan (Wangshangdai) instead.")).toBe(
      'merchant_switch',
    );
  });
  it('借呗 compared with 网商贷 is no switch', () => {
    expect(statusOf('借呗不是网商贷，两个是不同的产品')).toBe('unknown');
    expect(statusOf('借呗的位置和网商贷的位置不一样')).toBe('unknown');
  });
});

describe('detectStatus: a status whose cause is told or asked is stated', () => {
  it('是…关闭的 / 是…冻结的 (a cleft) states the act', () => {
    expect(detectStatus('打了95188，客服说我的花呗是系统综合评估后关闭的，没法人工开通')).toMatchObject({
      status: 'closed',
      product: 'huabei',
    });
    expect(statusOf('我的白条是因为逾期才被冻结的')).toBe('frozen');
  });
  it('asking only why (…，是因为…吗？) leaves the status stated before it', () => {
    expect(detectStatus('申請美團月付，結果顯示「暫不滿足開通條件」，是因為我的手機號碼是香港的嗎？')).toMatchObject({
      status: 'declined',
      product: 'meituan',
    });
  });
  it('asking whether, or how it was done, still asks', () => {
    expect(statusOf('我的借呗是被关闭了吗？')).toBe('unknown');
    expect(statusOf('借呗是怎么关闭的？')).toBe('unknown');
    expect(statusOf('这个订单是系统关闭的')).toBe('unknown');
  });
});

describe('detectStatus: a screenshot read by OCR', () => {
  it('¥ read as Y before a figure is still the yuan sign', () => {
    expect(detectStatus('借呗 / 可用额度 / Y8,000.00')).toMatchObject({ status: 'normal', product: 'jiebei' });
    expect(detectStatus('花呗额度已调整 / 原额度 Y6,000 / 现额度 Y2,000')).toMatchObject({ limitBefore: 6000, limitAfter: 2000 });
  });
  it('a Y in a word or a code is a letter', () => {
    expect(statusOf('可用额度 XY8000')).toBe('unknown');
  });
});

describe('detectStatus: a post that asks whether others have the same', () => {
  it('"有人一样吗", "有没有姐妹一样的" leave the status stated before them', () => {
    expect(detectStatus('借呗被关了，有人一样吗？')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(statusOf('我的花唄被關了😭 有人一樣嗎')).toBe('closed');
    expect(statusOf('花呗额度被降到2000了，有没有姐妹一样的')).toBe('reduced');
  });
  it('a question about the status itself still asks', () => {
    expect(statusOf('借呗被关了吗？')).toBe('unknown');
    expect(statusOf('有人知道借呗被关了还能开吗？')).toBe('unknown');
  });
});

describe("detectStatus: more of posts' own wording", () => {
  it('被冻了, 借呗关了, 又能用了 / 终于能用借呗了', () => {
    expect(detectStatus('我花呗被冻了')).toMatchObject({ status: 'frozen', product: 'huabei' });
    expect(detectStatus('借呗关了，我哭了')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('花呗又能用了')).toMatchObject({ status: 'normal', product: 'huabei' });
    expect(detectStatus('终于能用借呗了')).toMatchObject({ status: 'normal', product: 'jiebei' });
  });
  it('in English: disappeared, got rejected, can no longer use, not available anymore, working again', () => {
    expect(detectStatus('Jiebei just disappeared from my Alipay')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('Got rejected for Weilidai again')).toMatchObject({ status: 'declined', product: 'weilidai' });
    expect(detectStatus('I can no longer use Huabei')).toMatchObject({ status: 'unavailable', product: 'huabei' });
    expect(detectStatus('Jiebei not available for me anymore')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('My Huabei is working again!')).toMatchObject({ status: 'normal', product: 'huabei' });
  });
  it("the user's own act and someone else's thing stay none", () => {
    expect(statusOf('我把借呗关了，免得乱借')).toBe('unknown');
    expect(statusOf('借呗不能用了吗？')).toBe('unknown');
    expect(statusOf('This coupon is not available anymore')).toBe('unknown');
  });
});
