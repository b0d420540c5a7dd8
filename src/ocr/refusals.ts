// Why a screenshot cannot be read, in both languages, for the UI to show as is.
// Every refusal leaves nothing stored and offers the pasted-text path.
import type { Bilingual } from '../shared/bilingual';

export type OcrErrorCode =
  'not-image' | 'file-too-large' | 'image-too-large' | 'animated' | 'corrupt' | 'heic' | 'engine-unavailable' | 'engine-failed';

const PASTE: Bilingual = { zh: '也可以直接粘贴 App 里显示的文字。', en: 'You can also paste the text the app shows.' };

function words(code: OcrErrorCode, detail: string): Bilingual {
  switch (code) {
    case 'not-image':
      return {
        zh: '这不是图片文件。请选择 PNG、JPEG 或 WebP 格式的截图。',
        en: 'This is not an image file. Choose a PNG, JPEG or WebP screenshot.',
      };
    case 'file-too-large':
      return {
        zh: '图片超过 20 MB，无法读取。请使用原始截图（通常不到 2 MB）或先压缩。',
        en: 'The image is larger than 20 MB. Use the original screenshot (usually under 2 MB) or shrink it first.',
      };
    case 'image-too-large':
      return {
        zh: `图片的边长超过 8000 像素（${detail}）。请裁剪或缩小后再试。`,
        en: `The image is more than 8,000 pixels on a side (${detail}). Crop or scale it down and try again.`,
      };
    case 'animated':
      return {
        zh: '这是动图（GIF、APNG、WebP 或 AVIF 动画），无法读取。请截一张静止的截图。',
        en: 'This is an animated image (GIF, APNG, WebP or AVIF). Take a still screenshot instead.',
      };
    case 'corrupt':
      return {
        zh: '图片已损坏或无法解码。请重新截图或重新导出。',
        en: 'The image is damaged or cannot be decoded. Take or export it again.',
      };
    case 'heic':
      return {
        zh:
          '此浏览器无法读取 HEIC/HEIF 格式（iPhone 照片的默认格式）。请转为 JPEG 或 PNG：iPhone 的截图本身就是 PNG；' +
          '照片可在“设置 › 相机 › 格式”中选“兼容性最佳”，或通过微信、邮件发送（会转为 JPEG），或在电脑上用“预览”或“照片”导出为 JPEG。',
        en:
          'This browser cannot decode HEIC/HEIF (the iPhone photo format). Convert it to JPEG or PNG: iPhone screenshots are PNG already; ' +
          'for photos choose Settings › Camera › Formats › Most Compatible, send the picture through WeChat or mail (which converts it), ' +
          'or export it as JPEG with Preview or Photos on a computer.',
      };
    case 'engine-unavailable':
      return {
        zh: `此浏览器无法在本机运行文字识别（${detail}）。`,
        en: `On-device text recognition cannot run in this browser (${detail}).`,
      };
    case 'engine-failed':
      return {
        zh: `文字识别出错（${detail}），没有保存任何内容。可以重试。`,
        en: `Text recognition failed (${detail}); nothing was saved. You can try again.`,
      };
  }
}

/** A refused image or an engine that cannot run; `userMessage` is what the UI shows. */
export class OcrError extends Error {
  override readonly name = 'OcrError';
  readonly userMessage: Bilingual;
  constructor(
    readonly code: OcrErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    const said = words(code, detail);
    this.userMessage = { zh: `${said.zh}${PASTE.zh}`, en: `${said.en} ${PASTE.en}` };
  }
}
