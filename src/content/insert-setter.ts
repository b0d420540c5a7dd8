// The last way in for <input>/<textarea>: the native value setter plus input
// and change events. React tracks `value` with its own property on the node;
// the prototype's setter bypasses that tracker, so React notices the change on
// the input event and updates its state (Vue's v-model reads the value on the
// same event). Used when execCommand was refused or its result was rewritten,
// and to restore what was there before.

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Sets the whole value as if the user had typed it, with the caret at `caret`; false when no setter exists. */
export function setControlValue(el: TextControl, value: string, caret: number): boolean {
  // The element's own realm (a same-origin iframe has its own prototypes).
  const realm = (el.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  const proto = el.localName === 'textarea' ? realm.HTMLTextAreaElement.prototype : realm.HTMLInputElement.prototype;
  const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!set) return false;
  set.call(el, value);
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // some input types have no selection
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
