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
