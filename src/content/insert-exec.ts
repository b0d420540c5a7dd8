// The browser's own editing path: document.execCommand('insertText'). It edits
// as typing does, so editors that follow the DOM (ProseMirror, Quill, TinyMCE,
// a bare contenteditable) and frameworks that listen to `input` (React, Vue)
// update their state, it inserts plain text (never HTML), and the browser
// keeps it as one undo step (Chromium coalesces consecutive typing commands).
// Chromium turns each line break of a multi-line insertText into a paragraph
// break itself; `perLine` sends the lines one by one with an explicit
// insertParagraph between them, for an editor or browser where the whole text
// did not arrive as the lines the user sees.

/** Runs the command in the element's document; false when the browser refused it. */
export function execInsert(el: Element, text: string, perLine: boolean): boolean {
  const doc = el.ownerDocument;
  // Chromium fires an input event per line of a multi-line insertText: 30 for
  // a 15-line letter, so a React form re-rendered 30 times (about 20 ms, over
  // one frame; bench/insert.bench.ts). For text controls the field's own input
  // events are held back while the command runs and one is sent at the end,
  // as a paste would: the framework still sees the final value.
  const control = el.localName === 'textarea' || el.localName === 'input';
  const win = doc.defaultView;
  let held = 0;
  const hold = (e: Event): void => {
    if (e.target !== el) return;
    held++;
    e.stopImmediatePropagation();
  };
  if (control) win?.addEventListener('input', hold, true);
  let ok = false;
  try {
    if (!perLine) ok = doc.execCommand('insertText', false, text);
    else
      ok = text
        .split('\n')
        .every((line, i) => (i === 0 || doc.execCommand('insertParagraph')) && (!line || doc.execCommand('insertText', false, line)));
  } catch {
    ok = false;
  } finally {
    if (control) win?.removeEventListener('input', hold, true);
  }
  if (held) el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return ok;
}
