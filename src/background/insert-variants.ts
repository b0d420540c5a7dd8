// What the field button on a listed form page may insert (README.md#appeal-text):
// the appeal texts of the newest open case, chosen by the page's kind.
import { diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';
import { localToday as today } from '../rules/dates';
import { appealInputFromCase } from '../appeal/from-case';
import { CHANNEL_INFO, appealPlainText, fitVariant, renderAppeal, type AppealText } from '../appeal/index';
import { findPack } from '../lenders/index';
import { listExhibits, listNotes } from '../storage/index';
import { uiLang } from '../shared/i18n';
import type { AppealChannel } from '../shared/channels';
import { db } from './database';
import { openCaseFor } from './cases';

/** What the field button offers per page kind; `channel.field` picks one field of a multi-field template. */
const INSERT_MENU: Partial<Record<string, readonly string[]>> = {
  support: ['chat', 'letter', 'pipl-explanation'],
  // A public platform: only its own fields, which leave out name, account and ticket numbers (templates/heimao.ts).
  complaint: ['heimao.title', 'heimao.description', 'heimao.demand'],
  objection: ['credit-objection', 'pipl-explanation'],
};

type InsertVariant = { id: string; label: string; text: string; length: number; fits: boolean };

/**
 * The variants for the sender's page, rendered from the newest open case (the
 * same mapping as ext/appeal). Only a content script on a listed support,
 * complaint or objection page gets any: sender.url is set by the browser.
 * With `only`, just that one variant is rendered.
 */
export async function insertVariants(
  senderUrl: string | undefined,
  maxLength: number | undefined,
  only?: string,
): Promise<InsertVariant[]> {
  const match = senderUrl ? findPack(senderUrl) : undefined;
  const offered = match ? INSERT_MENU[match.page.kind] : undefined;
  if (!offered) throw new Error('not a listed form page');
  // The text of one choice renders that channel only; the menu renders them all.
  const ids = only === undefined ? offered : offered.filter((id) => id === only);
  const database = await db();
  // The case of this site's product when it has one, else the newest open case.
  const theCase = await openCaseFor(database, match?.pack.product);
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
