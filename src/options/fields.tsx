// Form controls the workspace uses in more than one place (new case, case
// details): one definition, so the two forms cannot drift apart.
import { t, uiLang } from '../shared/i18n';
import { PRODUCTS, PRODUCT_LABEL, type Product } from '../shared/products';
import { STATUSES, type Status } from '../shared/status';
import { statusLabel } from '../shared/status';

export function ProductSelect({ value, onChange, testId }: { value: Product | ''; onChange: (p: Product | '') => void; testId?: string }) {
  return (
    <label class="field">
      <span>{t('optionsProductLabel')}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value as Product | '')}>
        <option value="">{t('optionsNotSet')}</option>
        {PRODUCTS.map((p) => (
          <option key={p} value={p}>
            {PRODUCT_LABEL[p][uiLang()]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StatusSelect({ value, onChange, testId }: { value: Status | ''; onChange: (s: Status | '') => void; testId?: string }) {
  return (
    <label class="field">
      <span>{t('optionsStatusLabel')}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value as Status | '')}>
        <option value="">{t('optionsNotSet')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s, uiLang())}
          </option>
        ))}
      </select>
    </label>
  );
}
