// One image on the screenshot panel: its progress (with Cancel), or why it
// was refused; then the recognised text (editable, status phrase marked), what
// detection read from it, the status and capture time the user confirms, the
// areas to black out, and one-click saving to a case or as a new case.
import { useMemo, useState } from 'preact/hooks';
import { newCase, type Case } from '../shared/case';
import { type CaptureTimeSource, type Redaction } from '../shared/exhibit';
import { t } from '../shared/i18n';
import { PRODUCT_LABEL } from '../shared/products';
import { STATUSES, STATUS_LABEL, type Status } from '../shared/status';
import { saveScreenshot } from '../storage/index';
import { database, errorText, pick } from './connection';
import { fromLocalInput, routeHash, toLocalInput } from './model';
import { screenshotFacts } from './screenshot-facts';
import { quotedLine, screenshotRecord, type ShotImage } from './screenshot-save';
import { ShotFacts } from './ShotFacts';
import { ShotRedactor } from './ShotRedactor';
import { ShotText } from './ShotText';
import type { Shell } from './shell';

export interface Shot {
  id: string;
  name: string;
  phase: 'checking' | 'loading' | 'recognising' | 'done' | 'failed' | 'cancelled' | 'refused';
  controller: AbortController;
  error?: string;
  image?: ShotImage;
  time?: { at: string; from: CaptureTimeSource };
  text?: string;
  /** The status the user chose; unset: the detected one. */
  status?: Status;
  boxes?: Redaction[];
  saved?: { caseId: string };
}

interface Props {
  shot: Shot;
  cases: readonly Case[];
  caseId?: string | undefined;
  shell: Shell;
  onChange: (change: Partial<Shot>) => void;
}

const PROGRESS = { checking: () => t('shotChecking'), loading: () => t('shotLoading'), recognising: () => t('shotRecognising') };
const TIME_FROM: Record<CaptureTimeSource, () => string> = {
  exif: () => t('shotTimeFromExif'),
  file: () => t('shotTimeFromFile'),
  added: () => t('shotTimeFromAdded'),
  user: () => t('shotTimeFromUser'),
};

export function ShotCard({ shot, cases, caseId, shell, onChange }: Props) {
  const text = shot.text ?? '';
  const facts = useMemo(() => screenshotFacts(text), [text]);
  const [target, setTarget] = useState(caseId ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const status = shot.status ?? facts.status;
  const chosen = cases.some((c) => c.id === target) ? target : '';

  if (shot.phase === 'checking' || shot.phase === 'loading' || shot.phase === 'recognising')
    return (
      <div class="card" data-testid="screenshot-progress" data-phase={shot.phase}>
        <strong>{shot.name}</strong> <progress aria-label={PROGRESS[shot.phase]()} /> <span>{PROGRESS[shot.phase]()}</span>{' '}
        <button type="button" data-testid="screenshot-cancel" onClick={() => shot.controller.abort()} disabled={shot.phase === 'checking'}>
          {t('shotCancel')}
        </button>
      </div>
    );
  if (shot.phase === 'refused' || !shot.image || !shot.time)
    return (
      <div class="card" data-testid="screenshot-refused">
        <strong>{shot.name}</strong>
        <p class="err" role="alert">
          {shot.error}
        </p>
      </div>
    );
  const { image, time } = shot;

  const save = async (fresh: boolean): Promise<void> => {
    setError('');
    if (!quotedLine(text, facts)) {
      setError(t('shotNoText'));
      return;
    }
    setBusy(true);
    try {
      const now = new Date().toISOString();
      const title = [facts.product ? pick(PRODUCT_LABEL[facts.product]) : t('shotCaseTitle'), pick(STATUS_LABEL[status])].join(' · ');
      const theCase = fresh
        ? newCase(
            { title, ...(facts.product ? { product: facts.product } : {}), ...(status !== 'unknown' ? { status } : {}) },
            crypto.randomUUID(),
            now,
          )
        : undefined;
      const id = theCase?.id ?? chosen;
      const { exhibit, images } = await screenshotRecord({
        id: shot.id,
        caseId: id,
        image,
        text,
        facts,
        status,
        time,
        boxes: shot.boxes ?? [],
      });
      await saveScreenshot(await database(), exhibit, images, theCase ? { newCase: theCase } : {});
      onChange({ saved: { caseId: id } });
    } catch (e) {
      shell.failed(e);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="card shot-result" data-testid="screenshot-result" data-reopen-status={facts.status} aria-label={shot.name}>
      <h3>{shot.name}</h3>
      {shot.phase !== 'done' && (
        <p class={shot.phase === 'cancelled' ? 'muted' : 'err'} role="status">
          {shot.phase === 'cancelled' ? t('shotCancelled') : shot.error}
        </p>
      )}
      <ShotText
        id={`${shot.id}-text`}
        label={t('shotTextLabel')}
        text={text}
        evidence={facts.evidence}
        onInput={(v) => onChange({ text: v })}
      />
      <ShotFacts facts={facts} />
      <div class="shot-fields">
        <label for={`${shot.id}-status`}>{t('shotStatusLabel')}</label>
        <select
          id={`${shot.id}-status`}
          data-testid="screenshot-status"
          value={status}
          onChange={(e) => onChange({ status: e.currentTarget.value as Status })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {pick(STATUS_LABEL[s])}
            </option>
          ))}
        </select>
        <label for={`${shot.id}-time`}>{t('shotTimeLabel')}</label>
        <span>
          <input
            id={`${shot.id}-time`}
            type="datetime-local"
            data-testid="screenshot-time"
            value={toLocalInput(time.at)}
            onChange={(e) => {
              const at = fromLocalInput(e.currentTarget.value);
              if (at) onChange({ time: { at, from: 'user' } });
            }}
          />{' '}
          <span class="muted" data-testid="screenshot-time-from" data-from={time.from}>
            {TIME_FROM[time.from]()}
          </span>
        </span>
      </div>
      <ShotRedactor id={`${shot.id}-redact`} bitmap={image.bitmap} boxes={shot.boxes ?? []} onChange={(boxes) => onChange({ boxes })} />
      {shot.saved ? (
        <p role="status" data-testid="screenshot-saved">
          {t('shotSaved')} <a href={routeHash({ view: 'case', id: shot.saved.caseId })}>{t('shotOpenCase')}</a>
        </p>
      ) : (
        <div class="options-entry">
          <label for={`${shot.id}-case`}>{t('shotSaveTo')}</label>{' '}
          <select id={`${shot.id}-case`} data-testid="screenshot-case" value={chosen} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value="">{t('shotChooseCase')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>{' '}
          <button type="button" class="primary" data-testid="screenshot-save" disabled={busy || !chosen} onClick={() => void save(false)}>
            {t('shotSave')}
          </button>{' '}
          <button type="button" data-testid="screenshot-new-case" disabled={busy} onClick={() => void save(true)}>
            {t('shotNewCase')}
          </button>
        </div>
      )}
      {error && (
        <p class="err" role="alert" data-testid="screenshot-save-error">
          {error}
        </p>
      )}
    </article>
  );
}
