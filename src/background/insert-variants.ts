// What the field button on a listed form page may be offered
// (README.md#privacy, "Page texts are bound to the case you chose"): which
// cases, named how, and each case's appeal texts for the page's kind. The
// worker decides it from the sender's URL, which the browser sets, never from
// the request (docs/trust-model.md#page-texts-bound).
import { diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';
import { localToday as today } from '../rules/dates';
import { appealInputFromCase } from '../appeal/from-case';
import { CHANNEL_INFO, appealPlainText, fitVariant, renderAppeal, type AppealInput, type AppealText } from '../appeal/index';
import { findPack, type PageKind, type SitePack } from '../lenders/index';
import { listCases, listExhibits, listNotes, type ReopenDb } from '../storage/index';
import { uiLang, type Lang } from '../shared/i18n';
import { PRODUCT_GROUP, PRODUCT_LABEL } from '../shared/products';
import { statusLabel } from '../shared/status';
import type { Case } from '../shared/case';
import type { AppealChannel } from '../shared/channels';

/** What the field button offers per page kind; `channel.field` picks one field of a multi-field template. */
const INSERT_MENU: Partial<Record<PageKind, readonly string[]>> = {
  support: ['chat', 'letter', 'pipl-explanation'],
  // A public platform: only its own fields, which leave out name, account and ticket numbers (templates/heimao.ts).
  complaint: ['heimao.title', 'heimao.description', 'heimao.demand'],
  objection: ['credit-objection', 'pipl-explanation'],
};

/** Pages whose posts anyone can read (黑猫投诉): no page quotes with amounts, no account or ticket numbers. */
const PUBLIC_KINDS: readonly PageKind[] = ['complaint'];

/** A listed form page, as the worker sees it from the sender's URL. */
export interface FormPage {
  pack: SitePack;
  variants: readonly string[];
  public: boolean;
}

export interface Variant {
  id: string;
  label: string;
  text: string;
  length: number;
  fits: boolean;
}

/** The form page at `senderUrl` (set by the browser); only a listed support, complaint or objection page is one. */
export function formPage(senderUrl: string | undefined): FormPage {
  const match = senderUrl ? findPack(senderUrl) : undefined;
  const variants = match ? INSERT_MENU[match.page.kind] : undefined;
  if (!match || !variants) throw new Error('not a listed form page');
  return { pack: match.pack, variants, public: PUBLIC_KINDS.includes(match.page.kind) };
}

/**
 * The open cases a form page may be offered, newest first: on a site whose
 * pack names a product, only cases of that product; on a lender's site that
 * names none, only cases of that lender's products (or of none); elsewhere
 * every open case, each named by lender and product so the user picks the right one.
 */
export async function casesFor(database: ReopenDb, page: FormPage): Promise<Case[]> {
  const { items } = await listCases(database);
  const { product, group } = page.pack;
  const allowed = (c: Case): boolean =>
    product ? c.product === product : !group || c.product === undefined || PRODUCT_GROUP[c.product] === group;
  return items.filter((c) => !c.archived && allowed(c));
}

/** The case as the menu names it: lender and product (its title when it has neither). */
export function caseName(theCase: Case, lang: Lang = uiLang()): string {
  const product = theCase.product ? PRODUCT_LABEL[theCase.product][lang] : undefined;
  const name = [theCase.lender, product].filter((part, i, all) => part && all.indexOf(part) === i).join(' · ');
  return (name || theCase.title).slice(0, 160);
}

/** A public page's text keeps the facts and requests, and leaves out the page quote, the account, the name and ticket numbers. */
function forPublic(input: AppealInput): AppealInput {
  const { exhibit: _exhibit, accountRef: _account, name: _name, contacts, ...rest } = input;
  return { ...rest, ...(contacts ? { contacts: contacts.map(({ ref: _ref, summary: _summary, ...contact }) => contact) } : {}) };
}

/**
 * The page's variants rendered from one case (with `only`, just that one). A
 * content script speaks for a page: the texts are built from the case's
 * dates, channels and ticket numbers — never the words of the user's notes,
 * and never anything the passphrase lock protects (no session key is used
 * here, so a locked case file stays locked to pages).
 */
export async function variantsOf(
  database: ReopenDb,
  theCase: Case,
  page: FormPage,
  maxLength: number | undefined,
  only?: string,
): Promise<Variant[]> {
  const ids = only === undefined ? page.variants : page.variants.filter((id) => id === only);
  if (!ids.length) return [];
  const lang = uiLang();
  const [{ items: stored }, { items: notes }] = await Promise.all([
    listExhibits(database, theCase.id),
    listNotes(database, theCase.id, { key: null }),
  ]);
  // On a public page the diagnosis does not read the page quotes either (amounts live there).
  const exhibits = page.public ? stored.map((e) => ({ ...e, text: statusLabel(e.status, lang) })) : stored;
  const headers = notes.map((n) => ({
    id: n.id,
    caseId: n.caseId,
    at: n.at,
    channel: n.channel,
    text: '',
    ...(!n.locked && n.ref ? { ref: n.ref } : {}),
  }));
  const day = today();
  const full = appealInputFromCase({
    theCase,
    diagnosis: diagnose(factsFromCase(theCase, day, exhibits)),
    notes: headers,
    exhibits,
    today: day,
  });
  const input = page.public ? forPublic(full) : full;
  const rendered = new Map<AppealChannel, AppealText>();
  return ids.map((id) => {
    const [channel, fieldId] = id.split('.') as [AppealChannel, string | undefined];
    const appeal = rendered.get(channel) ?? renderAppeal(input, channel, lang);
    rendered.set(channel, appeal);
    const field = fieldId ? appeal.fields.find((f) => f.id === fieldId) : undefined;
    const label = [CHANNEL_INFO.find((c) => c.id === channel)?.label[lang] ?? channel, field?.label[lang]].filter(Boolean).join(' · ');
    const fit = maxLength !== undefined ? fitVariant(input, channel, lang, maxLength, fieldId) : undefined;
    const text = fit?.text ?? field?.text ?? appealPlainText(appeal);
    return { id, label: label.slice(0, 120), text, length: fit?.length ?? [...text].length, fits: fit?.fits ?? true };
  });
}
