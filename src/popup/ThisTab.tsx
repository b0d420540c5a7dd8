// "This tab": what the content script saw on the current page, with its
// evidence; or, with nothing detected, "scan this page" (generic mode:
// activeTab + scripting on this click) and "start a case" from a picked
// product and status. Also where the current case is chosen.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { ask } from '../shared/ask';
import { t } from '../shared/i18n';
import type { CaseSummary, PageFacts } from '../shared/messages';
import { PACKS } from '../lenders/index';
import { statusLabel } from '../shared/status';
import { STATUSES, type Status } from '../shared/status';
import { PRODUCTS, type Product } from '../shared/products';
import { productLabel } from './labels';
import { scanTab, tabOrigin } from './tab';
import type { CaseStart, ViewProps } from './view';

type Props = ViewProps & {
  facts: PageFacts | null | undefined;
  cases: CaseSummary[];
  reloadFacts: () => Promise<void>;
  openCase: (caseId: string | null) => Promise<void>;
  startCase: (request: CaseStart) => Promise<void>;
};

// 'normal' is not a problem to appeal, and 'unknown' is what "not sure" (no status) means.
const PICKABLE = STATUSES.filter((s) => s !== 'normal' && s !== 'unknown');

export function ThisTab({ lang, tabId, facts, cases, theCase, reloadFacts, openCase, startCase }: Props) {
  const [product, setProduct] = useState<Product | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [scanNote, setScanNote] = useState('');
  const [busy, setBusy] = useState(false);

  // "Always check this site" (README.md#on-the-page generic mode): the optional host
  // permission for this one origin, asked from the click, then the worker
  // registers our content script there. Listed sites need none of this.
  const [origin, setOrigin] = useState<string | undefined>(undefined);
  const [sites, setSites] = useState<string[]>([]);
  const [siteNote, setSiteNote] = useState('');
  const refreshSite = async (): Promise<void> => {
    if (tabId === undefined) return;
    const found = await tabOrigin(tabId);
    const listed = found !== undefined && PACKS.some((p) => p.hosts.includes(new URL(found).hostname));
    setOrigin(listed ? undefined : found);
    const reply = await ask('ext/site-list', {});
    if (reply.ok) setSites(reply.data.sites);
  };
  useEffect(() => void refreshSite(), [tabId]);
  const addSite = (): void => {
    if (!origin) return;
    setSiteNote('');
    // permissions.request must run in the click itself (a user gesture): no await before it.
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(async (granted) => {
      if (!granted) return setSiteNote(t('popupSiteDenied'));
      const reply = await ask('ext/site-add', { origin });
      if (reply.ok) {
        setSites(reply.data.sites);
        setSiteNote(t('popupSiteAdded'));
      } else setSiteNote(reply.error);
    });
  };
  const removeSite = async (): Promise<void> => {
    if (!origin) return;
    const reply = await ask('ext/site-remove', { origin });
    if (reply.ok) setSites(reply.data.sites);
    setSiteNote(reply.ok ? t('popupSiteRemoved') : reply.error);
  };

  const scan = async (): Promise<void> => {
    if (tabId === undefined) return;
    setScanNote('');
    setBusy(true);
    try {
      await scanTab(tabId);
      await reloadFacts();
      setScanNote(t('popupScanDone'));
      await refreshSite(); // activeTab now lets us see the tab's address
    } catch {
      // Pages the browser keeps to itself (chrome://, the Web Store) or a tab that closed.
      setScanNote(t('popupScanFailed'));
    } finally {
      setBusy(false);
    }
  };

  const start = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    await startCase({ ...(product ? { product } : {}), ...(status ? { status } : {}) });
    setBusy(false);
  };

  const detected = facts && facts.status !== 'normal' && facts.status !== 'unknown' ? facts : null;

  return (
    <>
      <h2 id="this-tab">{t('popupThisTab')}</h2>
      {facts === undefined ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : facts ? (
        <div class="card" data-testid="tab-status" data-status={facts.status}>
          <p>
            <strong>{statusLabel(facts.status, lang)}</strong>
          </p>
          {facts.evidence.length > 0 && (
            <>
              <p class="muted">{t('popupPageSays')}</p>
              <ul data-testid="tab-evidence">
                {facts.evidence.map((line, i) => (
                  <li key={i}>「{line}」</li>
                ))}
              </ul>
            </>
          )}
          {detected && (
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => void startCase({ fromTabId: tabId! })}
              data-testid="start-from-tab"
            >
              {t('popupStartFromTab')}
            </button>
          )}
        </div>
      ) : (
        <p data-testid="tab-status" data-status="none">
          {t('popupNoStatus')}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={() => void scan()} disabled={busy || tabId === undefined} data-testid="scan">
          {t('popupScan')}
        </button>
      </div>
      {scanNote && (
        <p class="muted" role="status">
          {scanNote}
        </p>
      )}
      {origin && (
        <div class="row" data-testid="site-controls">
          {sites.includes(origin) ? (
            <button type="button" onClick={() => void removeSite()} data-testid="site-remove">
              {t('popupSiteRemove', new URL(origin).hostname)}
            </button>
          ) : (
            <button type="button" onClick={addSite} data-testid="site-add">
              {t('popupSiteAdd', new URL(origin).hostname)}
            </button>
          )}
        </div>
      )}
      {siteNote && (
        <p class="muted" role="status">
          {siteNote}
        </p>
      )}

      {cases.length > 0 && (
        <label class="field">
          <span>{t('popupCurrentCase')}</span>
          <select
            data-testid="case-picker"
            value={theCase?.id ?? ''}
            onChange={(e) => void openCase((e.target as HTMLSelectElement).value || null)}
          >
            <option value="">{t('popupNoCaseChosen')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} · {c.updatedAt.slice(0, 10)}
              </option>
            ))}
          </select>
        </label>
      )}

      <h2>{t('popupStartCase')}</h2>
      <form onSubmit={(e) => void start(e)} data-testid="start-form">
        <label class="field">
          <span>{t('popupPickProduct')}</span>
          <select
            data-testid="pick-product"
            value={product}
            onChange={(e) => setProduct((e.target as HTMLSelectElement).value as Product | '')}
          >
            <option value="">{t('popupNotSure')}</option>
            {PRODUCTS.map((p) => (
              <option key={p} value={p}>
                {productLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('popupPickStatus')}</span>
          <select
            data-testid="pick-status"
            value={status}
            onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Status | '')}
          >
            <option value="">{t('popupNotSure')}</option>
            {PICKABLE.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class={detected ? '' : 'primary'} disabled={busy} data-testid="start-case">
          {t('popupStartCaseButton')}
        </button>
      </form>
    </>
  );
}
