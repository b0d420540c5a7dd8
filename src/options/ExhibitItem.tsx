// One exhibit as the case view and the printed case file show it: date,
// source (web page or screenshot), status and the quoted line; a screenshot
// also shows its image — the blacked-out copy unless `originals` is set —,
// its recognised text and the SHA-256 of each stored copy, so a reader can
// check the printed or exported image is the one that was saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Exhibit, ScreenshotExhibit } from '../shared/exhibit';
import { t } from '../shared/i18n';
import { STATUS_LABEL } from '../shared/status';
import { getExhibitImage, matchesImage } from '../storage/index';
import { database, pick, showDateTime } from './connection';
import { drawScaled } from './screenshot-image';
import { ExhibitRedact } from './ExhibitRedact';

/** The stored image drawn on a canvas (the CSP allows no blob: images), once its bytes match its hash. */
function ExhibitImage({ exhibit, originals, width }: { exhibit: ScreenshotExhibit; originals: boolean; width: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [missing, setMissing] = useState(false);
  const copy = exhibit.redacted && !originals ? 'redacted' : 'original';
  const file = copy === 'redacted' && exhibit.redacted ? exhibit.redacted : exhibit.image;
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const blob = await getExhibitImage(await database(), exhibit.id, copy);
        if (!blob || !(await matchesImage(blob, file))) throw new Error('mismatch');
        const bitmap = await createImageBitmap(blob);
        if (live && canvas.current) drawScaled(canvas.current, bitmap, width);
        bitmap.close();
        setMissing(false);
      } catch {
        if (live) setMissing(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [exhibit.id, copy, file.sha256, width]);
  if (missing) return <p class="err">{t('exhibitImageMissing')}</p>;
  return (
    <canvas
      ref={canvas}
      class="exhibit-image"
      role="img"
      aria-label={t('exhibitImageLabel', exhibit.text)}
      data-testid="exhibit-image"
      data-copy={copy}
      data-sha256={file.sha256}
    />
  );
}

export function ExhibitItem({ exhibit, originals = false, print = false }: { exhibit: Exhibit; originals?: boolean; print?: boolean }) {
  return (
    <div data-testid="exhibit" data-source={exhibit.source} data-exhibit-id={exhibit.id}>
      <div class="muted">
        <strong>{showDateTime(exhibit.observedAt)}</strong> ·{' '}
        <span data-testid="exhibit-source">{exhibit.source === 'page' ? t('exhibitSourcePage') : t('exhibitSourceScreenshot')}</span> ·{' '}
        {pick(STATUS_LABEL[exhibit.status])}
      </div>
      <div>「{exhibit.text}」</div>
      {exhibit.source === 'page' && <div class="muted options-url">{exhibit.url}</div>}
      {exhibit.source === 'screenshot' && (
        <>
          <ExhibitImage exhibit={exhibit} originals={originals} width={print ? 480 : 240} />
          {!print && <ExhibitRedact key={exhibit.redacted?.sha256 ?? 'none'} exhibit={exhibit} />}
          {print && (
            <>
              <div class="muted">{t('exhibitRecognisedText')}</div>
              <span class="options-pre">{exhibit.recognisedText}</span>
            </>
          )}
          <dl class="options-meta exhibit-hashes">
            <dt>{t('exhibitHashOriginal')}</dt>
            <dd data-testid="exhibit-sha256-original">
              <code>{exhibit.image.sha256}</code>
            </dd>
            {exhibit.redacted && (
              <>
                <dt>{t('exhibitHashRedacted')}</dt>
                <dd data-testid="exhibit-sha256-redacted">
                  <code>{exhibit.redacted.sha256}</code>
                </dd>
              </>
            )}
          </dl>
        </>
      )}
    </div>
  );
}
