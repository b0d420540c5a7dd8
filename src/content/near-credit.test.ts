// The near-credit reader in happy-dom: what it keeps of a whole page, and what it never keeps.
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_READING } from '../shared/limits';
import { openPage, type HappyPage } from '../../test/fixtures/lenders/happy-dom';
import { PRODUCTS, PRODUCT_LABEL } from '../shared/products';
import { hasCreditWord, readNearCredit } from './near-credit';

const pages: HappyPage[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

function near(body: string, head = ''): string {
  const page = openPage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://bank.example.cn/');
  pages.push(page);
  return readNearCredit([page.document]).text;
}

const filler = (rows: number): string => '<p>网上银行 转账汇款 理财产品 基金 外汇</p>\n'.repeat(rows);

describe('readNearCredit', () => {
  test('a short page is kept whole, whitespace collapsed', () => {
    expect(near('<main>\n  <h3>信用卡</h3>\n  <p>额度   已冻结</p>\n</main>')).toBe('信用卡\n额度 已冻结');
  });

  test('a status deep inside a long bank page survives the size cap', () => {
    const text = near(`${filler(2000)}<p>信用卡 额度调降：您的额度由 20,000 元调整为 5,000 元</p>${filler(2000)}`);
    expect(text.length).toBeLessThanOrEqual(MAX_READING);
    expect(text).toContain('额度调降：您的额度由 20,000 元调整为 5,000 元');
    expect(text.length).toBeLessThan(400); // the words' windows, not the page
  });

  test('English credit words count too, in any case, and the text keeps page order', () => {
    const text = near(`${filler(500)}<p>Your Credit line was closed.</p>${filler(500)}<p>LOAN application declined.</p>${filler(500)}`);
    expect(text.indexOf('Credit line was closed')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Credit line was closed')).toBeLessThan(text.indexOf('LOAN application declined'));
  });

  test("a web component's open shadow tree is read too", () => {
    const page = openPage('<!doctype html><html><body><p>网上银行</p><x-status></x-status></body></html>', 'https://bank.example.cn/');
    pages.push(page);
    const doc = page.document;
    const [div, h3, p] = [doc.createElement('div'), doc.createElement('h3'), doc.createElement('p')];
    h3.textContent = '金条';
    p.textContent = '额度已由 50,000 元调整为 20,000 元';
    div.append(h3, p);
    doc.querySelector('x-status')!.attachShadow({ mode: 'open' }).append(div);
    expect(readNearCredit([page.document]).text).toContain('金条\n额度已由 50,000 元调整为 20,000 元');
  });

  test('minified markup keeps boxes apart, and short control labels are not read', () => {
    const text = near(
      '<nav><a href="#">我的白条</a><a href="#">额度冻结</a><a href="#">额度恢复</a></nav>' +
        '<div><h3>白条</h3><p>额度状态：<em>已冻结</em></p><button>申请解冻</button></div><p><a href="#">白条额度冻结是什么原因？</a></p>',
    );
    expect(text).toBe('白条\n额度状态：已冻结');
  });

  test.each(PRODUCTS.filter((p) => p !== 'other'))('%s counts as a credit word by its names, in Chinese and English', (product) => {
    expect(hasCreditWord(PRODUCT_LABEL[product].zh)).toBe(true);
    expect(hasCreditWord(PRODUCT_LABEL[product].en)).toBe(true);
  });

  test('a page full of credit words stays within MAX_READING', () => {
    expect(near('<p>额度 </p>'.repeat(20_000)).length).toBeLessThanOrEqual(MAX_READING);
  });

  test('a page with no credit word gives its first MAX_READING visible characters', () => {
    const text = near(`<p hidden>${'隐'.repeat(100)}</p><p>${'y'.repeat(50_000)}</p>`);
    expect(text).toBe('y'.repeat(MAX_READING));
  });

  test('credit words in hidden text open no window; hidden text beside a visible word is stepped over', () => {
    const text = near(
      `${filler(300)}<script>var config = {"credit": "额度已关闭"};</script>
      <h3>信用卡</h3><p class="gone">您的信用卡额度已关闭</p><p aria-hidden="true">已冻结</p><p>当前额度 5,000 元，正常使用</p>${filler(300)}`,
      '<style>.gone{display:none}</style>',
    );
    expect(text).toContain('信用卡');
    expect(text).toContain('当前额度 5,000 元，正常使用');
    expect(text).not.toMatch(/已关闭|已冻结|config/);
  });

  test('a word split across elements is still found', () => {
    const text = near(`${filler(300)}<p>您的<b>额</b>度已冻结</p>${filler(300)}`);
    expect(text).toContain('您的额度已冻结');
  });
});

describe('hasCreditWord (the fallback trigger on listed pages)', () => {
  test.each(['您的花呗额度已冻结', '白条已关闭', 'Your CREDIT line', '信用卡 已停用'])('%s names credit', (text) => {
    expect(hasCreditWord(text)).toBe(true);
  });
  test.each(['', '订单已关闭', '已发货', '自动续费已关闭'])('"%s" does not', (text) => {
    expect(hasCreditWord(text)).toBe(false);
  });
});
