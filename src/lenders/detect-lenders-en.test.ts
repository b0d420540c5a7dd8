// detectStatus on the smaller lenders and banks' own loans (the dev-9 corpus's domain, docs/architecture.md#corpora),
// in their apps' English, their users' posts and their calls; the cards' own tests are in detect-banks.test.ts.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe("detectStatus: a lender's English", () => {
  it('no credit available for you is no line', () => {
    expect(statusOf('Weilidai: Sorry, no credit available for you at the moment.')).toBe('closed');
    expect(statusOf('There is no credit available in this promotion')).toBe('unknown');
  });
  it('a limit that dropped, got slashed or halved is a cut', () => {
    expect(statusOf('360 Jietiao says my limit dropped to zero overnight.')).toBe('reduced');
    expect(statusOf('My Jintiao limit got slashed by half this morning.')).toBe('reduced');
    expect(statusOf('If your limit drops to zero, contact us.')).toBe('unknown');
  });
});

describe("detectStatus: a bank's own loan is its product, not the bank's card", () => {
  it('【工商银行】融e借额度已失效', () => {
    expect(detectStatus('【工商银行】融e借额度已失效。')).toMatchObject({ status: 'closed', product: 'other' });
    expect(detectStatus('我的小米贷款被拒了')).toMatchObject({ status: 'declined', product: 'other' });
  });
});

describe('detectStatus: a line at 0 on the phone, and a review as the cause', () => {
  it('额度目前是0 is no line; a temporary limit (临时额度) at 0 is a thing of its own', () => {
    expect(statusOf('客服（电话）：您的借呗额度目前是0，暂时无法借款。')).toBe('closed');
    expect(statusOf('临时额度为0')).toBe('unknown');
    expect(statusOf('您当前暂无临时额度')).toBe('unknown');
  });
  it('因近期风险评估 is how the line was paused', () => {
    expect(statusOf('您好，这里是微众银行，您的微粒贷因近期风险评估已暂停借款。')).toBe('suspended');
  });
});

describe("detectStatus: a thing's word read across two lines is no word when the second starts with a credit word", () => {
  it('美团 / 钱包 / 月付 / 已冻结: 包 ↵ 月付 is no 包月 (a subscription)', () => {
    expect(detectStatus('美团\n钱包\n月付\n已冻结')).toMatchObject({ status: 'frozen', product: 'meituan' });
  });
  it('a subscription said on one line is still one', () => {
    expect(statusOf('美团月付\n连续包月已关闭')).toBe('unknown');
  });
});
