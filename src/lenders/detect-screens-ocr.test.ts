// detectStatus on a screenshot's text as OCR joins it: a button read onto the same line as the
// status, parted from it only by a space (docs/testing.md#ocr).
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

describe('detectStatus: a button OCR reads onto the status line', () => {
  it('解除冻结 / 解除锁定 after a space at the end of the line is a button, not a recovery', () => {
    expect(detectStatus('花呗 额度冻结 解除冻结')).toMatchObject({ status: 'frozen', product: 'huabei' });
    expect(detectStatus('白条锁定 已开启 解除锁定')).toMatchObject({ status: 'user_locked', product: 'jd-baitiao' });
  });
  it('a recovery said as done, or written as one word with the text, stays a recovery', () => {
    expect(detectStatus('花呗 额度已解除冻结')).toMatchObject({ status: 'normal', product: 'huabei' });
    expect(detectStatus('花呗额度冻结已解除，可正常使用')).toMatchObject({ status: 'normal', product: 'huabei' });
  });
});
