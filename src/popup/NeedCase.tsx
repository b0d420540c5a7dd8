// Shown by a view that needs a case when none is current: one way back to start one.
import { t } from '../shared/i18n';
import type { View } from './view';

export function NeedCase({ goto }: { goto: (view: View) => void }) {
  return (
    <div>
      <p>{t('popupNeedCase')}</p>
      <button type="button" class="primary" onClick={() => goto('tab')}>
        {t('popupStartCaseFirst')}
      </button>
    </div>
  );
}
