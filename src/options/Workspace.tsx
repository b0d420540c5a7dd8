import { useEffect, useState } from 'preact/hooks';
import { t, uiLang } from '../shared/i18n';
import type { Case } from '../shared/case';
import { listCases, openReopenDb, saveCase, type ReopenDb } from '../storage/db';

let dbPromise: Promise<ReopenDb> | null = null;
const db = (): Promise<ReopenDb> => (dbPromise ??= openReopenDb({ onVersionChange: () => location.reload() }));

export function Workspace() {
  const lang = uiLang();
  const [cases, setCases] = useState<Case[] | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');

  const refresh = async (): Promise<void> => {
    const { items: records } = await listCases(await db());
    setCases(records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  };
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    void refresh();
  }, []);

  const create = async (event: Event): Promise<void> => {
    event.preventDefault();
    const now = new Date().toISOString();
    try {
      await saveCase(await db(), {
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        title: title.trim(),
        answers: {},
        checklist: {},
        dates: {},
      });
      setTitle('');
      setError('');
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e)); // the draft stays in the field
    }
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={create} class="row">
        <label class="field">
          <span>{t('caseTitleLabel')}</span>
          <input data-testid="new-case-title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} required />
        </label>
        <button class="primary" type="submit">{t('caseCreate')}</button>
      </form>
      {error && <p class="err" role="alert">{error}</p>}
      <h2>{t('casesHeading')}</h2>
      {cases === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : (
        <ul class="plain" data-testid="case-list">
          {cases.map((c) => (
            <li key={c.id} class="card">{c.title}</li>
          ))}
        </ul>
      )}
      <p class="muted">{t('privacyLine')}</p>
      <p class="muted">{t('notLegalAdvice')}</p>
    </main>
  );
}
