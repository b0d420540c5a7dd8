// renderAppeal: fills a channel template from the case (README.md#appeal-text).
// Pure: no chrome.*, no DOM; plain text out (docs/trust-model.md#page-text-is-data).
import type { AppealTemplate, Block, FieldDraft, TemplateContext } from './define';
import type { CleanContact, CleanInput } from './clean';
import type { AppealChannel } from '../shared/channels';
import type { AppealField, AppealInput, AppealText, Lang, Source } from './types';
import { codePointLength } from './normalize';
import { findPlaceholders } from './placeholders';
import { templateFor } from './templates';
import { cleanInput } from './clean';
import { isBacked, type Line } from './lines';
import { fillPattern } from './pattern';
import { slotValues, type SlotName } from './slots';
import { CLAIMS } from './claims';
import { REQUESTS } from './requests';
import { FRAMES } from './frames';

/** One line filled from the case, or undefined when its backing does not hold (lines.ts). */
export const writeLine = (
  line: Line,
  data: CleanInput,
  lang: Lang,
  contact?: CleanContact,
  placeholders: readonly SlotName[] = [],
): string | undefined =>
  isBacked(line, data, contact) ? fillPattern(line.text[lang], slotValues(data, lang, contact), placeholders) : undefined;

const buildContext = (data: CleanInput, lang: Lang, placed: Map<string, readonly Source[]>): TemplateContext => {
  const use = (key: string, line: Line, text: string | undefined): string | undefined => {
    if (text) placed.set(key, line.sources ?? []);
    return text || undefined;
  };
  return {
    lang,
    data,
    claim: (id) => use(`claim:${id}`, CLAIMS[id], writeLine(CLAIMS[id], data, lang)),
    claimEach(ids, placeholders = []) {
      const texts: string[] = [];
      for (const c of data.contacts) {
        // The first of `ids` backed for this contact (a call, or a filing with the regulator).
        const id = ids.find((x) => isBacked(CLAIMS[x], data, c));
        const text = id && use(`claim:${id}`, CLAIMS[id], writeLine(CLAIMS[id], data, lang, c, placeholders));
        if (text) texts.push(text);
      }
      return [...new Set(texts)];
    },
    request: (id) => use(`request:${id}`, REQUESTS[id], writeLine(REQUESTS[id], data, lang)),
    frame: (id) => use(`frame:${id}`, FRAMES[id], writeLine(FRAMES[id], data, lang)) ?? '',
    firstFitting(candidates, max) {
      const kept = candidates.filter((c): c is string => !!c);
      const fit = kept.find((c) => codePointLength(c) <= max);
      if (fit !== undefined) return fit;
      return kept.reduce((a, b) => (codePointLength(b) < codePointLength(a) ? b : a), kept[0] ?? '');
    },
    place(clause) {
      placed.set(`clause:${clause.id}`, clause.sources);
      return clause.text[lang];
    },
  };
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
  placed: Map<string, readonly Source[]>;
};

const renderFields = (input: AppealInput, channel: AppealChannel, lang: Lang): Rendered => {
  const template = templateFor(channel);
  const placed = new Map<string, readonly Source[]>();
  const ctx = buildContext(cleanInput(input, lang), lang, placed);
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
    sources: dedupeSources([...template.sources, ...[...placed.values()].flat()]),
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
