import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildTip, tipLabels } from './tip';
import { TipLabelsSchema, TipSchema, type PageFacts } from '../shared/messages';
import { STATUSES, statusLabel } from '../shared/status';
import { statusMeaning } from '../lenders/meaning';
import { fakeBrowser } from '../../test/fakes/browser';

const DAY = '2026-05-01';
const portal = (status: PageFacts['status'], evidence: string[]): PageFacts => ({
  url: 'https://my.alipay.com/portal/i.htm',
  packId: 'alipay-portal',
  pageKind: 'account',
  status,
  evidence,
});

afterEach(() => vi.unstubAllGlobals());

describe('buildTip', () => {
  beforeEach(() => vi.stubGlobal('browser', fakeBrowser().api));

  test('names the status, says what it means and ranks causes with the page’s own words as evidence', () => {
    const tip = buildTip(portal('closed', ['花呗额度已关闭']), false, 'zh', DAY);
    expect(tip.status).toBe('closed');
    expect(tip.statusLabel).toBe(statusLabel('closed', 'zh'));
    expect(tip.explanation).toBe(statusMeaning('closed', 'zh'));
    expect(tip.causes).toHaveLength(3);
    expect(tip.causes[0]).toEqual({ id: 'credit-evaluation', title: '信用评估变化', evidence: '页面显示「花呗额度已关闭」' });
  });

  test('a cause listed only for want of answers says so instead of looking like a finding', () => {
    const tip = buildTip(portal('closed', ['花呗额度已关闭']), false, 'zh', DAY);
    const unanswered = tip.causes.filter((c) => !c.evidence.includes('花呗额度已关闭'));
    expect(unanswered.length).toBeGreaterThan(0);
    for (const c of unanswered) expect(c.evidence).toBe('需要你回答几个问题才能判断（打开申诉清单）');
  });

  test('the page’s facts decide the ranking: a freeze puts overdue payments first', () => {
    const tip = buildTip({ url: 'https://example.com/', status: 'frozen', evidence: ['额度已冻结'] }, false, 'zh', DAY);
    expect(tip.causes[0]).toMatchObject({ id: 'overdue', evidence: '页面显示「额度已冻结」' });
  });

  test('speaks the requested language and carries the dismissed flag', () => {
    const tip = buildTip(portal('closed', ['花呗额度已关闭']), true, 'en', DAY);
    expect(tip).toMatchObject({ lang: 'en', dismissed: true, statusLabel: statusLabel('closed', 'en') });
    expect(tip.causes.every((c) => !/[\u4e00-\u9fff]/.test(c.title))).toBe(true);
  });

  test.each(STATUSES.flatMap((s) => [[s, 'zh'] as const, [s, 'en'] as const]))(
    '%s in %s fits the tip schema, so the router never turns a tip away',
    (status, lang) => {
      const long = '额度'.repeat(150); // the longest evidence a reading can carry (PageFactsSchema: 200)
      const tip = buildTip(portal(status, [long.slice(0, 200)]), false, lang, DAY);
      expect(TipSchema.safeParse(tip).success).toBe(true);
    },
  );
});

describe('tipLabels', () => {
  test.each([
    ['zh-CN', '关闭提示'],
    ['en-US', 'Close tip'],
  ] as const)('are the locale’s words in %s, never bare ids', (lang, close) => {
    vi.stubGlobal('browser', fakeBrowser({ lang }).api);
    const labels = tipLabels();
    expect(TipLabelsSchema.parse(labels)).toEqual(labels);
    expect(labels.close).toBe(close);
    for (const [key, word] of Object.entries(labels)) expect(word, key).not.toMatch(/^tip[A-Z]/);
  });
});
