// The optional passphrase lock (README.md#the-case-file): enable, unlock, lock now, change,
// disable, and the idle time after which the unlocked key is forgotten. The
// unlocked key lives only in storage.session (src/storage/session.ts); the
// passphrase is typed only here, in an extension page (docs/trust-model.md#closed-shadow-root).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import {
  getSetting,
  setSetting,
  changePassphrase,
  disableLock,
  enableLock,
  unlock,
  MIN_PASSPHRASE_LENGTH,
  DEFAULT_IDLE_MINUTES,
  boundedIdleMinutes,
  forgetSessionKey,
} from '../storage/index';
import { database, errorText, keepKey, sessionArea } from './connection';
import type { Shell } from './shell';

const IDLE_SETTING = 'lockIdleMinutes';
const IDLE_CHOICES = [5, 15, 30, 60, 240] as const;

async function idleMinutes(): Promise<number> {
  const v = await getSetting(await database(), IDLE_SETTING);
  return boundedIdleMinutes(v);
}

/**
 * One lock action at a time: busy while it runs, its outcome or its error
 * shown after, and the shell's lock state refreshed when it succeeded.
 */
function useLockAction(shell: Shell) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setStatus('');
    try {
      const done = await work();
      setError('');
      setStatus(done);
      await shell.refreshLock();
    } catch (e) {
      shell.failed(e);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, status, busy, act };
}

/** Passphrase → unlocked key in storage.session. A wrong passphrase writes nothing. */
export function UnlockForm({ shell }: { shell: Shell }) {
  const [passphrase, setPassphrase] = useState('');
  const { error, busy, act } = useLockAction(shell);
  const submit = (event: Event): Promise<void> => {
    event.preventDefault();
    return act(async () => {
      const key = await unlock(await database(), passphrase, { extractable: true });
      await keepKey(key, await idleMinutes());
      setPassphrase('');
      return '';
    });
  };
  return (
    <form class="row" onSubmit={(e) => void submit(e)} data-testid="unlock-form">
      <label class="field">
        <span>{t('optionsPassphrase')}</span>
        <input
          type="password"
          autocomplete="current-password"
          data-testid="unlock-passphrase"
          value={passphrase}
          required
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="primary" disabled={busy} data-testid="unlock-button">
        {busy ? t('optionsWorking') : t('optionsUnlock')}
      </button>
      {error && (
        <p class="err" role="alert" data-testid="unlock-error">
          {error}
        </p>
      )}
    </form>
  );
}

export function LockPanel({ shell }: { shell: Shell }) {
  const { enabled, key } = shell.lock;
  const [idle, setIdle] = useState(DEFAULT_IDLE_MINUTES);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [c, setC] = useState('');
  const [d, setD] = useState('');
  const { error, status, busy, act } = useLockAction(shell);

  useEffect(() => {
    void idleMinutes().then(setIdle, () => undefined);
  }, []);
  useEffect(() => {
    setA('');
    setB('');
    setC('');
    setD('');
  }, [enabled, key]);

  const enable = (event: Event) => {
    event.preventDefault();
    void act(async () => {
      if (a !== b) throw new Error(t('optionsPassphraseMismatch'));
      const newKey = await enableLock(await database(), a);
      await keepKey(newKey, idle);
      return t('optionsLockEnabled');
    });
  };
  const change = (event: Event) => {
    event.preventDefault();
    void act(async () => {
      if (b !== c) throw new Error(t('optionsPassphraseMismatch'));
      await changePassphrase(await database(), a, b);
      return t('optionsLockChanged');
    });
  };
  const disable = (event: Event) => {
    event.preventDefault();
    void act(async () => {
      await disableLock(await database(), d);
      await forgetSessionKey(sessionArea());
      return t('optionsLockDisabled');
    });
  };
  const lockNow = () =>
    void act(async () => {
      await forgetSessionKey(sessionArea());
      return t('optionsLockedNow');
    });
  const chooseIdle = (minutes: number) =>
    void act(async () => {
      setIdle(minutes);
      await setSetting(await database(), IDLE_SETTING, minutes);
      // Re-store the unlocked key so the new idle time applies at once.
      if (key) await keepKey(key, minutes);
      return t('optionsSaved');
    });

  const pass = (id: string, label: string, value: string, set: (v: string) => void, auto: string) => (
    <label class="field">
      <span>{label}</span>
      <input type="password" data-testid={id} autocomplete={auto} value={value} required onInput={(e) => set(e.currentTarget.value)} />
    </label>
  );

  return (
    <section
      aria-labelledby="lock-heading"
      class="card"
      data-testid="lock-panel"
      data-lock={enabled ? (key ? 'unlocked' : 'locked') : 'off'}
    >
      <h3 id="lock-heading">{t('optionsLockHeading')}</h3>
      <p class="muted">{t('optionsLockExplain')}</p>
      <p class="warn">{t('optionsLockHonest')}</p>
      {!enabled && (
        <form onSubmit={enable} data-testid="lock-enable-form">
          <p class="muted">{t('optionsPassphraseRule', String(MIN_PASSPHRASE_LENGTH))}</p>
          <div class="options-grid">
            {pass('lock-new', t('optionsNewPassphrase'), a, setA, 'new-password')}
            {pass('lock-new2', t('optionsRepeatPassphrase'), b, setB, 'new-password')}
          </div>
          <button type="submit" class="primary" disabled={busy} data-testid="lock-enable">
            {busy ? t('optionsWorking') : t('optionsEnableLock')}
          </button>
        </form>
      )}
      {enabled && !key && <UnlockForm shell={shell} />}
      {enabled && key && (
        <>
          <p class="ok">{t('optionsUnlockedState')}</p>
          <button type="button" onClick={lockNow} disabled={busy} data-testid="lock-now">
            {t('optionsLockNow')}
          </button>
          <form onSubmit={change} data-testid="lock-change-form">
            <h4>{t('optionsChangePassphrase')}</h4>
            <div class="options-grid">
              {pass('lock-old', t('optionsCurrentPassphrase'), a, setA, 'current-password')}
              {pass('lock-change-new', t('optionsNewPassphrase'), b, setB, 'new-password')}
              {pass('lock-change-new2', t('optionsRepeatPassphrase'), c, setC, 'new-password')}
            </div>
            <button type="submit" disabled={busy}>
              {t('optionsChangePassphrase')}
            </button>
          </form>
          <form onSubmit={disable} data-testid="lock-disable-form">
            <h4>{t('optionsDisableLock')}</h4>
            <p class="muted">{t('optionsDisableExplain')}</p>
            {pass('lock-disable-pass', t('optionsCurrentPassphrase'), d, setD, 'current-password')}
            <button type="submit" disabled={busy}>
              {t('optionsDisableLock')}
            </button>
          </form>
        </>
      )}
      {enabled && (
        <label class="field">
          <span>{t('optionsIdleLabel')}</span>
          <select data-testid="lock-idle" value={String(idle)} onChange={(e) => chooseIdle(Number(e.currentTarget.value))}>
            {IDLE_CHOICES.map((m) => (
              <option key={m} value={String(m)}>
                {t('optionsMinutes', String(m))}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p class="err" role="alert" data-testid="lock-error">
          {error}
        </p>
      )}
      {status && (
        <p class="ok" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
