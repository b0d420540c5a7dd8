// The toolbar popup's shell: which tab it works on, which case is current, the
// view tabs, and the one place that talks to the worker about the case. Thin
// on purpose (popup.gzip_bytes goal ≤ 25 KB): the engine, the templates and
// the database stay in the worker, reached through typed messages (ask.ts).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { t, uiLang } from '../shared/i18n';
import type { CaseSummary, PageFacts } from '../shared/messages';
import type { DiagnosisView } from '../shared/diagnosis';
import type { Case, CasePatch } from '../shared/case';
import { ask } from '../shared/ask';
import { activeTabId } from './tab';
import { ThisTab } from './ThisTab';
import { Diagnosis } from './Diagnosis';
import { Questions } from './Questions';
import { Checklist } from './Checklist';
import { Appeal } from './Appeal';
import { Deadlines } from './Deadlines';
import { VIEWS, type AppealDraft, type CaseStart, type View, type ViewProps } from './view';

const viewLabel: Record<View, () => string> = {
  tab: () => t('popupViewTab'),
  diagnosis: () => t('popupViewDiagnosis'),
  questions: () => t('popupViewQuestions'),
  checklist: () => t('popupViewChecklist'),
  appeal: () => t('popupViewAppeal'),
  deadlines: () => t('popupViewDeadlines'),
};

/** storage.session: cleared when the browser closes, not readable by content scripts. */
const CURRENT_CASE_KEY = 'popup:caseId';

/** What the popup needs first, asked for before the first render (main.tsx) so the message overlaps it. */
export type Boot = Promise<{ tabId: number | undefined; facts: PageFacts | null }>;

export async function boot(): Boot {
  const tabId = await activeTabId().catch(() => undefined);
  if (tabId === undefined) return { tabId, facts: null };
  const reply = await ask('ext/tab-status', { tabId });
  return { tabId, facts: reply.ok ? reply.data.facts : null };
}

export function App({ boot }: { boot: Boot }) {
  const lang = uiLang();
  const [view, setView] = useState<View>('tab');
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [facts, setFacts] = useState<PageFacts | null | undefined>(undefined);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [theCase, setCase] = useState<Case | null>(null);
  const [diagnosis, setDiagnosis] = useState<DiagnosisView | null>(null);
  const [draft, setDraft] = useState<AppealDraft | null>(null);
  const [error, setError] = useState('');
  const tabs = useRef<HTMLDivElement>(null);

  const fail = (message: string): void => setError(message);

  const loadFacts = async (id: number | undefined): Promise<void> => {
    if (id === undefined) return setFacts(null);
    const reply = await ask('ext/tab-status', { tabId: id });
    setFacts(reply.ok ? reply.data.facts : null);
  };

  const loadCases = async (): Promise<CaseSummary[]> => {
    const reply = await ask('ext/case-list', {});
    const list = reply.ok ? reply.data.cases.filter((c) => !c.archived) : [];
    setCases(list);
    return list;
  };

  const refreshDiagnosis = async (caseId: string): Promise<void> => {
    const reply = await ask('ext/diagnose', { caseId });
    if (reply.ok) setDiagnosis(reply.data.diagnosis);
    else fail(reply.error);
  };

  const openCase = async (caseId: string | null): Promise<void> => {
    setError('');
    setDiagnosis(null);
    if (!caseId) {
      setCase(null);
      await browser.storage.session.remove(CURRENT_CASE_KEY);
      return;
    }
    const [got] = await Promise.all([
      ask('ext/case-get', { caseId }),
      refreshDiagnosis(caseId),
      browser.storage.session.set({ [CURRENT_CASE_KEY]: caseId }),
    ]);
    if (got.ok && got.data.case) setCase(got.data.case);
    else {
      setCase(null);
      if (!got.ok) fail(got.error);
    }
  };

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    void (async () => {
      const { tabId: id, facts: first } = await boot;
      setTabId(id);
      setFacts(first);
      const [list, stored] = await Promise.all([
        loadCases(),
        browser.storage.session.get(CURRENT_CASE_KEY).catch(() => ({}) as Record<string, unknown>),
      ]);
      const remembered = stored[CURRENT_CASE_KEY];
      // The case chosen last time in this browser session, if it still exists.
      if (typeof remembered === 'string' && list.some((c) => c.id === remembered)) await openCase(remembered);
    })();
  }, []);

  useLayoutEffect(() => {
    // Bench marker (bench/popup.bench.ts): the first meaningful render is the
    // tab's status, committed to the document (layout effects run right after).
    if (facts !== undefined && !performance.getEntriesByName('popup-ready').length) performance.mark('popup-ready');
  }, [facts]);

  const update = async (patch: CasePatch): Promise<boolean> => {
    if (!theCase) return false;
    setError('');
    const reply = await ask('ext/case-update', { caseId: theCase.id, patch });
    if (!reply.ok) {
      fail(reply.error);
      return false;
    }
    setCase(reply.data.case);
    await refreshDiagnosis(theCase.id);
    return true;
  };

  // The new case's id is minted here, where the request starts, and kept until
  // the worker acknowledges it: a retry after a lost reply (the worker stopped
  // after storing) finds the case stored and adds no second one.
  const pendingStart = useRef<{ request: string; caseId: string } | null>(null);
  const startCase = async (request: CaseStart): Promise<void> => {
    setError('');
    const key = JSON.stringify(request);
    if (pendingStart.current?.request !== key) pendingStart.current = { request: key, caseId: crypto.randomUUID() };
    const reply = await ask('ext/case-start', { ...request, caseId: pendingStart.current.caseId });
    if (!reply.ok) return fail(reply.error);
    pendingStart.current = null;
    await loadCases();
    await openCase(reply.data.case.id);
    setView('diagnosis');
  };

  // WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs.
  const onTabKey = (event: KeyboardEvent): void => {
    const i = VIEWS.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? VIEWS[(i + 1) % VIEWS.length]
        : event.key === 'ArrowLeft'
          ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
          : event.key === 'Home'
            ? VIEWS[0]
            : event.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setView(next);
    tabs.current?.querySelector<HTMLButtonElement>(`#tab-${next}`)?.focus();
  };

  const props: ViewProps = { lang, tabId, theCase, diagnosis, update, goto: setView, fail };

  return (
    <>
      <header class="bar">
        <h1>{t('extShortName')}</h1>
        {theCase && (
          <span class="muted popup-case-title" data-testid="current-case">
            {theCase.title}
          </span>
        )}
      </header>
      {/* In a nav landmark so that every piece of content sits in a region (axe "region"). */}
      <nav aria-label={t('popupViewsLabel')}>
        <div class="popup-tabs" role="tablist" aria-label={t('popupViewsLabel')} ref={tabs} onKeyDown={onTabKey}>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`tab-${v}`}
              aria-selected={view === v}
              aria-controls={`panel-${v}`}
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
            >
              {viewLabel[v]()}
            </button>
          ))}
        </div>
      </nav>
      <main>
        {error && (
          <p class="err popup-error" role="alert" data-testid="error">
            {error}
          </p>
        )}
        <section class="panel" role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} data-testid={`panel-${view}`}>
          {view === 'tab' ? (
            <ThisTab
              {...props}
              facts={facts}
              cases={cases}
              reloadFacts={() => loadFacts(tabId)}
              openCase={openCase}
              startCase={startCase}
            />
          ) : view === 'diagnosis' ? (
            <Diagnosis {...props} />
          ) : view === 'questions' ? (
            <Questions {...props} />
          ) : view === 'checklist' ? (
            <Checklist {...props} />
          ) : view === 'appeal' ? (
            <Appeal {...props} draft={draft} setDraft={setDraft} />
          ) : (
            <Deadlines {...props} />
          )}
        </section>
      </main>
      <footer class="foot">
        <p class="muted">{t('privacyLine')}</p>
        <p class="muted">{t('notLegalAdvice')}</p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-workspace">
          {t('popupOpenWorkspace')}
        </button>
        {/* Recognition runs in the options page: the popup closes when it loses focus (a file dialog would end it). */}
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#screenshot') })}
          data-testid="add-screenshot"
        >
          {t('popupAddScreenshot')}
        </button>
      </footer>
    </>
  );
}

/** Shown by the case views when no case is chosen yet. */
