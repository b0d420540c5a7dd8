// The registry of site packs, kept honest by test/meta/lenders.test.ts: every
// file in ./packs is listed here, its id is its file name, it has fixtures, and
// the manifest's content-script matches equal manifestMatches().
import type { SitePack, PackPage } from './define';
import alipayCshall from './packs/alipay-cshall';
import alipayHuabei from './packs/alipay-huabei';
import alipayPortal from './packs/alipay-portal';
import jdBaitiao from './packs/jd-baitiao';
import pbccrc from './packs/pbccrc';
import sinaTousu from './packs/sina-tousu';

export type { SitePack, PackPage, PageKind } from './define';

export const PACKS: readonly SitePack[] = [alipayCshall, alipayHuabei, alipayPortal, jdBaitiao, pbccrc, sinaTousu];

export interface PackMatch {
  pack: SitePack;
  page: PackPage;
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
  for (const pack of PACKS) {
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
  return [...new Set(PACKS.flatMap((p) => p.matches))].sort();
}
