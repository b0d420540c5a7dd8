// Export and import of the whole case file (README.md#the-case-file). Export is a Blob
// download through <a download> (no downloads permission). Import treats the
// file as hostile: src/storage parseBackupFile checks its bytes (UTF-8 only)
// and records without touching the database, the user sees what would be
// added, replaced and kept and every setting it would change
// (docs/trust-model.md#imported-settings), and only their confirmation writes
// it, all or nothing.
import { useState } from 'preact/hooks';
import { t, uiLang } from '../shared/i18n';
import { statusLabel, type Status } from '../shared/status';
import {
  exportAll,
  parseBackupFile,
  serializeBackup,
  MAX_BACKUP_CHARS,
  type ImportPreview,
  type ParsedBackup,
  type SettingChange,
} from '../storage/index';
import { currentKey, database, errorText, measure, pick } from './connection';
import { localDay } from './model';
import type { Shell } from './shell';

type Ready = Extract<ParsedBackup, { ok: true }>;

export function BackupPanel({ shell }: { shell: Shell }) {
  const [decrypt, setDecrypt] = useState(false);
  const [exportStatus, setExportStatus] = useState('');
  const [exportError, setExportError] = useState('');
  const [parsed, setParsed] = useState<Ready | null>(null);
  const [importError, setImportError] = useState('');
  const [importStatus, setImportStatus] = useState('');
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const { enabled, key } = shell.lock;

  const doExport = async (): Promise<void> => {
    const started = performance.now();
    setExportError('');
    try {
      // A locked case file stays encrypted unless the user ticked "decrypt".
      const decryptWith = enabled && decrypt ? await currentKey() : null;
      if (enabled && decrypt && !decryptWith) throw new Error(t('optionsUnlockToDecrypt'));
      const { backup, corrupt } = await exportAll(await database(), decryptWith ? { decryptWith } : {});
      const blob = new Blob([serializeBackup(backup)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `reopen-backup-${localDay()}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      measure('reopen:export', started);
      setExportStatus(
        t('optionsExported', String(backup.cases.length), String(backup.notes.length)) +
          (corrupt.length ? ` ${t('optionsCorrupt', String(corrupt.length))}` : ''),
      );
    } catch (e) {
      shell.failed(e);
      setExportError(errorText(e));
    }
  };

  const choose = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setParsed(null);
    setImportError('');
    setImportStatus('');
    if (!file) return;
    // A UTF-16 unit takes at most 3 UTF-8 bytes: anything larger is over the
    // cap for sure, so it is refused before it is even read into memory.
    if (file.size > MAX_BACKUP_CHARS * 3) {
      setImportError(t('optionsFileTooLarge'));
      input.value = '';
      return;
    }
    try {
      const result = await parseBackupFile(await database(), await file.arrayBuffer(), { key: await currentKey() });
      if (!result.ok) setImportError(pick(result.error));
      else setParsed(result);
    } catch (e) {
      shell.failed(e);
      setImportError(errorText(e));
    }
    input.value = '';
  };

  const apply = async (): Promise<void> => {
    if (!parsed) return;
    setBusy(true);
    try {
      const preview = await parsed.apply({
        key: await currentKey(),
        // Adopting the backup's lock needs its passphrase: it must open the
        // lock before anything is written (src/storage/backup-import.ts).
        ...(parsed.preview.encryption === 'needs-backup-passphrase' || parsed.preview.encryption === 'adopt-key'
          ? { backupPassphrase }
          : {}),
      });
      setParsed(null);
      setBackupPassphrase('');
      setImportError('');
      setImportStatus(
        t('optionsImported', String(preview.add.cases + preview.replace.cases), String(preview.add.notes + preview.replace.notes)),
      );
      await shell.refreshLock();
    } catch (e) {
      shell.failed(e);
      setImportError(errorText(e)); // the preview stays: the user can fix the passphrase and retry
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-heading" class="card">
      <h3 id="backup-heading">{t('optionsBackupHeading')}</h3>
      <p class="muted">{t('optionsBackupExplain')}</p>
      {enabled && (
        <label class="options-check">
          <input
            type="checkbox"
            data-testid="export-decrypt"
            checked={decrypt}
            onChange={(e) => setDecrypt(e.currentTarget.checked)}
            disabled={!key}
          />
          <span>{t('optionsExportDecrypt')}</span>
        </label>
      )}
      <div class="row">
        <button type="button" class="primary" data-testid="export" onClick={() => void doExport()}>
          {t('optionsExport')}
        </button>
      </div>
      {exportError && (
        <p class="err" role="alert">
          {exportError}
        </p>
      )}
      {exportStatus && (
        <p class="ok" role="status" data-testid="export-status">
          {exportStatus}
        </p>
      )}

      <label class="field">
        <span>{t('optionsImportFile')}</span>
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void choose(e)} />
      </label>
      {importError && (
        <p class="err" role="alert" data-testid="import-error">
          {importError}
        </p>
      )}
      {importStatus && (
        <p class="ok" role="status" data-testid="import-status">
          {importStatus}
        </p>
      )}
      {parsed && <ImportPreviewBox preview={parsed.preview} />}
      {(parsed?.preview.encryption === 'needs-backup-passphrase' || parsed?.preview.encryption === 'adopt-key') && (
        <label class="field">
          <span>{t('optionsBackupPassphrase')}</span>
          <input
            type="password"
            autocomplete="off"
            data-testid="import-passphrase"
            value={backupPassphrase}
            onInput={(e) => setBackupPassphrase(e.currentTarget.value)}
          />
        </label>
      )}
      {parsed?.preview.needsUnlock && !key && <p class="warn">{t('optionsImportNeedsUnlock')}</p>}
      {parsed && (
        <div class="row">
          <button type="button" class="primary" data-testid="import-confirm" disabled={busy} onClick={() => void apply()}>
            {t('optionsImportConfirm')}
          </button>
          <button type="button" onClick={() => setParsed(null)}>
            {t('optionsCancel')}
          </button>
        </div>
      )}
    </section>
  );
}

/** A setting change as the user reads it: which setting, the value now and after. */
function settingLine(change: SettingChange): string {
  const value = (v: SettingChange['to'] | undefined) =>
    v === undefined ? t('optionsSettingUnset') : v === true ? t('optionsSettingYes') : v === false ? t('optionsSettingNo') : String(v);
  const dismissed = /^dismissed\.(.+)\.([a-z]+)$/.exec(change.key);
  const label =
    change.key === 'lockIdleMinutes'
      ? t('optionsSettingLockIdle')
      : dismissed
        ? t('optionsSettingDismissed', dismissed[1] ?? '', statusLabel(dismissed[2] as Status, uiLang()))
        : change.key;
  return t('optionsSettingChange', label, value(change.from), value(change.to));
}

function ImportPreviewBox({ preview }: { preview: ImportPreview }) {
  const encryption = {
    none: '',
    'same-key': t('optionsImportSameKey'),
    'adopt-key': t('optionsImportAdoptKey'),
    'needs-backup-passphrase': t('optionsImportNeedsPassphrase'),
  }[preview.encryption];
  return (
    <div data-testid="import-preview" role="status">
      <p>{t('optionsImportPreview')}</p>
      <ul>
        <li>{t('optionsImportAdd', String(preview.add.cases), String(preview.add.notes), String(preview.add.exhibits))}</li>
        <li>{t('optionsImportReplace', String(preview.replace.cases), String(preview.replace.notes), String(preview.replace.exhibits))}</li>
      </ul>
      {preview.settings.length > 0 && (
        <>
          <p>{t('optionsImportSettings')}</p>
          <ul data-testid="import-settings">
            {preview.settings.map((c) => (
              <li key={c.key} data-setting={c.key}>
                {settingLine(c)}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.kept.length > 0 && (
        <ul data-testid="import-kept">
          {preview.kept.map((k) => (
            <li key={k.id} data-note-id={k.id}>
              {k.reason === 'needs-unlock' ? t('optionsImportKeptUnlock', k.id) : t('optionsImportKeptUnreadable', k.id)}
            </li>
          ))}
        </ul>
      )}
      {encryption && <p>{encryption}</p>}
    </div>
  );
}
