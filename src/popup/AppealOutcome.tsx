// What happened after a copy or an insertion in the popup's appeal view, and
// the choice waiting for the user: record it on the timeline, take the shorter
// variant, or cut to the field's room only when asked (README.md#appeal-text).
import { t } from '../shared/i18n';

/** After a copy or an insertion: what happened, and what is waiting for the user's choice. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'busy' }
  // noteId: the timeline entry recording it, minted when it happened, so
  // recording it again after a lost reply overwrites rather than duplicates.
  | { kind: 'copied'; fieldId: string; text: string; noteId: string }
  | { kind: 'inserted'; fieldId: string; text: string; noteId: string }
  | { kind: 'recorded' }
  | { kind: 'refused'; message: string; paste?: boolean }
  | { kind: 'shorter'; fieldId: string; text: string; room: number }
  | { kind: 'too-long'; fieldId: string; text: string; room: number };

/** The first `room` UTF-16 units (what maxlength counts), never splitting a surrogate pair. */
const cut = (text: string, room: number): string => {
  const head = text.slice(0, room);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
};

type Props = {
  outcome: Outcome;
  record: (how: 'copied' | 'inserted', text: string, noteId: string) => void;
  insert: (fieldId: string, text: string) => void;
  setText: (fieldId: string, text: string) => void;
  dismiss: () => void;
};

export function AppealOutcome({ outcome, record, insert, setText, dismiss }: Props) {
  return (
    <div role="status" aria-live="polite" data-testid="appeal-status">
      {outcome.kind === 'copied' || outcome.kind === 'inserted' ? (
        <div class="card">
          <p class="ok">{outcome.kind === 'copied' ? t('popupCopied') : t('popupInserted', String(outcome.text.length))}</p>
          <button
            type="button"
            onClick={() => record(outcome.kind as 'copied' | 'inserted', outcome.text, outcome.noteId)}
            data-testid="record-note"
          >
            {t('popupRecordNote')}
          </button>
        </div>
      ) : outcome.kind === 'recorded' ? (
        <p class="ok">{t('popupRecorded')}</p>
      ) : outcome.kind === 'refused' ? (
        <>
          <p class="err" data-testid="insert-refused">
            {outcome.message}
          </p>
          {outcome.paste && (
            <p class="ok" data-testid="paste-instead">
              {t('popupPasteInstead')}
            </p>
          )}
        </>
      ) : outcome.kind === 'shorter' ? (
        <div class="warn">
          <p>{t('popupShorterVariant', String(outcome.room), String(outcome.text.length))}</p>
          <div class="row">
            <button
              type="button"
              class="primary"
              onClick={() => {
                setText(outcome.fieldId, outcome.text);
                insert(outcome.fieldId, outcome.text);
              }}
            >
              {t('popupInsertShorter')}
            </button>
            <button type="button" onClick={dismiss}>
              {t('popupCancel')}
            </button>
          </div>
        </div>
      ) : outcome.kind === 'too-long' ? (
        <div class="warn" data-testid="too-long">
          <p>{t('popupTooLong', String(outcome.text.length), String(outcome.room))}</p>
          <div class="row">
            <button type="button" onClick={() => insert(outcome.fieldId, cut(outcome.text, outcome.room))}>
              {t('popupInsertCut', String(outcome.room))}
            </button>
            <button type="button" class="primary" onClick={dismiss}>
              {t('popupCancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
