// detectStatus on banks' card notices, the smaller lenders and the phone channel (the dev-9
// corpus, docs/architecture.md#corpora): SMS from 【银行】, IVR prompts and hotline transcripts,
// 微粒贷, 美团, 度小满, 360借条 and 金条 in their users' words.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe("detectStatus: a bank's review is how the card was stopped, not what was stopped", () => {
  it('因…评估 / 经我行审核 between the card and its state', () => {
    expect(detectStatus('您尾号6621的信用卡因综合风险评估已止付并停用。')).toMatchObject({ status: 'closed', product: 'bank-card' });
    expect(detectStatus('您尾号1234的信用卡经我行审核已作销卡处理。')).toMatchObject({ status: 'closed', product: 'bank-card' });
    expect(detectStatus('【中信银行】您尾号4419的信用卡经我行审核已办理销卡。')).toMatchObject({ status: 'closed', product: 'bank-card' });
  });
  it('an application is still a thing of its own', () => {
    expect(statusOf('您的信用卡申请已取消')).toBe('unknown');
    expect(statusOf('信用卡分期申请因资料不全已关闭')).toBe('unknown');
  });
});
