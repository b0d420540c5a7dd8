// The box rules of visible.ts. happy-dom lays nothing out, so each test gives
// the elements it is about the boxes and overflow a browser would compute;
// test/browser/content-fixtures.test.ts shows the same pages laid out for real.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openPage, type HappyPage } from '../../test/fixtures/lenders/happy-dom';
import { shown, visibleText } from './visible';

const pages: HappyPage[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const page of pages.splice(0)) await page.close();
});

interface Layout {
  box: [x: number, y: number, width: number, height: number];
  overflow?: 'visible' | 'hidden' | 'clip' | 'auto';
}

const rect = (x: number, y: number, width: number, height: number): DOMRect =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height, toJSON: () => ({}) }) as DOMRect;

/** A page whose elements with an id get the given boxes; everything else keeps happy-dom's empty box. */
function laidOut(body: string, layout: Record<string, Layout>): HappyPage {
  const page = openPage(`<!doctype html><html><body>${body}</body></html>`, 'https://personalweb.alipay.com/portal/i.htm');
  pages.push(page);
  const computed = page.window.getComputedStyle.bind(page.window);
  vi.spyOn(page.window, 'getComputedStyle').mockImplementation((el: Element) => {
    const style = computed(el);
    const overflow = layout[el.id]?.overflow;
    return overflow ? ({ ...style, display: style.display, overflowX: overflow, overflowY: overflow } as CSSStyleDeclaration) : style;
  });
  for (const [id, { box }] of Object.entries(layout)) {
    const el = page.document.getElementById(id)!;
    const [x, y, width, height] = box;
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(rect(x, y, width, height));
  }
  return page;
}

const text = (page: HappyPage): string => visibleText(page.document.body, 4000).trim();

describe('boxes no scrolling brings into view', () => {
  test.each([
    ['left of the page (left:-9999px)', [-9999, 100, 300, 20]],
    ['above the page (top:-9999px)', [10, -9999, 300, 20]],
    ['moved off by a transform (translateX(-200vw))', [-2048, 100, 300, 20]],
  ] as const)('%s: hidden', (_how, box) => {
    const page = laidOut('<p id="decoy">花呗额度已关闭</p><p>花呗额度已冻结</p>', { decoy: { box: [...box] } });
    expect(shown(page.document.getElementById('decoy')!)).toBe(false);
    expect(text(page)).toBe('花呗额度已冻结');
  });

  test('right of everything the page can scroll to: hidden; within its scroll width: shown', () => {
    const page = laidOut('<p id="far">花呗额度已关闭</p>', { far: { box: [5000, 100, 300, 20] } });
    const far = page.document.getElementById('far')!;
    Object.defineProperty(page.document.documentElement, 'scrollWidth', { value: 1024, configurable: true });
    expect(shown(far)).toBe(false);
    Object.defineProperty(page.document.documentElement, 'scrollWidth', { value: 6000, configurable: true });
    expect(shown(far)).toBe(true);
  });

  test('below the fold is shown: the user scrolls there', () => {
    const page = laidOut('<p id="low">花呗额度已冻结</p>', { low: { box: [10, 3000, 300, 20] } });
    expect(shown(page.document.getElementById('low')!)).toBe(true);
  });
});

describe('boxes too small to show what they clip', () => {
  test.each([
    ['width:0;height:0;overflow:hidden', [10, 10, 0, 0], 'hidden'],
    ['height:0;overflow:hidden', [10, 10, 300, 0], 'hidden'],
    ['the 1px "visually hidden" pattern', [10, 10, 1, 1], 'hidden'],
    ['overflow:clip', [10, 10, 0, 40], 'clip'],
  ] as const)('%s: hidden', (_how, box, overflow) => {
    const page = laidOut('<div id="z"><p>花呗额度已关闭</p></div><p>花呗额度已冻结</p>', { z: { box: [...box], overflow } });
    expect(text(page)).toBe('花呗额度已冻结');
  });

  test('a parent of floats has no height but shows them (overflow visible)', () => {
    const page = laidOut('<div id="floats"><span style="float:left">花呗额度已冻结</span></div>', {
      floats: { box: [10, 10, 300, 0], overflow: 'visible' },
    });
    expect(text(page)).toBe('花呗额度已冻结');
  });

  test('the body and the root are never judged by their box (their overflow is the viewport’s)', () => {
    const page = laidOut('<p>花呗额度已冻结</p>', {});
    vi.spyOn(page.document.body, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 1024, 0));
    expect(shown(page.document.body)).toBe(true);
    expect(text(page)).toBe('花呗额度已冻结');
  });
});

describe('the walk', () => {
  test('stops at its budget: a huge element costs no more than the budget', () => {
    const page = laidOut(`<p>${'额'.repeat(10_000)}</p><p>花呗额度已关闭</p>`, {});
    expect(visibleText(page.document.body, 50)).toBe('额'.repeat(50));
  });

  test('keeps document order across nested and sibling elements, skipping hidden subtrees whole', () => {
    const page = laidOut('<div>花呗<span>额度<b hidden>未</b>已<i>冻结</i></span></div><p hidden><b>已关闭</b></p>，请还款', {});
    expect(text(page)).toBe('花呗额度已冻结\n，请还款');
  });

  // Table cells and flex items need a browser's computed display (happy-dom computes neither):
  // test/browser/content-fixtures.test.ts reads jd-baitiao/minified-orders.html in Chromium.
  test('minified markup: each block and list item starts a line; inline elements and <br> as drawn', () => {
    const page = laidOut(
      '<ul><li>额度</li><li>账单</li></ul><dl><dt>额度状态</dt><dd>已冻结</dd></dl><p><span>白条</span><em>已关闭</em>，详见<br>说明</p>',
      {},
    );
    expect(text(page)).toBe('额度\n账单\n额度状态\n已冻结\n白条已关闭，详见\n说明');
  });

  test("a web component's open shadow tree is read where it is drawn; a hidden host's is not", () => {
    const page = laidOut('<p>白条</p><x-card id="card"></x-card><x-card id="gone" hidden></x-card><p>请按时还款</p>', {});
    for (const id of ['card', 'gone']) {
      const doc = page.document;
      const div = doc.createElement('div');
      const b = doc.createElement('b');
      b.textContent = id === 'card' ? '已冻结' : '已关闭';
      div.append('额度', b);
      doc.getElementById(id)!.attachShadow({ mode: 'open' }).append(div);
    }
    expect(text(page)).toBe('白条\n额度已冻结\n请按时还款');
  });

  test("a short control's label is not read (menus, tabs, buttons, FAQ links, an icon's glyph); a long link is", () => {
    const page = laidOut(
      '<nav><a href="#">额度</a><a href="#">额度冻结</a><a href="#">额度恢复</a></nav>' +
        '<div role="tablist"><span role="tab">已冻结(1)</span></div><button>解除锁定</button>' +
        '<p>花呗状态：正常<i class="tip" aria-label="说明">?</i><a href="#">花呗被关闭怎么办？</a></p>' +
        '<a href="#">【借呗】您的借呗额度已于2026年11月20日关闭，点击查看原因与申诉方式</a>',
      {},
    );
    expect(text(page)).toBe('花呗状态：正常\n【借呗】您的借呗额度已于2026年11月20日关闭，点击查看原因与申诉方式');
  });
});
