// Appeal text: pick a channel, edit the preview, fill the visible
// placeholders, then Copy (from the click, no clipboard permission) or Insert
// into the focused field of this page. Only the chosen text crosses into the
// page (README.md#appeal-text). A field's maxlength is respected, its own text counted: a
// shorter variant from the worker (also of one field of a multi-field channel),
// or the count and a warning before anything is cut. When the page's editor
// does not take the text, it is copied from the same click for the user to paste.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { APPEAL_CHANNELS, type AppealChannel, type ContactChannel } from '../shared/channels';
import { ask } from '../shared/ask';
import { channelLabel, refusalText } from './labels';
import { copyText } from './clipboard';
import { fieldInfo, insertText } from './tab';
import { Sources } from './Sources';
import { NeedCase } from './NeedCase';
import type { AppealDraft, ViewProps } from './view';
import { AppealOutcome, type Outcome } from './AppealOutcome';

/** How the use of a text is recorded on the case timeline (src/shared/channels.ts). */
const NOTE_CHANNEL: Record<AppealChannel, ContactChannel> = {
  chat: 'chat',
  letter: 'letter',
  regulator: 'regulator',
  'credit-objection': 'other',
  'pipl-explanation': 'letter',
  heimao: 'other',
};

type Props = ViewProps & { draft: AppealDraft | null; setDraft: (d: AppealDraft | null) => void };

export function Appeal({ lang, tabId, theCase, diagnosis, goto, fail, draft, setDraft }: Props) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const areas = useRef<Record<string, HTMLTextAreaElement | null>>({});
  const caseId = theCase?.id;
  // Only the texts worth sending for this case (none for a working line or a lock the user set: src/rules diagnose).
  const offered: readonly AppealChannel[] = diagnosis ? diagnosis.channels : APPEAL_CHANNELS;
  const channel: AppealChannel = draft?.caseId === caseId && draft ? draft.channel : (offered[0] ?? 'chat');

  const load = async (next: AppealChannel): Promise<void> => {
    if (!caseId) return;
    setOutcome({ kind: 'none' });
    const reply = await ask('ext/appeal', { caseId, channel: next, lang });
    if (!reply.ok) return fail(reply.error);
    const { appeal, hint } = reply.data;
    setDraft({
      caseId,
      channel: next,
      appeal,
      texts: Object.fromEntries(appeal.fields.map((f) => [f.id, f.text])),
      ...(hint ? { hint: hint.text } : {}),
    });
  };

  useEffect(() => {
    if (caseId && draft?.caseId !== caseId) void load(offered[0] ?? 'chat');
  }, [caseId]);

  if (!theCase) return <NeedCase goto={goto} />;

  const setText = (fieldId: string, text: string): void => {
    if (draft) setDraft({ ...draft, texts: { ...draft.texts, [fieldId]: text } });
  };

  const copy = async (fieldId: string): Promise<void> => {
    const text = draft?.texts[fieldId] ?? '';
    const ok = await copyText(text, areas.current[fieldId]);
    setOutcome(ok ? { kind: 'copied', fieldId, text, noteId: crypto.randomUUID() } : { kind: 'refused', message: t('popupCopyFailed') });
  };

  const doInsert = async (fieldId: string, text: string): Promise<void> => {
    if (tabId === undefined) return setOutcome({ kind: 'refused', message: t('popupRefuseNoField') });
    setOutcome({ kind: 'busy' });
    try {
      const result = await insertText(tabId, text);
      if (result.ok) return setOutcome({ kind: 'inserted', fieldId, text, noteId: crypto.randomUUID() });
      const message = refusalText(result.reason) + (result.maxLength ? ` ${t('popupFieldLimit', String(result.maxLength))}` : '');
      // The field is as it was (or the user is told to check it): the text goes
      // to the clipboard from this click instead, so nothing the user chose is lost.
      const paste = (result.reason === 'not-taken' || result.reason === 'changed') && (await copyText(text, areas.current[fieldId]));
      setOutcome({ kind: 'refused', message, paste });
    } catch {
      setOutcome({ kind: 'refused', message: t('popupInsertUnreachable') });
    }
  };

  const insert = async (fieldId: string): Promise<void> => {
    if (!draft || tabId === undefined) return setOutcome({ kind: 'refused', message: t('popupRefuseNoField') });
    const text = draft.texts[fieldId] ?? '';
    setOutcome({ kind: 'busy' });
    let info;
    try {
      info = await fieldInfo(tabId);
    } catch {
      return setOutcome({ kind: 'refused', message: t('popupInsertUnreachable') });
    }
    if (!info.ok) return setOutcome({ kind: 'refused', message: refusalText(info.reason) });
    if (info.maxLength !== undefined) {
      const room = info.maxLength - info.used;
      if (text.length > room) {
        if (room < 1)
          return setOutcome({ kind: 'refused', message: `${refusalText('too-long')} ${t('popupFieldLimit', String(info.maxLength))}` });
        // The worker picks the variant that fits (shorter sentences, not a cut): of
        // the whole text, or of this one field on a multi-field channel (黑猫投诉's description).
        const field = draft.appeal.fields.length === 1 ? {} : { field: fieldId };
        const reply = await ask('ext/appeal', { caseId: draft.caseId, channel: draft.channel, lang, maxLength: room, ...field });
        const fit = reply.ok ? reply.data.fit : undefined;
        if (fit?.fits) return setOutcome({ kind: 'shorter', fieldId, text: fit.text, room });
        return setOutcome({ kind: 'too-long', fieldId, text, room });
      }
    }
    await doInsert(fieldId, text);
  };

  const record = async (how: 'copied' | 'inserted', text: string, noteId: string): Promise<void> => {
    if (!draft) return;
    const label = channelLabel(draft.channel);
    const reply = await ask('ext/note-add', {
      noteId,
      caseId: draft.caseId,
      channel: NOTE_CHANNEL[draft.channel],
      text: how === 'copied' ? t('popupNoteCopied', label) : t('popupNoteInserted', label),
      appealText: text.slice(0, 20_000),
    });
    if (reply.ok) setOutcome({ kind: 'recorded' });
    else fail(reply.error);
  };

  /** Selects the next occurrence of a placeholder so the user can type over it. */
  const selectPlaceholder = (placeholder: string): void => {
    if (!draft) return;
    for (const field of draft.appeal.fields) {
      const area = areas.current[field.id];
      const text = draft.texts[field.id] ?? '';
      const at = text.indexOf(placeholder);
      if (area && at >= 0) {
        area.focus();
        area.setSelectionRange(at, at + placeholder.length);
        return;
      }
    }
  };

  const appeal = draft?.caseId === caseId ? draft?.appeal : undefined;
  const texts = draft?.texts ?? {};
  const open = appeal ? appeal.placeholders.filter((p) => Object.values(texts).some((x) => x.includes(p))) : [];

  if (theCase && diagnosis && offered.length === 0)
    return (
      <>
        <h2>{t('popupAppealHeading')}</h2>
        <p data-testid="no-appeal">{t('popupNoAppealNeeded')}</p>
      </>
    );

  return (
    <>
      <h2>{t('popupAppealHeading')}</h2>
      <label class="field">
        <span>{t('popupChannel')}</span>
        <select data-testid="channel" value={channel} onChange={(e) => void load((e.target as HTMLSelectElement).value as AppealChannel)}>
          {offered.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
      </label>
      {draft?.hint && (
        <p class="muted" data-testid="channel-hint">
          {t('popupWhereToSend')} {draft.hint[lang]}
        </p>
      )}
      {!appeal ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : (
        <>
          {appeal.notes.map((n, i) => (
            <p key={i} class="warn" role="note">
              {n[lang]}
            </p>
          ))}
          {open.length > 0 && (
            <div class="warn" data-testid="placeholders">
              <p>{t('popupPlaceholders', String(open.length))}</p>
              <div class="row">
                {open.map((p) => (
                  <button key={p} type="button" class="popup-placeholder" onClick={() => selectPlaceholder(p)}>
                    {p}
                  </button>
                ))}
              </div>
            </div>
          )}
          {appeal.fields.map((field) => {
            const text = texts[field.id] ?? '';
            const over = field.maxLength !== undefined && text.length > field.maxLength;
            const id = `appeal-${field.id}`;
            return (
              <div key={`${appeal.channel}-${field.id}`} class="popup-field" data-testid={`field-${field.id}`}>
                <label for={id} class="popup-field-label">
                  {field.label[lang]}
                </label>
                <textarea
                  id={id}
                  ref={(el) => {
                    areas.current[field.id] = el;
                  }}
                  data-testid={`text-${field.id}`}
                  rows={field.maxLength !== undefined && field.maxLength <= 100 ? 2 : 7}
                  value={text}
                  onInput={(e) => setText(field.id, (e.target as HTMLTextAreaElement).value)}
                  aria-describedby={`${id}-count`}
                />
                <p id={`${id}-count`} class={over ? 'err' : 'muted'}>
                  {field.maxLength !== undefined
                    ? t('popupCountOf', String(text.length), String(field.maxLength))
                    : t('popupCount', String(text.length))}
                </p>
                <div class="row">
                  <button type="button" class="primary" onClick={() => void copy(field.id)} data-testid={`copy-${field.id}`}>
                    {t('popupCopy')}
                  </button>
                  <button
                    type="button"
                    onClick={() => void insert(field.id)}
                    disabled={outcome.kind === 'busy'}
                    data-testid={`insert-${field.id}`}
                  >
                    {t('popupInsert')}
                  </button>
                </div>
              </div>
            );
          })}
          <AppealOutcome
            outcome={outcome}
            record={(how, text, noteId) => void record(how, text, noteId)}
            insert={(fieldId, text) => void doInsert(fieldId, text)}
            setText={setText}
            dismiss={() => setOutcome({ kind: 'none' })}
          />
          <Sources sources={appeal.sources} />
          <button type="button" class="popup-link" onClick={() => void load(channel)}>
            {t('popupRegenerate')}
          </button>
        </>
      )}
    </>
  );
}
