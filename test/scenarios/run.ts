// The advice scenario runner (docs/architecture.md#corpora): each situation in
// test/scenarios/<split>/*.json goes through the SAME route as the product —
// the page text through the worker's reading (factsFromReading), the page tip
// (buildTip), a case made by the worker's own constructors with the reading as
// its exhibit (caseFrom, exhibitOf, as ext/case-start does), the user's answers
// and dates applied as the popup's patches (applyPatch, as updateCase does),
// factsFromCase → diagnose (ext/diagnose), the deadlines view's lead step, and
// the appeal text of every channel the popup offers (appealInputFromCase →
// renderAppeal, with channelHint, as ext/appeal does). judge.ts then checks
// every observable of the scenario format (below).
import './extension-env';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { speak } from './extension-env';
import { factsFromReading } from '../../src/background/reading';
import { buildTip } from '../../src/background/tip';
import { caseFrom } from '../../src/background/cases';
import { exhibitOf } from '../../src/background/exhibit';
import { PACKS } from '../../src/lenders/index';
import { applyPatch } from '../../src/storage/index';
import { CaseSchema, type Case } from '../../src/shared/case';
import { type Exhibit } from '../../src/shared/exhibit';
import { factsFromCase } from '../../src/rules/case-facts';
import { diagnose } from '../../src/rules/index';
import type { Bilingual, Source } from '../../src/rules/types';
import type { Diagnosis } from '../../src/rules/output';
import { appealInputFromCase } from '../../src/appeal/from-case';
import { CHANNEL_INFO, channelHint, renderAppeal, type AppealInput, type AppealText } from '../../src/appeal/index';
import type { AppealChannel } from '../../src/shared/channels';
import { PRODUCTS, type Product } from '../../src/shared/products';
import { STATUSES, type Status } from '../../src/shared/status';
import type { Lang } from '../../src/shared/bilingual';
import type { PageFacts, Tip } from '../../src/shared/messages';
import { nextStep } from '../../src/popup/Deadlines';

export const SPLITS = ['dev', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * One situation as a user lives it, one file per situation, id = file name.
 * `page`: the text the user saw (the status comes from reading it); `status`:
 * what the user picks when there is no page, or what the page should read as;
 * `answers` and `dates` as the questionnaire and the case's dates take them.
 * `expect.top`: causes of which one must rank first or second among the likely
 * causes ([] when nothing is established); `notLikely`: causes never presented
 * as likely (tip or popup); `show` / `hide`: observables — `checklist:<id>`,
 * `warning:<id>`, `deadline-first:<id>`, `retry-date:<YYYY-MM-DD>`, `tip:none`,
 * `tip:<status>`, `text:<substring>` (anywhere the user reads) and
 * `appeal:<channel>:<substring>`.
 */
export type Scenario = {
  id: string;
  story: string;
  today: string;
  lang: Lang;
  product?: Product;
  page?: { url: string; text: string };
  status?: Status;
  answers: Record<string, string>;
  dates?: Record<string, string>;
  expect: { top: string[]; notLikely?: string[]; show?: string[]; hide?: string[] };
};

const FIELDS = new Set(['id', 'story', 'today', 'lang', 'product', 'page', 'status', 'answers', 'dates', 'expect']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a parsed file is not a scenario of this format, or undefined when it is. */
export function scenarioProblem(s: Record<string, unknown>, file: string): string | undefined {
  const extra = Object.keys(s).filter((k) => !FIELDS.has(k));
  if (extra.length) return `unknown fields ${extra.join(', ')}`;
  if (`${String(s.id)}.json` !== file) return 'id is not the file name';
  if (typeof s.today !== 'string' || !DAY.test(s.today)) return 'today is not YYYY-MM-DD';
  if (s.lang !== 'zh' && s.lang !== 'en') return 'lang is neither zh nor en';
  if (s.product !== undefined && !(PRODUCTS as readonly unknown[]).includes(s.product)) return `unknown product ${String(s.product)}`;
  if (s.status !== undefined && !(STATUSES as readonly unknown[]).includes(s.status)) return `unknown status ${String(s.status)}`;
  if (s.page === undefined && s.status === undefined) return 'neither a page nor a status';
  const expect = s.expect as Scenario['expect'] | undefined;
  if (!expect || !Array.isArray(expect.top)) return 'expect.top is missing';
  return undefined;
}

/** Every scenario of a split, sorted by id; a malformed file throws with its name. */
export function loadScenarios(split: Split): Scenario[] {
  const dir = join(import.meta.dirname, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const s = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      const problem = scenarioProblem(s, file);
      if (problem) throw new Error(`${split}/${file}: ${problem}`);
      return s as unknown as Scenario;
    });
}

/** What the product shows for a scenario, and everything the user reads, in their language. */
export type Observed = {
  reading: PageFacts | null;
  tip: Tip | null;
  theCase: Case;
  exhibits: Exhibit[];
  diagnosis: Diagnosis;
  /** Ids of the causes presented as likely: the tip's, and the popup's diagnosis. */
  likely: { tip: string[]; popup: string[] };
  /** The step the deadlines view leads with. */
  leadDeadline?: string;
  /** A "you can try again from" date shown to the user. */
  retryFrom?: string;
  channels: AppealChannel[];
  /** The renderer's input and, per offered channel, its output and that output as one text. */
  appealInput: AppealInput;
  rendered: Partial<Record<AppealChannel, AppealText>>;
  appeals: Partial<Record<AppealChannel, string>>;
  texts: string[];
};

const pick = (lang: Lang) => (b: Bilingual) => b[lang];
const cites = (lang: Lang, sources: readonly Source[]) => sources.map((s) => s.cite[lang]);

/** The words the popup's views show for a diagnosis (Diagnosis with its impacts, Checklist, Deadlines). */
function popupTexts(d: Diagnosis, lead: string | undefined, lang: Lang): string[] {
  const w = pick(lang);
  const out: string[] = [];
  if (d.meaning) out.push(w(d.meaning.meaning), w(d.meaning.now), ...cites(lang, d.meaning.sources));
  if (d.retryFrom) out.push(d.retryFrom);
  for (const c of d.common) out.push(w(c.title), w(c.explanation), ...c.check.map(w), ...cites(lang, c.sources));
  for (const i of d.impacts) out.push(w(i.title), w(i.text), ...cites(lang, i.sources));
  for (const c of d.causes)
    out.push(w(c.title), w(c.explanation), ...c.evidence.map(w), ...c.check.map(w), ...c.whatWouldChange.map(w), ...cites(lang, c.sources));
  for (const x of [...d.warnings, ...d.financing]) out.push(w(x.title), w(x.text), ...cites(lang, x.sources));
  out.push(...d.whatWouldChange.map(w));
  for (const c of d.checklist) out.push(w(c.text), ...c.documents.map(w), ...cites(lang, c.sources));
  for (const s of d.deadlines) {
    out.push(w(s.title));
    if (s.id === lead) out.push(w(s.text), w(s.next), ...cites(lang, s.sources));
  }
  return out;
}

function tipTexts(tip: Tip | null): string[] {
  if (!tip) return [];
  return [
    tip.statusLabel,
    tip.explanation,
    ...tip.causes.flatMap((c) => [c.title, c.evidence]),
    ...(tip.common ?? []),
    ...(tip.questions ?? []),
    tip.summary ?? '',
  ];
}

/** Runs one scenario through the product's route. */
export function runScenario(s: Scenario): Observed {
  speak(s.lang);
  const now = `${s.today}T08:00:00.000Z`;
  // page/reading: the worker's detection and the tip it answers with (none for a normal line).
  const reading = s.page ? factsFromReading(s.page.url, s.page.text) : null;
  const tip = reading && reading.status !== 'normal' ? buildTip(reading, false, s.lang, s.today) : null;
  // ext/case-start from the tab when the page showed a status, else from the product and status the user picks.
  const fromTab = reading !== null && reading.status !== 'unknown';
  const pack = PACKS.find((p) => p.id === reading?.packId);
  const product = s.product ?? (fromTab ? (reading.product ?? pack?.product) : undefined);
  const status = fromTab ? reading.status : s.status;
  const lender = fromTab ? pack?.name[s.lang] : undefined;
  const opened = caseFrom('scenario-case', now, {
    ...(product ? { product } : {}),
    ...(status ? { status } : {}),
    ...(lender ? { lender } : {}),
  });
  const exhibits = fromTab && status ? [exhibitOf('scenario-exhibit', opened.id, reading, now)] : [];
  // ext/case-update: the answers and dates the user gives in the popup.
  const theCase = CaseSchema.parse(applyPatch(opened, { answers: s.answers, dates: s.dates ?? {} }, now));
  // ext/diagnose, the deadlines view and ext/appeal.
  const diagnosis = diagnose(factsFromCase(theCase, s.today, exhibits));
  const leadDeadline = nextStep(diagnosis.deadlines)?.id;
  // The appeal view offers the channels the diagnosis names (none for a working line or a lock the user set).
  const channels = [...diagnosis.channels];
  const input = appealInputFromCase({ theCase, diagnosis, notes: [], exhibits, today: s.today });
  const rendered: Observed['rendered'] = {};
  const appeals: Observed['appeals'] = {};
  const hints: string[] = [];
  for (const channel of channels) {
    const text = renderAppeal(input, channel, s.lang);
    rendered[channel] = text;
    appeals[channel] = text.fields.map((f) => f.text).join('\n');
    const info = CHANNEL_INFO.find((c) => c.id === channel);
    const where = channelHint(channel, theCase.product);
    hints.push(info?.label[s.lang] ?? '', where.hint[s.lang], ...cites(s.lang, where.sources));
  }
  const texts = [...tipTexts(tip), ...popupTexts(diagnosis, leadDeadline, s.lang), ...hints, ...Object.values(appeals)];
  return {
    reading,
    tip,
    theCase,
    exhibits,
    diagnosis,
    likely: { tip: tip?.causes.map((c) => c.id) ?? [], popup: diagnosis.causes.map((c) => c.id) },
    ...(leadDeadline ? { leadDeadline } : {}),
    ...(diagnosis.retryFrom ? { retryFrom: diagnosis.retryFrom } : {}),
    channels,
    appealInput: input,
    rendered,
    appeals,
    texts,
  };
}
