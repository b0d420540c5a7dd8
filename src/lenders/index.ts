// The registry of site packs, kept honest by test/meta/lenders.test.ts: every
// file in ./packs is listed here, its id is its file name, it has fixtures, and
// the manifest's content-script matches equal manifestMatches().
import type { LenderPack, LenderPage } from './define';
import type { Status } from './status';
import alipayCshall from './packs/alipay-cshall';
import alipayHuabei from './packs/alipay-huabei';
import alipayPortal from './packs/alipay-portal';
import jdBaitiao from './packs/jd-baitiao';
import pbccrc from './packs/pbccrc';
import sinaTousu from './packs/sina-tousu';

export type { LenderPack, LenderPage, PageKind, Text } from './define';

export const LENDERS: readonly LenderPack[] = [alipayCshall, alipayHuabei, alipayPortal, jdBaitiao, pbccrc, sinaTousu];

export interface PackMatch {
  pack: LenderPack;
  page: LenderPage;
}

/** The pack and page for a URL: https only, exact host, first matching page in pack order; or null. */
export function findPack(url: string): PackMatch | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname;
  for (const pack of LENDERS) {
    if (!pack.hosts.includes(host)) continue;
    for (const page of pack.pages) {
      if (page.hosts && !page.hosts.includes(host)) continue;
      const hit = typeof page.url === 'string' ? parsed.pathname.startsWith(page.url) : page.url.test(parsed.pathname);
      if (hit) return { pack, page };
    }
  }
  return null;
}

/** The manifest's content_scripts[0].matches: every pack's patterns, deduplicated and sorted. */
export function manifestMatches(): string[] {
  return [...new Set(LENDERS.flatMap((p) => p.matches))].sort();
}

// Plain words for the tip and the popup (meanings: status.ts, facts.md §8).
const LABELS: Record<Status, readonly [zh: string, en: string]> = {
  closed: ['额度已被关闭', 'Credit line closed'],
  frozen: ['额度已被冻结', 'Credit line frozen'],
  suspended: ['额度暂停使用', 'Credit line suspended'],
  reduced: ['额度被调低', 'Credit line reduced'],
  declined: ['综合评估未通过', 'Declined after assessment'],
  cooling_off: ['需要等一段时间再申请', 'Waiting period before you can reapply'],
  security_risk: ['账户被安全风控限制', 'Held for an account security check'],
  unavailable: ['暂时无法使用', 'Temporarily unavailable'],
  brand_split: ['这是银行提供的信用贷页面', 'Bank-funded credit loan page'],
  merchant_switch: ['借呗换成了网商贷', 'MYbank loan offered instead of Jiebei'],
  user_locked: ['白条已锁定（通常是自己设置的）', 'Baitiao locked (usually by you)'],
  normal: ['额度正常', 'Credit line active'],
  unknown: ['状态不明确', 'Status unclear'],
};

export function statusLabel(status: Status, lang: 'zh' | 'en'): string {
  return LABELS[status][lang === 'en' ? 1 : 0];
}
