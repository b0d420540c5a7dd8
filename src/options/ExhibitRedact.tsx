// Black out areas of a saved screenshot before printing or exporting it
// (README.md#screenshots): the rectangles are drawn on the stored original,
// and the blacked-out copy replaces the previous one with its own SHA-256
// (setRedaction); the original and its hash never change.
import { useState } from 'preact/hooks';
import type { Redaction, ScreenshotExhibit } from '../shared/exhibit';
import { t } from '../shared/i18n';
import { getExhibitImage, matchesImage, setRedaction } from '../storage/index';
import { database, errorText } from './connection';
import { blackOut, describeImage } from './screenshot-image';
import { ShotRedactor } from './ShotRedactor';

export function ExhibitRedact({ exhibit }: { exhibit: ScreenshotExhibit }) {
  const [bitmap, setBitmap] = useState<ImageBitmap | null>(null);
  const [boxes, setBoxes] = useState<Redaction[]>(exhibit.redacted?.boxes ?? []);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const open = async (): Promise<void> => {
    setError('');
    try {
      const blob = await getExhibitImage(await database(), exhibit.id, 'original');
      if (!blob || !(await matchesImage(blob, exhibit.image))) throw new Error(t('exhibitImageMissing'));
      setBitmap(await createImageBitmap(blob));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const save = async (): Promise<void> => {
    if (!bitmap) return;
    setBusy(true);
    setError('');
    try {
      let redacted = null;
      if (boxes.length) {
        const blob = await blackOut(bitmap, boxes, exhibit.image.type);
        const type = blob.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
        redacted = { blob, file: { ...(await describeImage(blob, type, bitmap.width, bitmap.height)), boxes } };
      }
      await setRedaction(await database(), exhibit.caseId, exhibit.id, redacted);
      bitmap.close();
      setBitmap(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="no-print">
      {bitmap ? (
        <>
          <ShotRedactor id={`${exhibit.id}-redact`} bitmap={bitmap} boxes={boxes} onChange={setBoxes} />
          <button type="button" class="primary" data-testid="exhibit-redact-save" disabled={busy} onClick={() => void save()}>
            {t('exhibitRedactSave')}
          </button>
        </>
      ) : (
        <button type="button" data-testid="exhibit-redact" onClick={() => void open()}>
          {t('shotRedactHeading')}
        </button>
      )}
      {error && (
        <p class="err" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
