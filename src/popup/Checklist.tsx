// The engine's checklist, grouped as the engine groups it (CHECKLIST_GROUPS
// order: gather → contact → fix → escalate → protect → financing), with the
// documents each step needs. Ticks are saved to the case.
import { t } from '../shared/i18n';
import { groupLabel } from './labels';
import { LevelNote, Sources } from './Sources';
import { NeedCase } from './NeedCase';
import type { ViewProps } from './view';
import type { DiagnosisView } from '../shared/diagnosis';

type Item = DiagnosisView['checklist'][number];

export function Checklist({ lang, theCase, diagnosis, update, goto }: ViewProps) {
  if (!theCase) return <NeedCase goto={goto} />;
  if (!diagnosis) return <p class="muted">{t('popupLoading')}</p>;
  const groups = new Map<string, Item[]>();
  for (const item of diagnosis.checklist) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  const done = diagnosis.checklist.filter((i) => theCase.checklist[i.id]).length;
  return (
    <>
      <h2>{t('popupChecklistHeading')}</h2>
      <p data-testid="checklist-progress">
        <progress max={diagnosis.checklist.length} value={done} aria-hidden="true" />{' '}
        {t('popupChecklistProgress', String(done), String(diagnosis.checklist.length))}
      </p>
      {[...groups].map(([group, items]) => (
        <div key={group} data-testid={`group-${group}`}>
          <h3>{groupLabel(group)}</h3>
          <ul class="plain">
            {items.map((item) => (
              <li key={item.id} class="popup-check" data-testid={`check-${item.id}`}>
                <label>
                  <input
                    type="checkbox"
                    checked={theCase.checklist[item.id] === true}
                    onChange={(e) => void update({ checklist: { [item.id]: (e.target as HTMLInputElement).checked } })}
                  />{' '}
                  {item.text[lang]}
                </label>{' '}
                <LevelNote level={item.level} />
                {item.documents.length > 0 && (
                  <p class="muted">
                    {t('popupDocuments')} {item.documents.map((d) => d[lang]).join(lang === 'zh' ? '；' : '; ')}
                  </p>
                )}
                {item.validUntil && <p class="muted">{t('popupValidUntil', item.validUntil)}</p>}
                {item.level !== 'confirmed' && <Sources sources={item.sources} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
