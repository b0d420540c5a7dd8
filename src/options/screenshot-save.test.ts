import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScreenshotExhibitSchema } from '../shared/exhibit';
import { screenshotFacts } from './screenshot-facts';
import { quotedLine, screenshotRecord, type ShotImage } from './screenshot-save';

const bytes = readFileSync(new URL('../../test/fixtures/screenshots/dev/01-alipay-jiebei-zero.jpg', import.meta.url));
/** The true text of that screenshot (labels.tsv), one line per visual line. */
const TEXT = readFileSync(new URL('../../test/fixtures/screenshots/dev/labels.tsv', import.meta.url), 'utf8')
  .split('\n')
  .find((l) => l.startsWith('01-'))!
  .split('\t')[6]!
  .split(' / ')
  .join('\n');
// Only its size is read when nothing is blacked out (blackOut needs a real canvas: the browser test covers it).
const image: ShotImage = {
  blob: new Blob([bytes], { type: 'image/jpeg' }),
  type: 'image/jpeg',
  bitmap: { width: 1080, height: 2340 } as ImageBitmap,
  fileName: '01-alipay-jiebei-zero.jpg',
};
const time = { at: '2024-05-20T08:00:00.000Z', from: 'exif' as const };

describe('a screenshot result as an exhibit record', () => {
  it('keeps the text, what detection read, the capture time and the SHA-256 of the bytes stored', async () => {
    const facts = screenshotFacts(TEXT);
    const { exhibit, images } = await screenshotRecord({
      id: 'shot-1',
      caseId: 'case-1',
      image,
      text: TEXT,
      facts,
      status: 'closed',
      time,
      boxes: [],
    });
    expect(ScreenshotExhibitSchema.safeParse(exhibit).success).toBe(true);
    expect(exhibit).toMatchObject({
      source: 'screenshot',
      status: 'closed',
      product: 'jiebei',
      observedAt: time.at,
      timeFrom: 'exif',
      recognisedText: TEXT,
      fileName: '01-alipay-jiebei-zero.jpg',
      image: {
        type: 'image/jpeg',
        bytes: bytes.length,
        width: 1080,
        height: 2340,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      },
    });
    expect(exhibit.text).toContain('借呗额度已于2024年5月20日关闭');
    expect(exhibit.detectedStatus).toBeUndefined();
    expect(exhibit.redacted).toBeUndefined();
    expect(images.original).toBe(image.blob);
    expect(images.redacted).toBeUndefined();
  });

  it('records what detection said when the user chose another status', async () => {
    const facts = screenshotFacts(TEXT);
    const { exhibit } = await screenshotRecord({
      id: 'shot-1',
      caseId: 'case-1',
      image,
      text: TEXT,
      facts,
      status: 'reduced',
      time,
      boxes: [],
    });
    expect(exhibit).toMatchObject({ status: 'reduced', detectedStatus: 'closed' });
  });

  it('quotes the status evidence, else the first line with text, else nothing', () => {
    expect(quotedLine(TEXT, screenshotFacts(TEXT))).toContain('关闭');
    const plain = '  \n  订单  已发货 \n查看物流';
    expect(quotedLine(plain, screenshotFacts(plain))).toBe('订单 已发货');
    expect(quotedLine(' \n ', screenshotFacts(' \n '))).toBe('');
  });
});
