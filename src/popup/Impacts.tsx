// The "这对我意味着什么 / What this means for you" block of the diagnosis view
// (README.md#what-a-user-can-do): what the user can and cannot do now, the
// case's impacts with their sources, and the four strategies.
import { t } from '../shared/i18n';
import type { Lang } from '../shared/bilingual';
import type { DiagnosisView } from '../shared/diagnosis';
import { whatThisMeans } from '../rules/what-this-means';
import { LevelNote, Sources } from './Sources';

export function Impacts({ lang, diagnosis }: { lang: Lang; diagnosis: DiagnosisView }) {
  const block = whatThisMeans(diagnosis);
  if (!block.impacts.length && !block.strategies.length) return null;
  return (
    <section class="card" data-testid="impacts">
      <h3>{t('popupImpactsHeading')}</h3>
      {block.now && <p data-testid="impact-now">{block.now[lang]}</p>}
      <ul>
        {block.impacts.map((i) => (
          <li key={i.id} data-testid="impact" data-impact={i.id}>
            <strong>{i.title[lang]}</strong> <LevelNote level={i.level} />
            <p>{i.text[lang]}</p>
            <Sources sources={i.sources} />
          </li>
        ))}
      </ul>
      {block.strategies.length > 0 && (
        <>
          <h3>{t('popupStrategiesHeading')}</h3>
          <ol data-testid="strategies">
            {block.strategies.map((s) => (
              <li key={s.id} data-testid="strategy" data-strategy={s.id}>
                {s.text[lang]} <Sources sources={s.sources} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
