// 依据与来源 / Sources: every source of the catalogue (src/rules/kb/sources)
// with its citation in both languages, its public address where one exists,
// its reliability and what Reopen says on its strength. Each entry's anchor
// is its id, so every "来源 / Sources" line in the popup and the options page
// links straight to it (labels.ts sourceHref). Static data, no messages, no
// storage: the page reads nothing but the bundled catalogue.
import { useEffect, useState } from 'preact/hooks';
import { SOURCES } from '../rules/kb/sources';
import { SOURCE_KINDS, type Level, type SourceKind } from '../rules/types';
import { t, uiLang } from '../shared/i18n';
import { LEVEL_MARK, levelLabel } from './labels';

const KIND_TITLE: Record<SourceKind, () => string> = {
  law: () => t('sourcesKindLaw'),
  regulator: () => t('sourcesKindRegulator'),
  news: () => t('sourcesKindNews'),
  secondary: () => t('sourcesKindSecondary'),
};

const LEVELS: readonly Level[] = ['confirmed', 'reported', 'unverified'];

/** The entry the address points at (#id), or none. */
const anchor = (): string => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
};

export function SourcesPage() {
  const lang = uiLang();
  const other = lang === 'zh' ? 'en' : 'zh';
  const [current, setCurrent] = useState(anchor);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('sourcesTitle');
    // The page renders before it finishes loading, so the browser's own jump
    // to #id finds the entry; this only keeps the highlight on the entry the
    // address names.
    const follow = () => setCurrent(anchor());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [lang]);

  return (
    <main>
      <h1>{t('sourcesTitle')}</h1>
      <p>{t('sourcesIntro')}</p>
      <ul class="sources-levels">
        {LEVELS.map((l) => (
          <li key={l}>
            <span aria-hidden="true">{LEVEL_MARK[l]} </span>
            <strong>{levelLabel(l)}</strong>
            {lang === 'zh' ? '：' : ': '}
            {l === 'confirmed' ? t('sourcesLevelConfirmed') : l === 'reported' ? t('sourcesLevelReported') : t('sourcesLevelUnverified')}
          </li>
        ))}
      </ul>
      <p class="muted">{t('notLegalAdvice')}</p>
      {SOURCE_KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`}>{KIND_TITLE[kind]()}</h2>
          {kind === 'law' && <p class="muted">{t('sourcesLawLookup')}</p>}
          <ul class="sources-list">
            {SOURCES.filter((s) => s.kind === kind).map((s) => (
              <li
                key={s.id}
                id={s.id}
                class={s.id === current ? 'card sources-entry sources-current' : 'card sources-entry'}
                data-testid="source-entry"
                data-level={s.level}
                aria-current={s.id === current ? 'true' : undefined}
              >
                <h3>{s.cite[lang]}</h3>
                <p class="muted" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                  {s.cite[other]}
                </p>
                <p>
                  <span class="badge" data-level={s.level}>
                    <span aria-hidden="true">{LEVEL_MARK[s.level]} </span>
                    {levelLabel(s.level)}
                  </span>
                </p>
                <p>
                  <strong>{t('sourcesSupports')}</strong> {s.supports[lang]}
                </p>
                <p>
                  {s.url ? (
                    <a href={s.url} target="_blank" rel="noopener noreferrer" data-testid="source-url">
                      {s.url}
                    </a>
                  ) : (
                    <span class="muted">{t('sourcesNoAddress')}</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
