// Focus in the top document and in its same-origin frames, for the field
// button (README.md#appeal-text). The content script runs in the top frame only
// (all_frames: false), and a focus inside a frame fires no focusin on the top
// document: its activeElement is just the <iframe>. So the top frame listens
// on each same-origin frame's document as well: on those already loaded, on
// each frame that loads later (a load event seen in the capture phase), and,
// for a frame written by script that fired no load (TinyMCE's), on the top
// window's blur that a focus moving into a frame causes.
//
// Why this and not all_frames on the listed hosts: a copy of the content script
// in every frame would start the sensor, the watcher and the tip there too
// (about 5 ms of main thread per frame, content.main_thread_ms_typical in
// bench/results.json) to serve a button that one listener per frame serves.
// A cross-origin frame's document cannot be reached either way; `sink.foreignFrame`
// is told when focus moves into one.

export type FocusSink = {
  focusIn(el: Element): void;
  focusOut(e: FocusEvent): void;
  foreignFrame(frame: HTMLIFrameElement): void;
  /** The frame's window scrolled or resized: reposition. */
  moved(): void;
};

/** Nested frames followed at most this deep (as focusedField in insert.ts does). */
const MAX_DEPTH = 10;

const isFrame = (el: Element | null): el is HTMLIFrameElement => el?.localName === 'iframe' || el?.localName === 'frame';

const contentOf = (frame: HTMLIFrameElement): Document | null => {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
};

export function watchFocus(signal: AbortSignal, sink: FocusSink): void {
  const watched = new WeakSet<Document>();
  const opts = { signal, capture: true, passive: true };

  const watch = (doc: Document, depth: number): void => {
    if (watched.has(doc) || depth > MAX_DEPTH) return;
    watched.add(doc);
    doc.addEventListener(
      'focusin',
      (e) => {
        const el = e.composedPath()[0];
        // Duck-typed, not `instanceof Element`: in Firefox a page node seen
        // from the content script is an Xray wrapper and instanceof can fail.
        if (el && (el as Node).nodeType === 1 && !isFrame(el as Element)) sink.focusIn(el as Element);
      },
      opts,
    );
    doc.addEventListener('focusout', (e) => sink.focusOut(e as FocusEvent), opts);
    // A frame (re)loading brings a new document to watch.
    doc.addEventListener(
      'load',
      (e) => {
        const t = e.target as Element | null;
        const inner = t && (t as Node).nodeType === 1 && isFrame(t) ? contentOf(t) : null;
        if (inner) watch(inner, depth + 1);
      },
      opts,
    );
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
      const inner = contentOf(frame);
      if (inner) watch(inner, depth + 1);
    }
    if (depth > 0) {
      doc.defaultView?.addEventListener('scroll', sink.moved, opts);
      doc.defaultView?.addEventListener('resize', sink.moved, opts);
    }
  };

  watch(document, 0);
  // Focus moved into a frame: follow the chain of focused frames down, and
  // report the field when its document was not watched yet (its focusin went unseen).
  // Not capturing: only the window's own blur, not every element's.
  addEventListener(
    'blur',
    () =>
      setTimeout(() => {
        if (signal.aborted) return;
        let active = document.activeElement;
        let fresh = false;
        for (let depth = 1; isFrame(active) && depth <= MAX_DEPTH; depth++) {
          const inner = contentOf(active);
          if (!inner) return sink.foreignFrame(active);
          fresh = !watched.has(inner);
          watch(inner, depth);
          active = inner.activeElement;
        }
        if (fresh && active && active !== active.ownerDocument.body) sink.focusIn(active);
      }),
    { signal, passive: true },
  );
}

/** `el`'s box in the top window's viewport, adding the offset of each frame it sits in. */
export function rectInTop(el: Element): { top: number; bottom: number; right: number; height: number } {
  const r = el.getBoundingClientRect();
  let x = 0;
  let y = 0;
  for (let frame = el.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const f = frame.getBoundingClientRect();
    x += f.left + frame.clientLeft;
    y += f.top + frame.clientTop;
  }
  return { top: r.top + y, bottom: r.bottom + y, right: r.right + x, height: r.height };
}
