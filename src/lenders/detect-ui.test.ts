// detectStatus: what a page reader picks up that states nothing of the user's line
// (test/fixtures/phrases/dev-10.tsv, round 7): other people's lines, explanations,
// search boxes and glossaries; and the terse status lines beside them. When it is
// unclear whose or what the status is, detection says nothing.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

const nothing = { status: 'unknown', evidence: [] };

describe("detectStatus: a thread's poster and Taiwan's news wording are someone else", () => {
  it('楼主, 题主, 博主 own the line a reply talks about', () => {
    expect(detectStatus('樓主的白條被凍結那篇我看了，好可怕')).toEqual(nothing);
    expect(detectStatus('题主的借呗额度被降了，我的倒没事')).toEqual(nothing);
    expect(detectStatus('博主的花呗已关闭，视频里说是因为频繁借款')).toEqual(nothing);
    // The user's own line is still theirs.
    expect(detectStatus('我的白条被冻结了')).toMatchObject({ status: 'frozen', product: 'jd-baitiao' });
  });

  it('報導 (Taiwan and Hong Kong for 报道) reports the news', () => {
    expect(detectStatus('據報導，台灣用戶的支付寶花唄額度遭到調降')).toEqual(nothing);
    expect(detectStatus('報導指出，香港用戶的借唄額度已被關閉')).toEqual(nothing);
  });
});

describe("detectStatus: a search box's or an explanation's example", () => {
  it('e.g., for example, for instance: an example of a wording, in English as in Chinese (例如, 比如)', () => {
    expect(detectStatus('Search help, e.g. "credit line frozen"')).toEqual(nothing);
    expect(detectStatus('Ask a question, for example: Huabei limit reduced')).toEqual(nothing);
    expect(detectStatus('Describe your issue (for instance "my Jiebei was closed")')).toEqual(nothing);
    expect(detectStatus('Try searching "Jiebei closed" or "Baitiao frozen"')).toEqual(nothing);
    // A dotted abbreviation ends no sentence; a sentence's own full stop still does.
    expect(detectStatus('Sent from alipay.com at 9 a.m. Your Huabei has been closed.')).toMatchObject({ status: 'closed', product: 'huabei' });
  });
});
