// The text a field shows, as the lines the user sees, and where its selection
// falls in it: what insertion is checked against before and after an attempt
// (README.md#appeal-text, "Checked by the editor's own account").
//
// For <input>/<textarea> that is the value. For a contenteditable editor it is
// read from the DOM the editor renders from its own model (Lexical, Slate,
// ProseMirror, Quill and TinyMCE all re-render after an edit), one walk:
// each block element (p, div, li, …) is a line, and a <br> breaks a line
// unless it is the last thing in its block (the placeholder <br> of an empty
// paragraph, or Lexical's managed one after a final line break). Zero-width
// characters editors keep in empty text nodes are dropped and no-break spaces
// read as spaces (browsers type runs of spaces as &nbsp;). Subtrees marked
// contenteditable="false" (placeholders such as Slate's, widgets) are not the
// user's text and are skipped, before and after alike.

export type FieldText = { text: string; start: number; end: number };

// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'tr', 'ul',
]);

// U+FEFF (Slate's zero-width strings), U+200B (zero-width space).
const ZERO_WIDTH = /[\uFEFF\u200B]/g;
const clean = (s: string): string => s.replace(ZERO_WIDTH, '').replace(/\u00A0/g, ' ');

/** Reads a contenteditable root's lines, with the offsets of `range` (when given) in the joined text. */
function editableText(root: Element, range: Range | null): FieldText {
  const lines: string[] = [];
  let line: string | null = null; // the open line, null between blocks
  let brPending = false; // a <br> was seen; it breaks the line only if content follows in the block
  const at: { start?: [number, number]; end?: [number, number] } = {};

  const content = (s: string): void => {
    if (brPending) {
      lines.push(line ?? '');
      line = '';
      brPending = false;
    }
    line = (line ?? '') + s;
  };
  const mark = (which: 'start' | 'end'): void => {
    // Between two blocks the caret belongs to the end of the line before
    // (where editors put it); after a <br>, to the start of the next line.
    if (line === null) {
      const last = lines.length - 1;
      at[which] = last < 0 ? [0, 0] : [last, lines[last]!.length];
      return;
    }
    content('');
    at[which] = [lines.length, line.length];
  };
  const boundary = (): void => {
    brPending = false;
    if (line !== null) lines.push(line);
    line = null;
  };
  const marksAt = (node: Node, offset: number): void => {
    if (!range) return;
    if (range.startContainer === node && range.startOffset === offset) mark('start');
    if (range.endContainer === node && range.endOffset === offset) mark('end');
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      const cuts = range
        ? [range.startContainer === node ? range.startOffset : -1, range.endContainer === node ? range.endOffset : -1]
        : [-1, -1];
      let from = 0;
      for (const [i, cut] of cuts.entries()) {
        if (cut < 0) continue;
        content(clean(raw.slice(from, cut)));
        from = Math.max(from, cut);
        mark(i === 0 ? 'start' : 'end');
      }
      content(clean(raw.slice(from)));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && el.getAttribute('contenteditable') === 'false') return;
    const name = el.localName;
    if (name === 'br') {
      content('');
      brPending = true;
      return;
    }
    const block = el !== root && BLOCKS.has(name);
    if (block) boundary();
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) {
      marksAt(el, i);
      walk(children[i]!);
    }
    marksAt(el, children.length);
    if (block) boundary();
  };

  walk(root);
  boundary();
  const offset = (p: [number, number] | undefined): number => {
    if (!p) return -1;
    let n = p[1];
    for (let i = 0; i < p[0]; i++) n += lines[i]!.length + 1;
    return n;
  };
  const text = lines.join('\n');
  const start = offset(at.start);
  const end = offset(at.end);
  return start < 0 || end < 0 ? { text, start: text.length, end: text.length } : { text, start, end };
}

/** The field's text and selection: the value of a text control, else the editor's rendered lines. */
export function fieldText(el: Element): FieldText {
  if (el.localName === 'input' || el.localName === 'textarea') {
    const control = el as HTMLInputElement | HTMLTextAreaElement;
    const text = control.value;
    return { text, start: control.selectionStart ?? text.length, end: control.selectionEnd ?? text.length };
  }
  const selection = el.ownerDocument.defaultView?.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
  return editableText(el, range && el.contains(range.commonAncestorContainer) ? range : null);
}
