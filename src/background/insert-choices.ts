// The picker's choice tokens (README.md#privacy, "Page texts are bound to the
// case you chose"; docs/trust-model.md#page-texts-bound). The picker window
// (src/background/picker.ts) is offered one token per entry — a case and a
// variant — bound to the document that opened it; the text of an entry is
// handed over only for its token, while that document is still shown (no
// navigation since), on the same origin, within a few minutes, and once: a
// new menu or the first text asked for spends the menu. Kept in
// storage.session, which content scripts cannot read (README.md#permissions-and-why, `storage`).
import { browser } from '../shared/browser';
import { sameDocument, type DocumentRef } from './documents';
import { inTurn } from './in-turn';

/** What one token stands for. */
export interface Choice {
  caseId: string;
  variant: string;
}

interface Menu {
  from: DocumentRef;
  origin: string;
  expiresAt: number;
  choices: Record<string, Choice>;
}

/** Long enough to read a menu of a dozen entries and choose; short enough that a token left lying around is spent. */
const LIFETIME_MS = 5 * 60_000;
const menuKey = (tabId: number): string => `insert:${tabId}`;

/** 16 random bytes, base64url without padding: 22 characters (the contract's choiceToken). */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Mints one token per choice for the document `from` on `origin`; the tab's earlier menu is spent. */
export function offerChoices(from: DocumentRef, origin: string, choices: readonly Choice[], now = Date.now()): Promise<string[]> {
  return inTurn(menuKey(from.tabId), async () => {
    const tokens = choices.map(() => newToken());
    const menu: Menu = { from, origin, expiresAt: now + LIFETIME_MS, choices: Object.fromEntries(tokens.map((t, i) => [t, choices[i]!])) };
    await browser.storage.session.set({ [menuKey(from.tabId)]: menu });
    return tokens;
  });
}

/**
 * The choice `token` stands for, if the document `from` on `origin` was offered
 * it and it has not expired; undefined otherwise. Either way the menu is spent.
 */
export function takeChoice(token: string, from: DocumentRef | undefined, origin: string, now = Date.now()): Promise<Choice | undefined> {
  if (!from) return Promise.resolve(undefined);
  return inTurn(menuKey(from.tabId), async () => {
    const stored = (await browser.storage.session.get(menuKey(from.tabId)))[menuKey(from.tabId)] as Menu | undefined;
    if (!stored) return undefined;
    await browser.storage.session.remove(menuKey(from.tabId));
    const choice = Object.hasOwn(stored.choices, token) ? stored.choices[token] : undefined;
    if (!choice || now > stored.expiresAt || stored.origin !== origin) return undefined;
    return (await sameDocument(stored.from, from)) ? choice : undefined;
  });
}

/** Forgets a tab's menu when it navigates or closes. */
export function forgetChoices(tabId: number): Promise<void> {
  return inTurn(menuKey(tabId), () => browser.storage.session.remove(menuKey(tabId)));
}
