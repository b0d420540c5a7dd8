// The "来源 / Sources" line under an item: each source's citation in the UI
// language, linked to its entry on the Sources page (src/sources), where its
// public address, reliability and what it supports are listed. How sure a
// statement is, in the words docs/sources.md#reliability asks for: ✅ stated
// as fact; 🟡 "users report… / commonly cited" with its source; ⚠️ only ever as
// a possibility, never as fact.
import { t, uiLang } from '../shared/i18n';
import type { Level, Source } from '../rules/types';
import { LEVEL_MARK, levelLabel, sourceHref } from '../sources/labels';

/** What a source line needs; the rest of the entry lives on the Sources page. */
export type SourceRef = Pick<Source, 'id' | 'cite' | 'level'>;

export function Sources({ sources }: { sources: readonly SourceRef[] }) {
  if (!sources.length) return null;
  const lang = uiLang();
  return (
    <p class="muted popup-sources" data-testid="sources">
      {t('popupSources')}{' '}
      {sources.map((s, i) => (
        <span key={s.id} class="popup-source" data-level={s.level}>
          <span aria-hidden="true">{LEVEL_MARK[s.level]}</span>{' '}
          <a href={sourceHref(s.id)} target="_blank" rel="noopener" data-source={s.id}>
            {s.cite[lang]}
          </a>
          <span class="sr-only"> ({levelLabel(s.level)})</span>
          {i < sources.length - 1 ? ' · ' : ''}
        </span>
      ))}
    </p>
  );
}

/** The softer preface a 🟡 or ⚠️ statement gets; nothing for ✅. */
export function LevelNote({ level }: { level: Level }) {
  if (level === 'confirmed') return null;
  return (
    <span class="badge popup-level" data-level={level}>
      <span aria-hidden="true">{LEVEL_MARK[level]} </span>
      {levelLabel(level)}
    </span>
  );
}
