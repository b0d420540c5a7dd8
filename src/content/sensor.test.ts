// The real sensor in happy-dom: what a page's reading holds, and what it never
// holds (hidden text, more than MAX_READING, markup outside what the pack names).
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_READING } from '../shared/limits';
import { openPage, type HappyPage } from '../../test/fixtures/lenders/happy-dom';
import { readPage, readStatusText, readableDocuments } from './sensor';

const PORTAL = 'https://personalweb.alipay.com/portal/i.htm';
const open: HappyPage[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.close();
});

function page(body: string, url = PORTAL, head = ''): Document {
  const p = openPage(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, url);
  open.push(p);
  return p.document;
}

const read = (body: string, url = PORTAL, head = ''): string => readPage(page(body, url, head), url).text;

describe('the pack selectors', () => {
  test('the first selector with a visible match wins; its matches are joined by line breaks, nested ones read once', () => {
    const doc = page(`<main><div class="pcredit"><p>花呗</p><div class="pcredit">额度已冻结</div></div>
      <div class="pcredit">请按时还款</div><div class="quota">总额度 5,000 元</div></main>`);
    const reading = readStatusText(readableDocuments(doc), ['#nothing', '[class*="pcredit"]', '[class*="quota"]']);
    // A block starts a line of its own even with no whitespace between the tags (minified markup), as innerText has it.
    expect(reading.text).toBe('花呗\n额度已冻结\n请按时还款');
    expect(reading.elements).toHaveLength(2);
  });

  test('a selector a browser refuses is skipped, the rest still read', () => {
    const doc = page('<div class="quota">花呗额度已关闭</div>');
    expect(readStatusText(readableDocuments(doc), ['[[bad', '.quota']).text).toBe('花呗额度已关闭');
  });
});

describe("a portal's cards", () => {
  const CARDS = `<div class="two"><section class="jiebei-card"><b>借呗</b><p>额度状态：已关闭</p></section>
    <section class="huabei-card"><b>花呗</b><p>额度状态：正常</p></section>
    <section class="promo"><b>花呗</b><p>分期免息</p></section></div><div class="faq"><b>借呗</b>常见问题</div>`;

  test('a card the selector names reads the cards beside it that name another product, in page order', () => {
    const doc = page(CARDS);
    const reading = readStatusText(readableDocuments(doc), ['[class*="huabei"]']);
    expect(reading.text).toBe('借呗\n额度状态：已关闭\n花呗\n额度状态：正常');
    expect(reading.elements).toHaveLength(2);
  });

  test('boxes of another kind, hidden cards and cards of the same product stay unread', () => {
    const doc = page(CARDS.replace('<section class="jiebei-card">', '<section class="jiebei-card" hidden>'));
    expect(readStatusText(readableDocuments(doc), ['[class*="huabei"]']).text).toBe('花呗\n额度状态：正常');
  });
});

describe('visible text only', () => {
  const STYLE = '<style>.gone{display:none}.ghost{visibility:hidden}</style>';
  const decoys = [
    ['hidden', '<p hidden>花呗额度已关闭</p>'],
    ['display:none (a class)', '<p class="gone">花呗额度已关闭</p>'],
    ['display:none (inline style)', '<p style="display: none">花呗额度已关闭</p>'],
    ['display:none on an ancestor', '<div class="gone"><div><p>花呗额度已关闭</p></div></div>'],
    ['visibility:hidden', '<p class="ghost">花呗额度已关闭</p>'],
    ['aria-hidden="true"', '<p aria-hidden="true">花呗额度已关闭</p>'],
    ['<template>', '<template><p>花呗额度已关闭</p></template>'],
    ['<noscript>', '<noscript><p>花呗额度已关闭</p></noscript>'],
    ['<script>', '<script type="text/plain">花呗额度已关闭</script>'],
    ['<style>', '<style>/* 花呗额度已关闭 */</style>'],
    ['our own host', '<reopen-tip>花呗额度已关闭</reopen-tip>'],
  ] as const;

  test.each(decoys)('%s is not read, the visible status beside it is', (_how, decoy) => {
    const text = read(`<div id="J-assets-pcredit"><h3>花呗</h3>\n${decoy}\n<p>花呗额度已冻结</p></div>`, PORTAL, STYLE);
    expect(text).toBe('花呗\n花呗额度已冻结');
  });

  test('every decoy at once: only the visible status', () => {
    const all = decoys.map(([, d]) => d).join('\n');
    expect(read(`<div id="J-assets-pcredit">${all}<p>花呗额度已冻结</p></div>`, PORTAL, STYLE)).toBe('花呗额度已冻结');
  });

  test('aria-hidden="false" and display:contents are shown', () => {
    const text = read('<div id="J-assets-pcredit"><p aria-hidden="false">花呗</p><span style="display:contents">额度已冻结</span></div>');
    expect(text).toBe('花呗\n额度已冻结');
  });

  test('a match that is itself hidden counts as absent: the next selector reads', () => {
    const text = read('<div id="J-assets-pcredit" hidden>花呗额度已关闭</div><div class="quota">花呗额度已冻结</div>');
    expect(text).toBe('花呗额度已冻结');
  });

  test('a match inside a hidden ancestor counts as absent', () => {
    expect(read('<div aria-hidden="true"><div id="J-assets-pcredit">花呗额度已关闭</div></div><main>您好</main>')).toBe('您好');
  });
});

describe('the cap (MAX_READING, after joining)', () => {
  const filler = (n: number): string => '交易记录12.50元；'.repeat(Math.ceil(n / 11)).slice(0, n);

  test('two long elements give exactly MAX_READING characters, never one more', () => {
    // 2,500 + "\n" + 2,500 joined is 5,001: the first 4,000 of it are sent.
    const first = `花呗额度已冻结${filler(2493)}`;
    const second = `${filler(2493)}花呗额度已关闭`;
    const text = read(`<div class="pcredit">${first}</div><div class="pcredit">${second}</div>`);
    expect(text).toHaveLength(MAX_READING);
    expect(text.startsWith(`${first}\n`)).toBe(true);
    expect(text).not.toContain('已关闭'); // the status after position 4,000 is not read
  });

  test('a status inside the first 4,000 characters of one long element is read; after them it is not', () => {
    const text = read(`<div id="J-assets-pcredit">${filler(3000)}花呗额度已冻结${filler(3000)}花呗额度已关闭</div>`);
    expect(text).toHaveLength(MAX_READING);
    expect(text).toContain('花呗额度已冻结');
    expect(text).not.toContain('已关闭');
  });

  test.each([
    [1, 3999],
    [1, 4000],
    [2, 1999],
    [2, 2000],
    [3, 1500],
    [40, 120],
  ])('%i elements of %i characters: never over MAX_READING', (count, length) => {
    const text = read(Array.from({ length: count }, () => `<p class="quota">${filler(length)}</p>`).join(''));
    expect(text.length).toBeLessThanOrEqual(MAX_READING);
    expect(text.length).toBe(Math.min(MAX_READING, count * length + count - 1));
  });
});

describe('whitespace: capped first, normalised after, in one linear pass', () => {
  test('40,000 &nbsp; in a status element collapse to one space', () => {
    const text = read(`<div id="J-assets-pcredit">花呗${'&nbsp;'.repeat(40_000)}额度已冻结</div>`);
    // 40,000 raw characters are more than the raw budget: the cap comes before the collapse.
    expect(text).toBe('花呗');
    expect(read(`<div id="J-assets-pcredit">花呗${'&nbsp;'.repeat(4000)}额度已冻结</div>`)).toBe('花呗 额度已冻结');
  });

  test('indentation collapses; a run holding a line break keeps one line break', () => {
    const text = read(`<div id="J-assets-pcredit">
        <h3>花呗</h3>
        <p>额度   已冻结</p>\u3000\u00a0
        <p>请按时还款</p>
      </div>`);
    expect(text).toBe('花呗\n额度 已冻结\n请按时还款');
  });
});

describe('markup the pack did not guess: the near-credit fallback on listed pages', () => {
  test('a status in an element no pack selector names is read near its credit words', () => {
    const text = read(`<header>我的支付宝</header><section class="x-card-91"><h3>花呗</h3><p>您的花呗额度已冻结</p></section>`);
    expect(text).toContain('您的花呗额度已冻结');
  });

  test('pack selectors that find only text without a credit word fall back too', () => {
    const text = read(`<main><div class="status">订单已发货</div></main><section class="x"><p>您的花呗额度已冻结</p></section>`);
    // main holds it all; without a credit word in the pack's elements there would be nothing to say
    expect(text).toContain('您的花呗额度已冻结');
    expect(read('<div class="status">订单已发货</div><footer>联系我们</footer>', 'https://baitiao.jd.com/v3/ious/list')).toBe('订单已发货');
  });

  test('the fallback reads visible text only', () => {
    const text = read(`<section class="x"><p hidden>您的花呗额度已关闭</p><p>花呗 可用额度 3,200 元</p></section>`);
    expect(text).not.toContain('已关闭');
    expect(text).toContain('花呗 可用额度 3,200 元');
  });

  test('on a long page, hidden text near credit words is dropped and visible text takes its place', () => {
    const filler = '<p>网上银行 转账汇款 理财产品 基金 外汇</p>'.repeat(400); // ~8k characters, no credit word
    const text = read(
      `${filler}<section><h3>花呗</h3><p class="gone">${'您的花呗额度已关闭。'.repeat(30)}</p><p>您的花呗额度已冻结</p></section>${filler}`,
      PORTAL,
      '<style>.gone{display:none}</style>',
    );
    expect(text).toContain('您的花呗额度已冻结');
    expect(text).not.toContain('已关闭');
    expect(text.length).toBeLessThanOrEqual(MAX_READING);
  });

  test("never on pages whose pack reads nothing: complaint threads, credit reports, their sites' other pages", () => {
    const body = '<main><p>您的花呗额度已关闭</p></main>';
    expect(read(body, 'https://tousu.sina.com.cn/complaint/view/17000000000/')).toBe('');
    expect(read(body, 'https://tousu.sina.com.cn/other/page')).toBe('');
    expect(read(body, 'https://ipcrs.pbccrc.org.cn/reportAction.do')).toBe('');
  });

  test("a lender's page no pack page describes is read near credit words, as in generic mode", () => {
    const body = '<header><a href="#">首页</a></header><main><p>网上银行 转账</p><p>您的花呗额度已关闭</p></main>';
    expect(read(body, 'https://my.alipay.com/other/page')).toBe('网上银行 转账\n您的花呗额度已关闭');
  });

  test('generic mode (a site no pack lists) reads the same way', () => {
    expect(read('<div class="a"><span>信用卡</span> 额度调降：由 20,000 元调整为 5,000 元</div>', 'https://bank.example.cn/')).toBe(
      '信用卡 额度调降：由 20,000 元调整为 5,000 元',
    );
  });
});
