import { statusLabel, type Status } from '../shared/status';
import { uiLang } from '../shared/i18n';
import type { PageExhibit } from '../shared/case';
import type { SitePack } from '../lenders/index';

/** A dated exhibit of what a page showed (README.md#the-case-file: URL, time, trimmed status text). */
export function exhibitOf(caseId: string, url: string, status: Status, text: string, now: string, pack: SitePack | undefined): PageExhibit {
  const trimmed = text.replace(/\s+/g, ' ').trim() || statusLabel(status, uiLang());
  return {
    id: crypto.randomUUID(),
    caseId,
    source: 'page',
    url,
    observedAt: now,
    status,
    text: trimmed.slice(0, 500).trim(),
    ...(pack ? { lender: pack.name.zh.slice(0, 100) } : {}),
  };
}
