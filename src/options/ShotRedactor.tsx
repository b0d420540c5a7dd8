// Black out areas of a screenshot before it is saved (README.md#screenshots):
// drag on the picture to draw a rectangle, or add one with the button; each
// rectangle is listed with its position and size as number fields, so every
// step works from the keyboard; on the focused picture the arrow keys move the
// selected rectangle (Shift: 10 px; Alt: resize) and Delete removes it.
// Rectangles are in pixels of the decoded image; the preview is scaled.
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../shared/case';
import { type Redaction } from '../shared/exhibit';
import { t } from '../shared/i18n';
import { clampBox, drawScaled } from './screenshot-image';

const PREVIEW_WIDTH = 360;
const FIELDS = ['x', 'y', 'width', 'height'] as const;
const FIELD_LABEL = { x: () => t('shotBoxX'), y: () => t('shotBoxY'), width: () => t('shotBoxWidth'), height: () => t('shotBoxHeight') };

interface Props {
  id: string;
  bitmap: ImageBitmap;
  boxes: readonly Redaction[];
  onChange: (boxes: Redaction[]) => void;
}

export function ShotRedactor({ id, bitmap, boxes, onChange }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [selected, setSelected] = useState(boxes.length - 1);
  const [drag, setDrag] = useState<{ x: number; y: number; box?: Redaction } | null>(null);
  const { width, height } = bitmap;
  const shown = drag?.box ? [...boxes, drag.box] : boxes;

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    drawScaled(c, bitmap, PREVIEW_WIDTH);
    const scale = c.width / width;
    const context = c.getContext('2d');
    if (!context) return;
    shown.forEach((b, i) => {
      context.fillStyle = '#000';
      context.fillRect(b.x * scale, b.y * scale, b.width * scale, b.height * scale);
      if (i === selected) {
        context.strokeStyle = '#f5a623';
        context.lineWidth = 2;
        context.strokeRect(b.x * scale, b.y * scale, b.width * scale, b.height * scale);
      }
    });
  }, [bitmap, shown, selected]);

  const set = (next: Redaction[], select = selected): void => {
    onChange(next.map((b) => clampBox(b, width, height)));
    setSelected(Math.min(select, next.length - 1));
  };
  const add = (box: Redaction): void => {
    if (boxes.length >= LIMITS.redactions) return;
    set([...boxes, box], boxes.length);
  };
  const toImage = (event: PointerEvent): { x: number; y: number } => {
    const rect = (event.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    return { x: ((event.clientX - rect.left) / rect.width) * width, y: ((event.clientY - rect.top) / rect.height) * height };
  };

  const onKey = (event: KeyboardEvent): void => {
    const box = boxes[selected];
    if (!box) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      set(
        boxes.filter((_, i) => i !== selected),
        selected - 1,
      );
      return;
    }
    const step = event.shiftKey ? 10 : 1;
    const move = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[event.key];
    if (!move) return;
    event.preventDefault();
    const [dx, dy] = move as [number, number];
    const next = event.altKey ? { ...box, width: box.width + dx, height: box.height + dy } : { ...box, x: box.x + dx, y: box.y + dy };
    set(boxes.map((b, i) => (i === selected ? next : b)));
  };

  return (
    <fieldset class="shot-redact">
      <legend>{t('shotRedactHeading')}</legend>
      <p class="muted" id={`${id}-help`}>
        {t('shotRedactHelp')}
      </p>
      <canvas
        ref={canvas}
        tabIndex={0}
        role="img"
        aria-label={t('shotRedactCanvas', String(boxes.length))}
        aria-describedby={`${id}-help`}
        data-testid="redact-canvas"
        onKeyDown={onKey}
        onPointerDown={(e) => {
          (e.currentTarget as HTMLCanvasElement).setPointerCapture(e.pointerId);
          setDrag(toImage(e));
        }}
        onPointerMove={(e) => {
          if (!drag) return;
          const p = toImage(e);
          const box = { x: Math.min(drag.x, p.x), y: Math.min(drag.y, p.y), width: Math.abs(p.x - drag.x), height: Math.abs(p.y - drag.y) };
          setDrag({ ...drag, box: clampBox(box, width, height) });
        }}
        onPointerUp={() => {
          if (drag?.box && drag.box.width > 2 && drag.box.height > 2) add(drag.box);
          setDrag(null);
        }}
      />
      <ol class="plain" data-testid="redact-boxes">
        {boxes.map((b, i) => (
          <li key={i} class={`shot-box${i === selected ? ' current' : ''}`} onFocusIn={() => setSelected(i)}>
            <span>{t('shotBoxName', String(i + 1))}</span>
            {FIELDS.map((f) => (
              <label key={f}>
                {FIELD_LABEL[f]()}{' '}
                <input
                  type="number"
                  min={f === 'x' || f === 'y' ? 0 : 1}
                  max={f === 'x' || f === 'width' ? width : height}
                  value={b[f]}
                  data-testid={`redact-${f}`}
                  onChange={(e) => {
                    const value = Number(e.currentTarget.value);
                    if (Number.isFinite(value)) set(boxes.map((o, j) => (j === i ? { ...o, [f]: value } : o)));
                  }}
                />
              </label>
            ))}
            <button
              type="button"
              data-testid="redact-delete"
              onClick={() =>
                set(
                  boxes.filter((_, j) => j !== i),
                  i - 1,
                )
              }
            >
              {t('shotBoxDelete')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-testid="redact-add"
        disabled={boxes.length >= LIMITS.redactions}
        onClick={() =>
          add({ x: Math.round(width / 4), y: Math.round(height / 4), width: Math.round(width / 2), height: Math.round(height / 10) })
        }
      >
        {t('shotBoxAdd')}
      </button>
    </fieldset>
  );
}
