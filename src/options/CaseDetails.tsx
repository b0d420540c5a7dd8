// A case's title, lender, product, status and account reference, edited as
// one form and saved as a patch of the fields the user changed
// (docs/architecture.md#one-writer).
import { useEffect, useState } from 'preact/hooks';
import type { Case, CasePatch } from '../shared/case';
import { t } from '../shared/i18n';
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import { ProductSelect, StatusSelect } from './fields';

type Details = { title: string; lender: string; product: Product | ''; status: Status | ''; accountRef: string };
const detailsOf = (c: Case): Details => ({
  title: c.title,
  lender: c.lender ?? '',
  product: c.product ?? '',
  status: c.status ?? '',
  accountRef: c.accountRef ?? '',
});

/**
 * Title, lender, product, status and account reference, saved together with
 * one button. Only the fields the user changed are sent, so a status set in
 * the popup meanwhile is not overwritten; while nothing is typed, the form
 * follows the stored case.
 */
export function CaseDetails({ theCase, commit }: { theCase: Case; commit: (patch: CasePatch) => Promise<boolean> }) {
  const stored = detailsOf(theCase);
  const [base, setBase] = useState<Details>(stored);
  const [draft, setDraft] = useState<Details>(stored);
  const [saved, setSaved] = useState(false);
  const dirty = (Object.keys(draft) as (keyof Details)[]).some((k) => draft[k] !== base[k]);
  useEffect(() => {
    if (!dirty) {
      setBase(stored);
      setDraft(stored);
    }
  }, [stored.title, stored.lender, stored.product, stored.status, stored.accountRef]);
  const set = <K extends keyof Details>(k: K, v: Details[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const patch: CasePatch = {};
    const text = (k: 'lender' | 'accountRef') => draft[k].trim() || null;
    if (draft.title !== base.title) patch.title = draft.title.trim();
    if (draft.lender !== base.lender) patch.lender = text('lender');
    if (draft.accountRef !== base.accountRef) patch.accountRef = text('accountRef');
    if (draft.product !== base.product) patch.product = draft.product || null;
    if (draft.status !== base.status) patch.status = draft.status || null;
    const ok = await commit(patch);
    if (ok) setBase(draft);
    setSaved(ok);
  };

  return (
    <form class="options-grid" onSubmit={(e) => void save(e)} aria-label={t('optionsDetailsHeading')} onInput={() => setSaved(false)}>
      <label class="field">
        <span>{t('caseTitleLabel')}</span>
        <input
          value={draft.title}
          required
          maxLength={200}
          data-testid="case-title-input"
          onInput={(e) => set('title', e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('optionsLenderLabel')}</span>
        <input value={draft.lender} maxLength={100} data-testid="case-lender-input" onInput={(e) => set('lender', e.currentTarget.value)} />
      </label>
      <ProductSelect value={draft.product} onChange={(v) => set('product', v)} />
      <StatusSelect value={draft.status} onChange={(v) => set('status', v)} />
      <label class="field">
        <span>{t('optionsAccountRefLabel')}</span>
        <input value={draft.accountRef} maxLength={100} onInput={(e) => set('accountRef', e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" data-testid="save-details">
          {t('optionsSaveDetails')}
        </button>
        {saved && (
          <span class="ok" role="status">
            {t('optionsSaved')}
          </span>
        )}
      </div>
    </form>
  );
}
