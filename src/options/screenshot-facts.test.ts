import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceRanges, screenshotFacts, statusLineOf } from './screenshot-facts';
import { factsFromReading } from '../background/reading';

const labels = readFileSync(new URL('../../test/fixtures/screenshots/dev/labels.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t'))
  .map(([file = '', status = '', product = '', , , decoy = '', text = '']) => ({
    file,
    status,
    product,
    decoy: decoy === 'yes',
    text: text.split(' / ').join('\n'),
  }));

describe('a screenshot is read as a page is', () => {
  it('gives what factsFromReading gives an unlisted page, without its address', () => {
    for (const { text } of labels) {
      const page = factsFromReading('https://example.com/', text);
      const { url: _u, packId: _p, pageKind: _k, ...expected } = page ?? { url: '', status: 'unknown' as const, evidence: [] };
      expect(screenshotFacts(text)).toEqual(expected);
    }
  });

  it('reads the status of the dev screenshots’ true text, and no credit status on their decoys', () => {
    const decoys = labels.filter((l) => l.decoy);
    expect(decoys.length).toBeGreaterThan(3);
    for (const { file, text } of decoys) expect(screenshotFacts(text), file).toEqual({ status: 'unknown', evidence: [] });
    const jiebei = screenshotFacts(labels.find((l) => l.file.startsWith('01-'))!.text);
    expect(jiebei).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(statusLineOf(jiebei)).toContain('借呗额度已于2024年5月20日关闭');
  });

  it('a text with nothing to say gives unknown and no status line', () => {
    const none = screenshotFacts('订单已关闭\n查看物流');
    expect(none).toEqual({ status: 'unknown', evidence: [] });
    expect(statusLineOf(none)).toBe('');
  });
});

describe('evidenceRanges', () => {
  it('finds snippets across line breaks and spaces the snippet leaves out, merged and in order', () => {
    const text = '借呗\n你的借呗额度已于2024年5月20日\n关闭，暂时无法借款\n借呗 额度已关闭';
    const ranges = evidenceRanges(text, ['你的借呗额度已于2024年5月20日关闭', '借呗额度已关闭', '额度已于2024年']);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['你的借呗额度已于2024年5月20日\n关闭', '借呗 额度已关闭']);
  });

  it('ignores snippets that are not in the text (the user edited it) and empty ones', () => {
    expect(evidenceRanges('借呗额度已关闭', ['花呗已冻结', '', ' '])).toEqual([]);
  });
});
