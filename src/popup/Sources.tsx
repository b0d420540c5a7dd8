// How sure a statement is, in the words docs/sources.md asks for ("How to read the
// markers"): ✅ stated as fact; 🟡 "users report… / commonly cited" with its
// source; ⚠️ only ever as a possibility, never as fact.
import { t } from '../shared/i18n';
import type { Level, Source } from '../rules/types';
import { LEVEL_MARK, levelLabel } from './labels';

export function Sources({ sources }: { sources: readonly Source[] }) {
  if (!sources.length) return null;
  return (
    <p class="muted popup-sources" data-testid="sources">
      {t('popupSources')}{' '}
      {sources.map((s, i) => (
        <span key={i} class="popup-source" data-level={s.level}>
          <span aria-hidden="true">{LEVEL_MARK[s.level]}</span> {s.ref}
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
