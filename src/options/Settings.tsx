// Settings: reminders, the passphrase lock, and backup (export / import).
import { t } from '../shared/i18n';
import { LockPanel } from './LockPanel';
import { BackupPanel } from './BackupPanel';
import { RemindersPanel } from './RemindersPanel';
import type { Shell } from './shell';

export function Settings({ shell }: { shell: Shell }) {
  return (
    <>
      <h2 class="sr-only">{t('optionsSettingsHeading')}</h2>
      <RemindersPanel shell={shell} />
      <LockPanel shell={shell} />
      <BackupPanel shell={shell} />
    </>
  );
}
