// Which case a page, a click or a form belongs to: the user's newest open case
// for the product, or a new one.
import { getCase, listCases, type ReopenDb } from '../storage/index';
import { newCase, type Case } from '../shared/case';
import { statusLabel, type Status } from '../shared/status';
import { uiLang } from '../shared/i18n';
import type { Product } from '../shared/products';

/**
 * The user's newest open case for a product: one of that product, else one
 * whose product was never set (a case started by hand). Without a product,
 * only such a case: a page that names no product never lands on another
 * product's case.
 */
export async function openCaseFor(database: ReopenDb, product: Product | undefined): Promise<Case | undefined> {
  const { items } = await listCases(database);
  const open = items.filter((c) => !c.archived);
  return (product ? open.find((c) => c.product === product) : undefined) ?? open.find((c) => c.product === undefined);
}

/** A new case for a lender/product episode, titled "<lender> · <status>"; `id` comes from whoever started it. */
export function caseFrom(id: string, now: string, found: { product?: Product; status?: Status; lender?: string }): Case {
  const lang = uiLang();
  const title = [found.lender ?? (lang === 'zh' ? '额度问题' : 'Credit line'), found.status ? statusLabel(found.status, lang) : '']
    .filter(Boolean)
    .join(' · ');
  return newCase({ title, ...found, dates: { lineChanged: now.slice(0, 10) } }, id, now);
}

export async function requireCase(database: ReopenDb, caseId: string): Promise<Case> {
  const found = await getCase(database, caseId);
  if (!found)
    throw new Error(uiLang() === 'zh' ? '找不到这个案卷（可能已被删除）。' : 'This case no longer exists (it may have been deleted).');
  return found;
}
