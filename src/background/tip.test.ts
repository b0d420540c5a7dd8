import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildTip, tipLabels } from './tip';
import { TipLabelsSchema, TipSchema, type PageFacts } from '../shared/messages';
import { STATUSES, statusLabel } from '../shared/status';
import { KB } from '../rules/kb';
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

  test('names the status, says what it means, and on a status alone lists the common causes unranked with two questions', () => {
    const tip = buildTip(portal('closed', ['花呗额度已关闭']), false, 'zh', DAY);
    expect(tip.status).toBe('closed');
    expect(tip.statusLabel).toBe(statusLabel('closed', 'zh'));
    expect(tip.explanation).toBe(KB.meanings.find((m) => m.id === 'closed')!.meaning.zh);
    expect(tip.causes).toEqual([]);
    expect(tip.common?.length).toBeGreaterThan(1);
    expect(tip.questions).toHaveLength(2);
    expect(tip.summary).toBe(KB.meanings.find((m) => m.id === 'closed')!.summary.zh);
  });

  test.each(STATUSES)('on a %s page with no reason given, names no cause that accuses the user', (status) => {
    const tip = buildTip({ url: 'https://example.com/', status, evidence: ['额度已冻结'] }, false, 'zh', DAY);
    const accusing = KB.causes.filter((c) => c.accuses).map((c) => c.title.zh);
    expect([...tip.causes.map((c) => c.title), ...(tip.common ?? [])].filter((title) => accusing.includes(title))).toEqual([]);
  });

  test('the page’s own words are evidence: a page that says overdue ranks it, with those words', () => {
    const tip = buildTip({ url: 'https://example.com/', status: 'frozen', evidence: ['因存在逾期，额度已冻结'] }, false, 'zh', DAY);
    expect(tip.causes[0]).toMatchObject({ id: 'overdue', evidence: '页面显示「因存在逾期，额度已冻结」' });
    expect(tip.common).toEqual([]);
    expect(tip.questions).toEqual([]);
  });

  test('speaks the requested language and carries the dismissed flag', () => {
    const tip = buildTip(portal('closed', ['花呗额度已关闭']), true, 'en', DAY);
    expect(tip).toMatchObject({ lang: 'en', dismissed: true, statusLabel: statusLabel('closed', 'en') });
    expect(
      [...tip.causes.map((c) => c.title), ...(tip.common ?? []), ...(tip.questions ?? [])].every((x) => !/[\u4e00-\u9fff]/.test(x)),
    ).toBe(true);
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
