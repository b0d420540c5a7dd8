// The screenshot panel (README.md#screenshots): images chosen, dropped or
// pasted are checked and decoded here, read by the on-device engine
// (README.md#on-device-text-recognition) in a worker this page owns, and read
// for a status exactly as a web page is (screenshot-facts.ts). Nothing is
// stored until the user saves a result; nothing leaves the browser.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Case } from '../shared/case';
import { OcrError, openEngine, type OcrEngine } from '../ocr/client';
import { decodeScreenshot } from '../ocr/decode';
import { listCases, watchChanges } from '../storage/index';
import { database, pick } from './connection';
import { captureTime, imageTypeOf, type ImageOrigin } from './screenshot-image';
import { ShotCard, type Shot } from './ShotCard';
import { PastedText } from './PastedText';
import type { Shell } from './shell';

const refusal = (error: unknown): string =>
  error instanceof OcrError ? pick(error.userMessage) : error instanceof Error ? error.message : String(error);

export function ScreenshotPanel({ shell, caseId }: { shell: Shell; caseId?: string | undefined }) {
  const [shots, setShots] = useState<Shot[]>([]);
  const [cases, setCases] = useState<Case[]>([]);
  const [engineDown, setEngineDown] = useState('');
  const [dragging, setDragging] = useState(false);
  const engine = useRef<OcrEngine | null>(null);
  const pasted = useRef<HTMLTextAreaElement>(null);

  const update = (id: string, change: Partial<Shot>): void => setShots((all) => all.map((s) => (s.id === id ? { ...s, ...change } : s)));

  useEffect(() => {
    const load = async () => {
      try {
        setCases((await listCases(await database())).items);
      } catch (error) {
        shell.failed(error);
      }
    };
    void load();
    const stop = watchChanges((change) => {
      if (change.stores.includes('cases')) void load();
    });
    // The engine (and its memory) ends with the panel.
    return () => {
      stop();
      engine.current?.close();
      engine.current = null;
    };
  }, []);

  /** Checks, decodes and reads one image; a refused one keeps its message and nothing else. */
  const add = async (file: Blob, origin: ImageOrigin): Promise<void> => {
    const id = crypto.randomUUID();
    const name = file instanceof File && file.name ? file.name : t('shotPastedName');
    const controller = new AbortController();
    setShots((all) => [...all, { id, name, phase: 'checking', controller }]);
    let bitmap: ImageBitmap;
    try {
      bitmap = await decodeScreenshot(file);
    } catch (error) {
      update(id, { phase: 'refused', error: refusal(error) });
      return;
    }
    const type = await imageTypeOf(file);
    if (!type) {
      bitmap.close();
      update(id, { phase: 'refused', error: pick(new OcrError('not-image', file.type).userMessage) });
      return;
    }
    const time = await captureTime(file, origin);
    update(id, {
      phase: 'loading',
      image: { blob: file, type, bitmap, ...(file instanceof File && file.name ? { fileName: file.name } : {}) },
      time,
    });
    engine.current ??= openEngine();
    try {
      const result = await engine.current.recognise(file, {
        signal: controller.signal,
        onProgress: ({ stage }) => update(id, { phase: stage }),
      });
      update(id, { phase: 'done', text: result.text });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        update(id, { phase: 'cancelled', text: '' });
        return;
      }
      if (error instanceof OcrError && error.code === 'engine-unavailable') {
        setEngineDown(pick(error.userMessage));
        pasted.current?.focus();
      }
      // The image stays: the user can type the text it shows and still save it.
      update(id, { phase: 'failed', error: refusal(error), text: '' });
    }
  };

  const addAll = (files: Iterable<Blob>, origin: ImageOrigin): void => {
    for (const f of files) void add(f, origin);
  };

  // Ctrl+V anywhere on the panel: pasted images are read; pasted text goes where the caret is.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.items ?? [])]
        .filter((i) => i.kind === 'file')
        .map((i) => i.getAsFile())
        .filter((f): f is File => f !== null);
      if (!files.length) return;
      event.preventDefault();
      addAll(files, 'paste');
    };
    addEventListener('paste', onPaste);
    return () => removeEventListener('paste', onPaste);
  }, []);

  return (
    <section aria-labelledby="shot-heading" data-testid="screenshot-panel">
      <h2 id="shot-heading">{t('shotHeading')}</h2>
      <p>{t('shotIntro')}</p>
      <div
        class={`card shot-drop${dragging ? ' over' : ''}`}
        data-testid="screenshot-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          addAll(e.dataTransfer?.files ?? [], 'file');
        }}
      >
        <label for="shot-files">{t('shotChoose')}</label>{' '}
        <input
          id="shot-files"
          type="file"
          accept="image/*"
          multiple
          data-testid="screenshot-input"
          onChange={(e) => {
            const input = e.currentTarget;
            addAll([...(input.files ?? [])], 'file');
            input.value = '';
          }}
        />
        <p class="muted">{t('shotDropOrPaste')}</p>
        <p class="muted">{t('shotPrivacy')}</p>
      </div>
      {engineDown && (
        <p class="warn" role="alert" data-testid="screenshot-engine-down">
          {engineDown}
        </p>
      )}
      <ol class="plain" aria-live="polite">
        {shots.map((s) => (
          <li key={s.id}>
            <ShotCard shot={s} cases={cases} caseId={caseId} shell={shell} onChange={(change) => update(s.id, change)} />
          </li>
        ))}
      </ol>
      <PastedText textarea={pasted} shell={shell} />
    </section>
  );
}
