// What the worker does for each message. The router has already parsed the
// request and checked the sender's tier before any of these runs.
import browser from 'webextension-polyfill';
import { diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';
import { localToday as today } from '../rules/dates';
import { appealInputFromCase } from '../appeal/from-case';
import { CHANNEL_INFO, appealPlainText, channelHint, fitVariant, renderAppeal, type AppealText } from '../appeal/index';
import { PACKS, findPack, type SitePack } from '../lenders/index';
import { statusLabel } from '../shared/status';
import { factsFromReading } from './reading';
import { statusMeaning } from '../lenders/meaning';
import type { AppealChannel } from '../shared/channels';
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import type { DiagnosisView, PageFacts, Tip, TipLabels } from '../shared/messages';
import { t, uiLang } from '../shared/i18n';
import {
  applyPatch,
  getCase,
  getSetting,
  listCases,
  listNotes,
  listExhibits,
  openReopenDb,
  saveBatch,
  saveCase,
  saveNote,
  setSetting,
  type ReopenDb,
} from '../storage/index';
import { loadSessionKey } from '../storage/index';
import { newCase, type Case, type Note, type Exhibit } from '../shared/case';
import type { Handlers } from './router';
import { addSite, listSites, removeSite } from './sites';

let dbPromise: Promise<ReopenDb> | null = null;
/** Opened on demand: the worker may have been stopped since the last message. */
export function db(): Promise<ReopenDb> {
  dbPromise ??= openReopenDb({ onVersionChange: () => (dbPromise = null) }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

const productOf = (packId: string | undefined): Product | undefined => PACKS.find((p) => p.id === packId)?.product;

// Setting keys allow only letters, digits, ".", "-" and "_" (SettingRecordSchema);
// hosts are lowercase ASCII (punycode). test/browser/content-behaviour.test.ts.
const dismissKey = (host: string, status: Status): string => `dismissed.${host.toLowerCase()}.${status}`;

/** storage.session is the worker's memory across restarts; it is not readable by content scripts. */
const tabKey = (tabId: number): string => `tab:${tabId}`;

/**
 * What the page tip shows for what the page said — and nothing else. The tip
 * is drawn inside the lender's page, and a closed shadow root hides the DOM,
 * not everything (a page can find() text in it: docs/trust-model.md#closed-shadow-root), so it never
 * carries the user's answers, notes or case data: only the page's own words,
 * our explanations, and causes ranked from the page alone.
 */
export function buildTip(facts: PageFacts, dismissed: boolean, lang = uiLang(), day = today()): Tip {
  const product = productOf(facts.packId);
  const diagnosis = diagnose({
    today: day,
    answers: {},
    ...(product ? { product } : {}),
    status: {
      status: facts.status,
      ...(facts.evidence[0] ? { evidence: facts.evidence[0] } : {}),
      ...(facts.months !== undefined ? { months: facts.months } : {}),
      ...(facts.limitBefore !== undefined ? { limitBefore: facts.limitBefore } : {}),
      ...(facts.limitAfter !== undefined ? { limitAfter: facts.limitAfter } : {}),
    },
  });
  return {
    status: facts.status,
    statusLabel: statusLabel(facts.status, lang).slice(0, 200),
    explanation: statusMeaning(facts.status, lang).slice(0, 600),
    causes: diagnosis.causes.slice(0, 3).map((c) => ({
      id: c.id,
      title: c.title[lang].slice(0, 200),
      // A cause listed only because questions are unanswered has no evidence:
      // say so rather than leave it looking like a finding.
      evidence: (c.evidence[0]?.[lang] ?? t('tipNeedsAnswers')).slice(0, 300),
    })),
    dismissed,
    lang,
  };
}

/**
 * The user's newest open case for a product: one of that product, else one
 * whose product was never set (a case started by hand). Without a product, the
 * newest open case.
 */
async function openCaseFor(database: ReopenDb, product: Product | undefined): Promise<Case | undefined> {
  const { items } = await listCases(database);
  const open = items.filter((c) => !c.archived).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (!product) return open[0];
  return open.find((c) => c.product === product) ?? open.find((c) => c.product === undefined);
}

/** A new case for a lender/product episode, titled "<lender> · <status>". */
function caseFrom(now: string, found: { product?: Product; status?: Status; lender?: string }): Case {
  const lang = uiLang();
  const title = [found.lender ?? (lang === 'zh' ? '额度问题' : 'Credit line'), found.status ? statusLabel(found.status, lang) : '']
    .filter(Boolean)
    .join(' · ');
  return newCase({ title, ...found, dates: { lineChanged: now.slice(0, 10) } }, crypto.randomUUID(), now);
}

/** A dated exhibit of what a page showed (README.md#the-case-file: URL, time, trimmed status text). */
function exhibitOf(caseId: string, url: string, status: Status, text: string, now: string, pack: SitePack | undefined): Exhibit {
  const trimmed = text.replace(/\s+/g, ' ').trim() || statusLabel(status, uiLang());
  return {
    id: crypto.randomUUID(),
    caseId,
    url,
    observedAt: now,
    status,
    text: trimmed.slice(0, 500).trim(),
    ...(pack ? { lender: pack.name.zh.slice(0, 100) } : {}),
  };
}

/** The open case an exhibit belongs to: the newest one for the same product, else a new one. */
async function caseFor(database: ReopenDb, pack: SitePack | undefined, status: Status, now: string): Promise<Case> {
  const product = pack?.product;
  const open = await openCaseFor(database, product);
  // Only a page of the case's own product may update its status, and only
  // with a status it actually read.
  if (open) return { ...open, updatedAt: now, ...(product && open.product === product && status !== 'unknown' ? { status } : {}) };
  return caseFrom(now, { status, ...(product ? { product } : {}), ...(pack ? { lender: pack.name[uiLang()] } : {}) });
}

async function requireCase(database: ReopenDb, caseId: string): Promise<Case> {
  const found = await getCase(database, caseId);
  if (!found)
    throw new Error(uiLang() === 'zh' ? '找不到这个案卷（可能已被删除）。' : 'This case no longer exists (it may have been deleted).');
  return found;
}

/** Readable notes of a case (none while the case file is locked and the key is not in session). */
async function readableNotes(database: ReopenDb, caseId: string): Promise<Note[]> {
  const key = await loadSessionKey(browser.storage.session).catch(() => null);
  const { items } = await listNotes(database, caseId, { key });
  return items.filter((n): n is Note & { locked: false } => !n.locked).map(({ locked: _locked, ...note }) => note);
}

/** What the field button offers per page kind; `channel.field` picks one field of a multi-field template. */
const INSERT_MENU: Partial<Record<string, readonly string[]>> = {
  support: ['chat', 'letter', 'pipl-explanation'],
  // A public platform: only its own fields, which leave out name, account and ticket numbers (templates/heimao.ts).
  complaint: ['heimao.title', 'heimao.description', 'heimao.demand'],
  objection: ['credit-objection', 'pipl-explanation'],
};

/**
 * The variants for the sender's page, rendered from the newest open case (the
 * same mapping as ext/appeal). Only a content script on a listed support,
 * complaint or objection page gets any: sender.url is set by the browser.
 */
async function insertVariants(senderUrl: string | undefined, maxLength: number | undefined, only?: string) {
  const kind = senderUrl ? findPack(senderUrl)?.page.kind : undefined;
  const offered = kind ? INSERT_MENU[kind] : undefined;
  if (!offered) throw new Error('not a listed form page');
  // The text of one choice renders that channel only; the menu renders them all.
  const ids = only === undefined ? offered : offered.filter((id) => id === only);
  const database = await db();
  // The case of this site's product when it has one, else the newest open case.
  const theCase = await openCaseFor(database, senderUrl ? findPack(senderUrl)?.pack.product : undefined);
  if (!theCase) return [];
  // A content script speaks for a page: it gets texts built from the case's
  // dates, channels and ticket numbers only — never the words of the user's
  // notes, and never anything the passphrase lock protects (no session key is
  // used here, so a locked case file stays locked to pages).
  const [{ items: exhibits }, { items: notes }] = await Promise.all([
    listExhibits(database, theCase.id),
    listNotes(database, theCase.id, { key: null }),
  ]);
  const headers = notes.map((n) => ({
    id: n.id,
    caseId: n.caseId,
    at: n.at,
    channel: n.channel,
    text: '',
    ...(!n.locked && n.ref ? { ref: n.ref } : {}),
  }));
  const day = today();
  const lang = uiLang();
  const input = appealInputFromCase({
    theCase,
    diagnosis: diagnose(factsFromCase(theCase, day, exhibits)),
    notes: headers,
    exhibits,
    today: day,
  });
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

/** The tip's fixed words; looked up here so the page's content script never calls chrome.i18n (a sync IPC per page). */
export const tipLabels = (): TipLabels => ({
  aria: t('tipAriaLabel'),
  close: t('tipClose'),
  likelyCauses: t('tipLikelyCauses'),
  openChecklist: t('tipOpenChecklist'),
  saveExhibit: t('tipSaveExhibit'),
  saving: t('tipSaving'),
  saved: t('tipSaved'),
  saveFailed: t('tipSaveFailed'),
  dismiss: t('tipDismiss'),
  privacy: t('tipPrivacy'),
});

let lastChecklistTab = 0;

/**
 * A content script may only speak about its own page's origin. The browser
 * sets sender.url; its path can move with history.pushState, its origin cannot.
 */
function requireSameOrigin(claimed: string, senderUrl: string | undefined): void {
  if (senderUrl === undefined) return; // extension pages: our own code
  if (/^chrome-extension:|^moz-extension:/.test(senderUrl)) return;
  if (new URL(claimed).origin !== new URL(senderUrl).origin) throw new Error('url is not on the sender’s origin');
}

/**
 * Updates of one case are applied one after another: the popup ticks and
 * answers faster than a read-modify-write takes, and two overlapping patches
 * must not lose each other (last writer wins per field, never per case).
 */
const caseQueues = new Map<string, Promise<unknown>>();
function serialised<T>(caseId: string, work: () => Promise<T>): Promise<T> {
  const previous = caseQueues.get(caseId) ?? Promise.resolve();
  const next = previous.then(work, work);
  caseQueues.set(caseId, next);
  void next.finally(() => caseQueues.get(caseId) === next && caseQueues.delete(caseId)).catch(() => undefined);
  return next;
}

/** Forgets what the content script saw in a tab once it navigates away or closes. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

export function createHandlers(): Handlers {
  return {
    'page/reading': async (request, ctx) => {
      requireSameOrigin(request.url, ctx.sender.url);
      const facts = factsFromReading(request.url, request.text);
      const labels = tipLabels();
      if (!facts) {
        if (ctx.tabId !== undefined) await browser.storage.session.remove(tabKey(ctx.tabId));
        return { tip: null, labels };
      }
      const database = await db();
      const dismissed = (await getSetting(database, dismissKey(new URL(facts.url).hostname, facts.status))) === true;
      if (ctx.tabId !== undefined) await browser.storage.session.set({ [tabKey(ctx.tabId)]: facts });
      // A normal line needs no tip; the popup still learns the tab's status.
      return { tip: facts.status === 'normal' ? null : buildTip(facts, dismissed), labels };
    },

    'page/save-exhibit': async (request, ctx) => {
      requireSameOrigin(request.url, ctx.sender.url);
      const database = await db();
      const now = new Date().toISOString();
      // The pack follows from the URL (origin checked above), not from anything the page says.
      const pack = findPack(request.url)?.pack;
      const theCase = await caseFor(database, pack, request.status, now);
      const exhibit = exhibitOf(theCase.id, request.url, request.status, request.text, now, pack);
      // One transaction: the case and its exhibit land together or not at all.
      await saveBatch(database, { cases: [theCase], exhibits: [exhibit] });
      return { caseId: theCase.id, exhibitId: exhibit.id };
    },

    'page/dismiss': async (request, ctx) => {
      // The host comes from the browser's record of the sender, not from the page.
      const host = ctx.tier === 'content' && ctx.sender.url ? new URL(ctx.sender.url).hostname : request.host;
      await setSetting(await db(), dismissKey(host, request.status), true);
      return { done: true as const };
    },

    'page/open-checklist': async (request) => {
      // The popup cannot be opened from a page click reliably in every browser;
      // the options workspace can, on a case started from this status. A page
      // cannot make us open tabs faster than a person clicks.
      const now = Date.now();
      if (now - lastChecklistTab < 2000) return { done: true as const };
      lastChecklistTab = now;
      await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#new?status=${encodeURIComponent(request.status)}`) });
      return { done: true as const };
    },

    'page/insert-menu': async (request, ctx) => ({
      items: (await insertVariants(ctx.sender.url, request.maxLength)).map(({ id, label, length, fits }) => ({ id, label, length, fits })),
    }),
    'page/insert-text': async (request, ctx) => {
      const [chosen] = await insertVariants(ctx.sender.url, request.maxLength, request.id);
      if (!chosen) throw new Error('no such variant on this page');
      return { text: chosen.text };
    },

    'ext/ping': async () => ({ version: browser.runtime.getManifest().version }),

    'ext/tab-status': async (request) => {
      const stored = await browser.storage.session.get(tabKey(request.tabId));
      const facts = stored[tabKey(request.tabId)] as PageFacts | undefined;
      return { facts: facts ?? null };
    },

    'ext/case-list': async () => {
      const { items } = await listCases(await db());
      return {
        cases: items
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          .map((c) => ({
            id: c.id,
            title: c.title,
            updatedAt: c.updatedAt,
            ...(c.product ? { product: c.product } : {}),
            ...(c.status ? { status: c.status } : {}),
            ...(c.archived ? { archived: true } : {}),
          })),
      };
    },

    'ext/case-get': async (request) => {
      const database = await db();
      const found = await getCase(database, request.caseId);
      const { items } = found ? await listExhibits(database, found.id) : { items: [] };
      return { case: found ?? null, exhibits: items };
    },

    'ext/case-start': async (request) => {
      const database = await db();
      const now = new Date().toISOString();
      const lang = uiLang();
      let facts: PageFacts | undefined;
      if (request.fromTabId !== undefined) {
        facts = (await browser.storage.session.get(tabKey(request.fromTabId)))[tabKey(request.fromTabId)] as PageFacts | undefined;
      }
      const pack = PACKS.find((p) => p.id === facts?.packId);
      const product = request.product ?? pack?.product;
      const status = request.status ?? facts?.status;
      const lender = request.lender ?? pack?.name[lang];
      const theCase = caseFrom(now, { ...(product ? { product } : {}), ...(status ? { status } : {}), ...(lender ? { lender } : {}) });
      const exhibits = facts && status ? [exhibitOf(theCase.id, facts.url, status, facts.evidence.join(' / '), now, pack)] : [];
      await saveBatch(database, { cases: [theCase], exhibits });
      return { case: theCase };
    },

    'ext/case-update': (request) =>
      serialised(request.caseId, async () => {
        const database = await db();
        const theCase = await requireCase(database, request.caseId);
        return { case: await saveCase(database, applyPatch(theCase, request.patch, new Date().toISOString())) };
      }),

    'ext/diagnose': async (request) => {
      const database = await db();
      const theCase = await requireCase(database, request.caseId);
      const { items } = await listExhibits(database, theCase.id);
      // The engine's readonly arrays; the router re-checks the shape against DiagnosisSchema.
      return { diagnosis: diagnose(factsFromCase(theCase, today(), items)) as unknown as DiagnosisView };
    },

    'ext/appeal': async (request) => {
      const database = await db();
      const theCase = await requireCase(database, request.caseId);
      const [{ items: exhibits }, notes] = await Promise.all([listExhibits(database, theCase.id), readableNotes(database, theCase.id)]);
      const day = today();
      const diagnosis = diagnose(factsFromCase(theCase, day, exhibits));
      const input = appealInputFromCase({ theCase, diagnosis, notes, exhibits, today: day });
      const appeal = renderAppeal(input, request.channel, request.lang);
      const where = channelHint(request.channel, theCase.product);
      return {
        appeal,
        hint: { text: where.hint, sources: where.sources },
        ...(request.maxLength !== undefined ? { fit: fitVariant(input, request.channel, request.lang, request.maxLength) } : {}),
      };
    },

    'ext/site-add': async (request) => ({ sites: await addSite(request.origin) }),
    'ext/site-remove': async (request) => ({ sites: await removeSite(request.origin) }),
    'ext/site-list': async () => ({ sites: await listSites() }),

    'ext/note-add': async (request) => {
      const database = await db();
      await requireCase(database, request.caseId);
      const key = await loadSessionKey(browser.storage.session).catch(() => null);
      const note: Note = {
        id: crypto.randomUUID(),
        caseId: request.caseId,
        at: new Date().toISOString(),
        channel: request.channel,
        text: request.text,
        ...(request.ref ? { ref: request.ref } : {}),
        ...(request.appealText ? { appealText: request.appealText } : {}),
      };
      await saveNote(database, note, { key });
      return { noteId: note.id };
    },
  };
}
