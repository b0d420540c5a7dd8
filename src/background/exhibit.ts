import { LIMITS } from '../shared/case';
import { type PageExhibit } from '../shared/exhibit';
import { statusLabel } from '../shared/status';
import { uiLang } from '../shared/i18n';
import type { PageFacts } from '../shared/messages';
import { PACKS } from '../lenders/index';

/**
 * A dated exhibit of what a page showed (README.md#the-case-file: URL, time,
 * the status text), built from the worker's own reading of that page: the
 * status detection found and the evidence lines it quoted
 * (docs/trust-model.md#worker-derives-facts). `id` comes from the sender.
 */
export function exhibitOf(id: string, caseId: string, facts: PageFacts, now: string): PageExhibit {
  const pack = PACKS.find((p) => p.id === facts.packId);
  const quote = facts.evidence.join(' / ').replace(/\s+/g, ' ').trim() || statusLabel(facts.status, uiLang());
  return {
    id,
    caseId,
    source: 'page',
    url: facts.url,
    observedAt: now,
    status: facts.status,
    text: quote.slice(0, LIMITS.exhibitText).trim(),
    ...(pack ? { lender: pack.name.zh.slice(0, LIMITS.lender) } : {}),
  };
}
