import { describe, expect, it } from 'vitest';
import { PACKS, findPack, manifestMatches } from './index';
import { statusLabel } from '../shared/status';
import { STATUSES } from '../shared/status';

describe('findPack', () => {
  it.each([
    ['https://my.alipay.com/portal/i.htm', 'alipay-portal', 'account'],
    ['https://personalweb.alipay.com/portal/i.htm?src=x', 'alipay-portal', 'account'],
    ['https://f.alipay.com/moonlight/index.htm', 'alipay-huabei', 'account'],
    ['https://huabei.alipay.com/', 'alipay-huabei', 'account'],
    ['https://cshall.alipay.com/lab/help_detail.htm', 'alipay-cshall', 'support'],
    ['https://baitiao.jd.com/v3/ious/list', 'jd-baitiao', 'account'],
    ['https://tousu.sina.com.cn/complaint/view/17000000000/', 'sina-tousu', 'complaint'],
    ['https://ipcrs.pbccrc.org.cn/objection/apply.do', 'pbccrc', 'objection'],
    ['https://ipcrs.pbccrc.org.cn/reportAction.do', 'pbccrc', 'credit-report'],
    ['https://www.pbccrc.org.cn/', 'pbccrc', 'credit-report'],
  ])('%s → %s (%s)', (url, id, kind) => {
    const match = findPack(url);
    expect(match?.pack.id).toBe(id);
    expect(match?.page.kind).toBe(kind);
  });

  it.each([
    'http://my.alipay.com/portal/i.htm', // https only
    'https://evil.com/my.alipay.com/portal/i.htm',
    'https://my.alipay.com.evil.com/portal/i.htm',
    'https://www.alipay.com/',
    'https://my.alipay.com/other/page',
    'https://f.alipay.com/elsewhere', // the huabei pack's f.alipay.com page is /moonlight/ only
    'https://xjk.jr.jd.com/gold/account',
    'https://jr.jd.com/', // JD Finance's portal: read near credit words, not as an account page
    'not a url',
    '',
  ])('no pack for %s', (url) => {
    expect(findPack(url)).toBeNull();
  });
});

describe('manifestMatches', () => {
  it('is sorted, deduplicated, https only and narrow', () => {
    const m = manifestMatches();
    expect(m).toEqual([...new Set(m)].sort());
    for (const p of m) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(m).toContain('https://tousu.sina.com.cn/*');
    expect(m).toHaveLength(PACKS.reduce((n, p) => n + p.matches.length, 0));
  });
});

describe('statusLabel', () => {
  it.each([...STATUSES])('%s has plain words in both languages', (status) => {
    const zh = statusLabel(status, 'zh');
    const en = statusLabel(status, 'en');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[A-Z][A-Za-z ()-]+$/);
    expect(zh).not.toBe(en);
  });
  it('labels differ between statuses', () => {
    expect(new Set(STATUSES.map((s) => statusLabel(s, 'zh'))).size).toBe(STATUSES.length);
    expect(statusLabel('closed', 'zh')).toBe('额度已被关闭');
    expect(statusLabel('closed', 'en')).toBe('Credit line closed');
  });
});
