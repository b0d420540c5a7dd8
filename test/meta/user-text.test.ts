// Nothing a user reads names an internal file (docs/sources.md#reliability): no
// locale string, source citation, knowledge-base text, appeal hint, note or
// rendered appeal text contains a Markdown file name or a "§" section mark, or
// the names of the research notes the catalogue was written from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_INFO, channelHint, renderAppeal, type AppealInput } from '../../src/appeal';
import { KB } from '../../src/rules/kb';
import { SOURCES } from '../../src/rules/kb/sources';
import { statusMeaning } from '../../src/lenders/meaning';
import { APPEAL_CHANNELS } from '../../src/shared/channels';
import { PRODUCTS } from '../../src/shared/products';
import { STATUSES } from '../../src/shared/status';

const root = join(import.meta.dirname, '../..');
const INTERNAL = /\.md\b|\u00a7|facts\.|SECURITY|STYLE|TESTING|\bOCR\.|\/work\//;

/** Every {zh, en} string inside a value, each language separately. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const offending = (texts: string[]) => texts.filter((s) => INTERNAL.test(s));

/** A case with every field known, and the knowledge base's own clauses placed. */
const CASE: AppealInput = {
  lender: '重庆蚂蚁消费金融有限公司',
  product: '支付宝借呗',
  status: '额度已关闭',
  exhibit: { text: '你当前暂无借呗额度', day: '2025-03-02', source: 'page' },
  dateWritten: '2025-03-20',
  contacts: [{ date: '2025-03-10', channel: 'chat', ref: 'CS88231' }],
  answers: { q_overdue: 'none' },
  creditReportEntry: { institution: '重庆蚂蚁消费金融有限公司', item: '2024年6月的逾期记录', whatIsWrong: '已按时还清' },
  clauses: KB.clauses.map((c) => ({ id: c.id, kind: c.kind, text: c.text, sources: [...c.sources] })),
};

describe('user-visible text names no internal file', () => {
  it.each(['zh_CN', 'en'])('locale %s', (locale) => {
    const messages = JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(offending(Object.values(messages).map((m) => m.message))).toEqual([]);
  });

  it('the sources catalogue (citations, addresses, what each supports)', () => {
    expect(offending(SOURCES.flatMap((s) => [...strings(s.cite), ...strings(s.supports), s.url ?? '']))).toEqual([]);
  });

  it('the knowledge base and the status meanings', () => {
    expect(offending(strings(KB))).toEqual([]);
    expect(offending(STATUSES.flatMap((s) => [statusMeaning(s, 'zh'), statusMeaning(s, 'en')]))).toEqual([]);
  });

  it('appeal templates: labels, hints, notes and rendered text', () => {
    const hints = PRODUCTS.map((p) => channelHint('chat', p));
    const rendered = APPEAL_CHANNELS.flatMap((c) => (['zh', 'en'] as const).map((lang) => renderAppeal(CASE, c, lang)));
    expect(offending([...strings(CHANNEL_INFO), ...strings(hints), ...strings(rendered)])).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    // Built from parts, so that this file cites nothing itself (test/meta/citations.test.ts).
    const note = `来源：${'facts'}.md ${'\u00a7'}2.1`;
    const doc = `docs/${'sources'}.md#causes`;
    const section = `see ${'\u00a7'}3`;
    expect(offending([note, doc, section, 'PIPL Article 24(3)'])).toEqual([note, doc, section]);
  });
});
