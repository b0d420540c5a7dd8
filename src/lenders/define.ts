// The shape of a site pack: one lender, help or complaint site as plain data.
// Packs ship inside the content-script bundle, so they stay small: no zod, no
// functions, only strings and RegExps (docs/architecture.md#units; docs/trust-model.md#page-reads for why
// status is read only through scoped selectors).
//
// What a pack file says about itself for people — where to see the site live,
// which fixture stands for it, how sure its selectors are — is the comment it
// ends with (docs/architecture.md#pack-notes), checked by test/meta/lenders.test.ts,
// so none of it ships in every lender page's script.
import type { Bilingual } from '../shared/bilingual';
import type { Product } from '../shared/products';

// account: the product's own status page; support: the lender's help hall;
// complaint: a public complaint site's form or thread; credit-report: the
// PBOC report itself; objection: the PBOC 异议 (dispute) form (征信业管理条例 Art. 25).
export const PAGE_KINDS = ['account', 'support', 'complaint', 'credit-report', 'objection'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PackPage {
  kind: PageKind;
  /** A string is a path prefix; a RegExp is tested against the URL's pathname. */
  url: string | RegExp;
  /** Limit this page to some of the pack's hosts (default: all of them). */
  hosts?: readonly string[];
  /**
   * Where the status lives, ordered from specific to generic-but-scoped. The
   * content script reads the FIRST selector that matches at least one visible
   * element, and all visible elements it matches, in document order; when they
   * hold no credit word, it falls back to the visible text near credit words
   * (src/content/sensor.ts). Never a whole-document read
   * (docs/trust-model.md#page-reads: body.innerText took 3.3 s on a 50,000-node page).
   * Empty: this page shows no status of the user's own (complaint threads,
   * credit reports), so nothing is detected there.
   */
  statusSelectors: readonly string[];
  /** The form the user fills in (appeal or objection text goes here). */
  formSelectors?: readonly string[];
}

export interface SitePack {
  /** === the pack's file name without extension. */
  id: string;
  name: Bilingual;
  /** The credit product the status on these pages belongs to, if one. */
  product?: Product;
  /**
   * Without a product: the lender group (PRODUCT_GROUP) whose site this is,
   * so its forms are offered only that group's cases (the Alipay help hall
   * never a JD case); a site of no lender (a complaint platform) has none.
   */
  group?: string;
  /** Exact host names, https only. */
  hosts: readonly string[];
  /** Manifest match patterns covering exactly `hosts` (https only, no wildcards above the host). */
  matches: readonly string[];
  pages: readonly PackPage[];
}

export const definePack = (pack: SitePack): SitePack => pack;
