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
