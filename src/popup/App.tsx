import { useEffect, useState } from 'preact/hooks';
import { t, uiLang } from '../shared/i18n';
import type { PageFacts } from '../shared/messages';
import { statusLabel } from '../lenders/index';
import { ask } from '../shared/ask';
import { activeTabId, scanTab } from './tab';

export function App() {
  const lang = uiLang();
  const [facts, setFacts] = useState<PageFacts | null | undefined>(undefined);
  const [scanError, setScanError] = useState('');
  const load = async (): Promise<void> => {
    const tabId = await activeTabId();
    if (tabId === undefined) return setFacts(null);
    const reply = await ask('ext/tab-status', { tabId });
    setFacts(reply.ok ? reply.data.facts : null);
  };
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    void load();
  }, [lang]);
  const scan = async (): Promise<void> => {
    setScanError('');
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    try {
      await scanTab(tabId);
      await load();
    } catch {
      setScanError(t('popupScanFailed'));
    }
  };

  return (
    <>
      <header class="bar">
        <h1>{t('extShortName')}</h1>
      </header>
      <main>
        <section class="panel" aria-labelledby="this-tab">
          <h2 id="this-tab">{t('popupThisTab')}</h2>
          {facts === undefined ? (
            <p class="muted">{t('popupLoading')}</p>
          ) : facts ? (
            <p data-testid="tab-status" data-status={facts.status}>
              {statusLabel(facts.status, lang)}
            </p>
          ) : (
            <p data-testid="tab-status" data-status="none">{t('popupNoStatus')}</p>
          )}
          <button type="button" onClick={scan} data-testid="scan">{t('popupScan')}</button>
          {scanError && <p class="err" role="alert">{scanError}</p>}
        </section>
      </main>
      <footer class="foot">
        <p class="muted">{t('privacyLine')}</p>
        <p class="muted">{t('notLegalAdvice')}</p>
      </footer>
    </>
  );
}
