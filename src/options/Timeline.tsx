// A case's timeline: every call, chat, letter and filing, with its reference
// number, what was said or sent, and the appeal text used. Editing happens
// only here, in an extension page, never in the page-side tip (docs/trust-model.md#closed-shadow-root).
// The entry's id is chosen when the form opens, so a retried save overwrites
// instead of duplicating (docs/trust-model.md#worker-lifetime).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Case, Note } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import { LIMITS } from '../shared/case';
import { CONTACT_CHANNELS, type AppealChannel, type ContactChannel } from '../shared/channels';
import { t, uiLang } from '../shared/i18n';
import type { Diagnosis } from '../rules/output';
import { appealInputFromCase } from '../appeal/from-case';
import { appealPlainText, renderAppeal, CHANNEL_INFO } from '../appeal/index';
import { deleteNote, saveNote, StorageError, type NoteView } from '../storage/index';
import { currentKey, database, errorText, pick, showDateTime } from './connection';
import { fromLocalInput, localDay, toLocalInput } from './model';
import { channelLabel } from './labels';
import type { Shell } from './shell';

interface Draft {
  id: string;
  editing: boolean;
  at: string;
  channel: ContactChannel;
  ref: string;
  text: string;
  appealText: string;
}

const emptyDraft = (): Draft => ({
  id: crypto.randomUUID(),
  editing: false,
  at: toLocalInput(new Date().toISOString()),
  channel: 'phone',
  ref: '',
  text: '',
  appealText: '',
});

interface Props {
  shell: Shell;
  theCase: Case;
  notes: NoteView[];
  exhibits: Exhibit[];
  diagnosis: Diagnosis | null;
  reload(): Promise<void>;
}

export function Timeline({ shell, theCase, notes, exhibits, diagnosis, reload }: Props) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const [appealChannel, setAppealChannel] = useState<AppealChannel>('letter');
  const locked = shell.lock.enabled && !shell.lock.key;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  // An entry opened for editing holds its decrypted text: when the key goes
  // (the lock announcement), it leaves the form unless the user changed it,
  // since their own unsaved words are never thrown away.
  const opened = useRef<Draft | null>(null);
  useEffect(() => {
    if (shell.lock.key || !draft.editing || !opened.current) return;
    if (JSON.stringify(opened.current) === JSON.stringify(draft)) setDraft(emptyDraft());
  }, [shell.lock.key]);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const at = fromLocalInput(draft.at);
    if (!at) {
      setError(t('optionsBadDate'));
      return;
    }
    const note: Note = {
      id: draft.id,
      caseId: theCase.id,
      at,
      channel: draft.channel,
      text: draft.text,
      ...(draft.ref.trim() ? { ref: draft.ref.trim() } : {}),
      ...(draft.appealText.trim() ? { appealText: draft.appealText } : {}),
    };
    setBusy(true);
    setStatus('');
    try {
      const key = await currentKey();
      if (shell.lock.enabled && !key) throw new StorageError('locked');
      await saveNote(await database(), note, { key });
      // Stored: only now does the form empty.
      setDraft(emptyDraft());
      setError('');
      setStatus(t('optionsEntrySaved'));
      await reload();
    } catch (e) {
      shell.failed(e);
      if (e instanceof StorageError && e.code === 'locked') void shell.refreshLock();
      setError(errorText(e)); // the draft stays in the form
    } finally {
      setBusy(false);
    }
  };

  const edit = (n: Note): void => {
    const loaded: Draft = {
      id: n.id,
      editing: true,
      at: toLocalInput(n.at),
      channel: n.channel,
      ref: n.ref ?? '',
      text: n.text,
      appealText: n.appealText ?? '',
    };
    opened.current = loaded;
    setDraft(loaded);
    setError('');
    setStatus('');
    document.getElementById('entry-form')?.scrollIntoView();
    document.getElementById('entry-text')?.focus();
  };

  const remove = async (id: string): Promise<void> => {
    try {
      await deleteNote(await database(), id);
      setConfirmId(null);
      if (draft.id === id) setDraft(emptyDraft());
      await reload();
    } catch (e) {
      shell.failed(e);
      setError(errorText(e));
    }
  };

  const attachAppeal = (): void => {
    if (!diagnosis) return;
    const readable = notes.filter((n): n is Note & { locked: false } => !n.locked);
    const input = appealInputFromCase({ theCase, diagnosis, notes: readable, exhibits, today: localDay() });
    set({ appealText: appealPlainText(renderAppeal(input, appealChannel, uiLang())).slice(0, LIMITS.appealText) });
  };

  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('optionsTimelineHeading')}</h3>
      {notes.length === 0 ? (
        <p class="muted">{t('optionsNoEntries')}</p>
      ) : (
        <ol class="plain options-timeline" data-testid="timeline">
          {notes.map((n) => (
            <li key={n.id} class="card" data-note-id={n.id} data-locked={n.locked ? 'true' : undefined}>
              <div class="muted">
                {showDateTime(n.at)} · {channelLabel(n.channel)}
                {!n.locked && n.ref ? ` · ${t('optionsRefShort', n.ref)}` : ''}
              </div>
              {n.locked ? (
                <p class="muted">{t('optionsLockedEntry')}</p>
              ) : (
                <>
                  <p class="options-pre">{n.text}</p>
                  {n.appealText && (
                    <details>
                      <summary>{t('optionsAppealAttached')}</summary>
                      <p class="options-pre">{n.appealText}</p>
                    </details>
                  )}
                  <div class="row no-print">
                    <button type="button" onClick={() => edit(n)} aria-label={t('optionsEditEntryLabel', showDateTime(n.at))}>
                      {t('optionsEdit')}
                    </button>
                    {confirmId === n.id ? (
                      <>
                        <button type="button" class="danger" onClick={() => void remove(n.id)}>
                          {t('optionsDeleteYes')}
                        </button>
                        <button type="button" onClick={() => setConfirmId(null)}>
                          {t('optionsCancel')}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        onClick={() => setConfirmId(n.id)}
                        aria-label={t('optionsDeleteEntryLabel', showDateTime(n.at))}
                      >
                        {t('optionsDelete')}
                      </button>
                    )}
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}

      <form
        id="entry-form"
        class="card no-print"
        onSubmit={(e) => void save(e)}
        data-testid="entry-form"
        aria-labelledby="entry-form-heading"
      >
        <h4 id="entry-form-heading">{draft.editing ? t('optionsEditEntry') : t('optionsAddEntry')}</h4>
        {locked && <p class="warn">{t('optionsUnlockToWrite')}</p>}
        <div class="options-grid">
          <label class="field">
            <span>{t('optionsEntryAt')}</span>
            <input
              type="datetime-local"
              data-testid="entry-at"
              required
              value={draft.at}
              onInput={(e) => set({ at: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            <span>{t('optionsEntryChannel')}</span>
            <select
              data-testid="entry-channel"
              value={draft.channel}
              onChange={(e) => set({ channel: e.currentTarget.value as ContactChannel })}
            >
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('optionsEntryRef')}</span>
            <input
              data-testid="entry-ref"
              value={draft.ref}
              maxLength={LIMITS.noteRef}
              onInput={(e) => set({ ref: e.currentTarget.value })}
            />
          </label>
        </div>
        <label class="field">
          <span>{t('optionsEntryText')}</span>
          <textarea
            id="entry-text"
            data-testid="entry-text"
            value={draft.text}
            maxLength={LIMITS.noteText}
            onInput={(e) => set({ text: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>{t('optionsEntryAppeal')}</span>
          <textarea
            data-testid="entry-appeal"
            value={draft.appealText}
            maxLength={LIMITS.appealText}
            onInput={(e) => set({ appealText: e.currentTarget.value })}
          />
        </label>
        <div class="row">
          <label class="field">
            <span>{t('optionsAppealChannel')}</span>
            <select value={appealChannel} onChange={(e) => setAppealChannel(e.currentTarget.value as AppealChannel)}>
              {CHANNEL_INFO.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.label)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={attachAppeal} disabled={!diagnosis}>
            {t('optionsAttachAppeal')}
          </button>
        </div>
        <div class="row">
          <button type="submit" class="primary" data-testid="entry-save" disabled={busy}>
            {draft.editing ? t('optionsSaveEntry') : t('optionsAddEntryButton')}
          </button>
          {draft.editing && (
            <button type="button" onClick={() => setDraft(emptyDraft())}>
              {t('optionsCancel')}
            </button>
          )}
        </div>
        {error && (
          <p class="err" role="alert" data-testid="entry-error">
            {error}
          </p>
        )}
        {status && (
          <p class="ok" role="status">
            {status}
          </p>
        )}
      </form>
    </section>
  );
}
