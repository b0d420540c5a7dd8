// The first way in for a contenteditable editor: a `beforeinput` of type
// insertText carrying the text in a DataTransfer (data: null), the shape of a
// paste or a replacement from the browser itself. Editors that keep their own
// model and apply only what arrives as beforeinput take it there: Slate
// (slate-react hands a DataTransfer to ReactEditor.insertData, one paragraph
// per line) and Lexical (insertRawText, a line break per line), and cancel the
// event to say they did. Editors that follow the DOM instead (ProseMirror,
// Quill, TinyMCE, a bare contenteditable) ignore a synthetic beforeinput:
// an untrusted event has no default action (https://w3c.github.io/input-events/#events-inputevents),
// so nothing changes and the next method runs.

/** Offers `text` to the editor; true when the editor took the event (cancelled it). */
export function offerBeforeInput(el: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data: null,
    dataTransfer: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Asks the editor's own history to undo its last step; true when it took the request. */
export function offerHistoryUndo(el: HTMLElement): boolean {
  // Lexical, Slate (slate-history) and ProseMirror (prosemirror-history) map
  // this input type to their undo, as they do for the browser's Edit → Undo.
  const event = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}
