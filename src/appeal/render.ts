// renderAppeal: fills a channel template from the case (README.md#appeal-text).
// Pure: no chrome.*, no DOM; plain text out (docs/trust-model.md#page-text-is-data).
import type { AppealTemplate, Block, CleanClause, CleanContact, CleanInput, FieldDraft, TemplateContext } from './define';
import { CONTACT_CHANNELS, type AppealChannel } from '../shared/channels';
import type { AppealClause, AppealField, AppealInput, AppealText, Bilingual, Lang, Localized, Source } from './types';
import { INPUT_CAPS } from './types';
import { cleanDay, cleanText, codePointLength, maskAccountRef } from './normalize';
import { findPlaceholders, placeholder } from './placeholders';
import { templateFor } from './templates';
import { sourceById } from '../rules/kb/sources';

const pickLocalized = (value: Localized | undefined, lang: Lang): unknown =>
  value !== null && typeof value === 'object' ? (value as Bilingual)[lang] : value;

/** `cleanText` that returns undefined for an empty result. */
const opt = (value: unknown, max: number): string | undefined => cleanText(value, max) || undefined;

// A summary is placed inside our own sentence; its trailing punctuation would double ours.
const stripEnd = (s: string | undefined): string | undefined => s?.replace(/[。．.!！?？;；,，、:：\s]+$/u, '') || undefined;

const cleanClause = (c: unknown, lang: Lang): CleanClause | undefined => {
  if (c === null || typeof c !== 'object') return undefined;
  const { id, kind, text, sources } = c as Partial<AppealClause>;
  if (typeof id !== 'string' || !id || (kind !== 'fact' && kind !== 'request' && kind !== 'remedy')) return undefined;
  if (text === null || typeof text !== 'object') return undefined;
  const zh = cleanText(text.zh, INPUT_CAPS.clauseText);
  const en = cleanText(text.en, INPUT_CAPS.clauseText);
  if (!(lang === 'zh' ? zh : en)) return undefined;
  // A clause names its sources by id; only ids of the catalogue count, so the
  // text shown as a source is always ours (docs/sources.md#reliability).
  const srcs = (Array.isArray(sources) ? sources : [])
    .map((s: { id?: unknown } | null) => sourceById(s?.id))
    .filter((s): s is Source => s !== undefined);
  // Every template clause carries its source; an unsourced clause is not placed.
  if (srcs.length === 0) return undefined;
  return { id: cleanText(id, 64), kind, text: { zh, en }, sources: srcs };
};

/** Normalise every user-provided value (insertion safety, normalize.ts) for one language. */
export const cleanInput = (input: AppealInput, lang: Lang): CleanInput => {
  const i = (input ?? {}) as Partial<AppealInput>;
  const contacts: CleanContact[] = (Array.isArray(i.contacts) ? i.contacts : [])
    .filter((c) => c !== null && typeof c === 'object')
    .map((c) => ({
      day: cleanDay(c.date),
      channel: (CONTACT_CHANNELS as readonly unknown[]).includes(c.channel) ? c.channel : 'other',
      ref: opt(c.ref, INPUT_CAPS.contactRef),
      summary: stripEnd(opt(c.summary, INPUT_CAPS.contactSummary)),
    }))
    // Date order; contacts with an unknown day go last, in their given order (stable sort).
    .sort((a, b) => ((a.day ?? '9999') < (b.day ?? '9999') ? -1 : (a.day ?? '9999') > (b.day ?? '9999') ? 1 : 0))
    .slice(0, INPUT_CAPS.contacts);
  const clauses = (Array.isArray(i.clauses) ? i.clauses : [])
    .map((c) => cleanClause(c, lang))
    .filter((c): c is CleanClause => c !== undefined)
    .slice(0, INPUT_CAPS.clauses);
  const entry = i.creditReportEntry !== null && typeof i.creditReportEntry === 'object' ? i.creditReportEntry : {};
  return {
    lender: opt(pickLocalized(i.lender, lang), INPUT_CAPS.lender),
    product: opt(pickLocalized(i.product, lang), INPUT_CAPS.product),
    status: opt(pickLocalized(i.status, lang), INPUT_CAPS.status),
    evidence: opt(i.evidence, INPUT_CAPS.evidence),
    dateSeen: cleanDay(i.dateSeen),
    dateWritten: cleanDay(i.dateWritten),
    account: maskAccountRef(i.accountRef),
    name: opt(i.name, INPUT_CAPS.name),
    contacts,
    onTimeRepayment: i.onTimeRepayment === true,
    writtenReplyReceived: i.writtenReplyReceived === true,
    institution: opt(entry.institution, INPUT_CAPS.institution),
    item: stripEnd(opt(entry.item, INPUT_CAPS.item)),
    whatIsWrong: stripEnd(opt(entry.whatIsWrong, INPUT_CAPS.whatIsWrong)),
    clauses,
  };
};

const formatDay = (day: string | undefined, lang: Lang): string => {
  if (!day) return placeholder('date', lang);
  if (lang === 'en') return day;
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const VIA: Record<Exclude<CleanContact['channel'], 'regulator'>, Bilingual> = {
  phone: { zh: '通过电话', en: 'by phone' },
  chat: { zh: '通过在线客服', en: 'through online customer-service chat' },
  letter: { zh: '以书面方式', en: 'in writing' },
  app: { zh: '通过应用内反馈渠道', en: 'through the in-app feedback channel' },
  other: { zh: '通过其他方式', en: 'by other means' },
};

const VAR_PATTERN = /\{\{(\w+)\}\}/g;

const buildContext = (channel: AppealChannel, data: CleanInput, lang: Lang, placed: Map<string, CleanClause>): TemplateContext => {
  const vars: Record<string, string> = {
    lender: data.lender ?? placeholder('lender', lang),
    product: data.product ?? placeholder('product', lang),
    status: data.status ?? placeholder('status', lang),
    evidence: data.evidence ?? '',
    date: formatDay(data.dateSeen, lang),
    written: formatDay(data.dateWritten, lang),
    account: data.account ?? placeholder('account', lang),
    name: data.name ?? placeholder('name', lang),
    institution: data.institution ?? placeholder('institution', lang),
    item: data.item ?? placeholder('item', lang),
    whatIsWrong: data.whatIsWrong ?? placeholder('whatIsWrong', lang),
  };
  const t = (text: Bilingual, extra: Record<string, string> = {}): string =>
    text[lang].replace(VAR_PATTERN, (_m, name: string) => {
      const value = Object.hasOwn(extra, name) ? extra[name] : Object.hasOwn(vars, name) ? vars[name] : undefined;
      if (value === undefined) throw new Error(`appeal template ${channel}: unknown variable {{${name}}}`);
      return value;
    });
  const ctx: TemplateContext = {
    lang,
    data,
    t,
    day: (day) => formatDay(day, lang),
    contactLine(c, addressee, ticketPlaceholder) {
      const day = formatDay(c.day, lang);
      const ref = c.ref ?? (ticketPlaceholder ? placeholder('ticket', lang) : undefined);
      const who = addressee === 'lender' ? { zh: '贵司', en: 'you' } : { zh: '该机构', en: 'the lender' };
      let line =
        c.channel === 'regulator'
          ? t({ zh: '{{day}}，向金融监管部门投诉', en: '{{day}}: filed a complaint with the financial regulator' }, { day })
          : t(
              { zh: '{{day}}，{{via}}联系{{who}}', en: '{{day}}: contacted {{who}} {{via}}' },
              { day, via: VIA[c.channel][lang], who: who[lang] },
            );
      if (ref) line += t({ zh: '（工单号：{{ref}}）', en: ' (ticket no. {{ref}})' }, { ref });
      if (c.summary) line += t({ zh: '，记录：{{s}}', en: '; note: {{s}}' }, { s: c.summary });
      return line + (lang === 'zh' ? '。' : '.');
    },
    firstFitting(candidates, max) {
      const fit = candidates.find((c) => codePointLength(c) <= max);
      if (fit !== undefined) return fit;
      return candidates.reduce((a, b) => (codePointLength(b) < codePointLength(a) ? b : a), candidates[0] ?? '');
    },
    place(clause) {
      placed.set(clause.id, clause);
      return clause.text[lang];
    },
  };
  return ctx;
};

/** Join kept blocks into a field's text; `dropped` holds the drop groups removed. */
export const joinBlocks = (blocks: readonly Block[], lang: Lang, dropped: ReadonlySet<number> = new Set()): string => {
  let out = '';
  let n = 0;
  let first = true;
  for (const b of blocks) {
    if (b.drop !== undefined && dropped.has(b.drop)) continue;
    if (!b.text) continue;
    n = b.numbered ? n + 1 : 0;
    const text = b.numbered ? `${n}. ${b.text}` : b.text;
    if (!first) out += b.sep === 'line' ? '\n' : b.sep === 'inline' ? (lang === 'en' ? ' ' : '') : '\n\n';
    out += text;
    first = false;
  }
  return out;
};

const dropGroups = (drafts: readonly FieldDraft[]): number[] =>
  [...new Set(drafts.flatMap((d) => d.blocks.map((b) => b.drop).filter((x): x is number => x !== undefined)))].sort((a, b) => a - b);

export type Fit = { text: string; fits: boolean; length: number };

/**
 * Drop optional groups, lowest first, until `measure` ≤ max. Whole blocks only,
 * so a sentence is never cut. Returns the groups dropped.
 */
const fitDrafts = (drafts: readonly FieldDraft[], measure: (dropped: Set<number>) => number, max: number): Set<number> => {
  const dropped = new Set<number>();
  if (measure(dropped) <= max) return dropped;
  for (const g of dropGroups(drafts)) {
    dropped.add(g);
    if (measure(dropped) <= max) break;
  }
  return dropped;
};

type Rendered = {
  template: AppealTemplate;
  ctx: TemplateContext;
  drafts: FieldDraft[];
  fields: AppealField[];
  placed: Map<string, CleanClause>;
};

const renderFields = (input: AppealInput, channel: AppealChannel, lang: Lang): Rendered => {
  const template = templateFor(channel);
  const placed = new Map<string, CleanClause>();
  const ctx = buildContext(channel, cleanInput(input, lang), lang, placed);
  const drafts = template.build(ctx);
  // A field with its own limit (chat 300, heimao title 30) is always fitted.
  const fields = drafts.map((d): AppealField => {
    const dropped =
      d.maxLength === undefined ? new Set<number>() : fitDrafts([d], (x) => codePointLength(joinBlocks(d.blocks, lang, x)), d.maxLength);
    const field: AppealField = { id: d.id, label: d.label, text: joinBlocks(d.blocks, lang, dropped) };
    if (d.maxLength !== undefined) field.maxLength = d.maxLength;
    return field;
  });
  return { template, ctx, drafts, fields, placed };
};

const dedupeSources = (sources: readonly Source[]): Source[] => {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
};

/** Render one channel's text for a case in one language. Never throws for any input. */
export const renderAppeal = (input: AppealInput, channel: AppealChannel, lang: Lang): AppealText => {
  const { template, ctx, fields, placed } = renderFields(input, channel, lang);
  const all = fields.map((f) => f.text).join('\n');
  return {
    channel,
    lang,
    fields,
    placeholders: findPlaceholders(all, lang),
    sources: dedupeSources([...template.sources, ...[...placed.values()].flatMap((c) => c.sources)]),
    notes: template.notes?.(ctx) ?? [],
  };
};

const plainOf = (fields: readonly AppealField[], lang: Lang): string =>
  fields.length === 1
    ? (fields[0]?.text ?? '')
    : fields.map((f) => `${f.label[lang]}${lang === 'zh' ? '：' : ':'}\n${f.text}`).join('\n\n');

/** The text to copy: the single field's text, or each field under its label. */
export const appealPlainText = (t: AppealText): string => plainOf(t.fields, t.lang);

/**
 * The text trimmed to fit a form field's maxlength by dropping optional
 * paragraphs (never cutting a sentence). `fits` is false when even the shortest
 * variant is too long, so the UI can warn before anything is truncated.
 * With `fieldId`, only that field is fitted (e.g. heimao 'description').
 */
export const fitVariant = (input: AppealInput, channel: AppealChannel, lang: Lang, maxLength: number, fieldId?: string): Fit => {
  const { drafts, fields } = renderFields(input, channel, lang);
  if (fieldId !== undefined) {
    const d = drafts.find((x) => x.id === fieldId);
    if (!d) throw new Error(`appeal template ${channel} has no field ${fieldId}`);
    const max = Math.min(maxLength, d.maxLength ?? Infinity);
    const dropped = fitDrafts([d], (x) => codePointLength(joinBlocks(d.blocks, lang, x)), max);
    const text = joinBlocks(d.blocks, lang, dropped);
    const length = codePointLength(text);
    return { text, fits: length <= maxLength, length };
  }
  const textWith = (dropped: Set<number>): string =>
    plainOf(
      drafts.map((d, i) => ({
        ...(fields[i] as AppealField),
        text: d.maxLength === undefined ? joinBlocks(d.blocks, lang, dropped) : (fields[i]?.text ?? ''),
      })),
      lang,
    );
  const dropped = fitDrafts(drafts, (x) => codePointLength(textWith(x)), maxLength);
  const text = textWith(dropped);
  const length = codePointLength(text);
  return { text, fits: length <= maxLength, length };
};
