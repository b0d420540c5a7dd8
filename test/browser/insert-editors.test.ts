// README.md#appeal-text, "Editors proven": the popup's "Insert into this page" (the
// content script's `content/insert`, sent as the popup sends it) into every
// editor fixture built from the real npm packages, each checked by the editor's
// OWN state (Lexical's getEditorState(), Slate's editor.children, Quill's
// getText(), ProseMirror's EditorState, TinyMCE's getContent(), Vue's model):
// an empty field and one with the user's earlier text, a multi-line letter with
// a blank line, one Ctrl+Z that undoes exactly the insertion, and a selection
// that is replaced while the rest stays. Then editors that take an insertion
// and show something else: rolled back (or the user told), never typed again.
import { describe, expect, test } from 'vitest';
import { useSession } from './harness';
import { PAGES, serveForms } from '../fixtures/forms/serve';
import {
  LETTER,
  contentScriptReady,
  editorText,
  focusEditor,
  inFrame,
  inPage,
  insertFromExtension,
  type EditorField,
} from './insert-helpers';

const suite = useSession({}, async (session) => {
  await serveForms(session);
});

const EARLIER = '原有内容。';

type Editor = { name: string; url: string; method: string; empty: EditorField; filled: EditorField };
const EDITORS: Editor[] = [
  {
    name: 'Lexical (rich text)',
    url: PAGES.lexical,
    method: 'beforeinput',
    empty: inPage('lexical-empty'),
    filled: inPage('lexical-filled'),
  },
  { name: 'Slate', url: PAGES.slate, method: 'beforeinput', empty: inPage('slate-empty'), filled: inPage('slate-filled') },
  {
    name: 'Quill 2',
    url: PAGES.quill,
    method: 'execCommand',
    empty: inPage('quill-empty', '#quill-empty .ql-editor'),
    filled: inPage('quill-filled', '#quill-filled .ql-editor'),
  },
  { name: 'ProseMirror', url: PAGES.prosemirror, method: 'execCommand', empty: inPage('pm-empty'), filled: inPage('pm-filled') },
  { name: 'TinyMCE 8 (iframe)', url: PAGES.tinymce, method: 'execCommand', empty: inFrame('tiny-empty'), filled: inFrame('tiny-filled') },
  { name: 'Vue 3 v-model textarea', url: PAGES.vue, method: 'execCommand', empty: inPage('vue-empty'), filled: inPage('vue-body') },
];

describe.each(EDITORS)('$name', ({ url, method, empty, filled }) => {
  test('empty field: the editor holds the letter, line by line; one Ctrl+Z empties it again', async () => {
    const page = await suite.open(url);
    await contentScriptReady(suite.session, page);
    await focusEditor(page, empty);
    await expect(insertFromExtension(suite.session, LETTER)).resolves.toEqual({ ok: true, method, length: LETTER.length });
    expect(await editorText(page, empty.id)).toBe(LETTER);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, empty.id)).toBe('');
  });

  test('with the user’s earlier text: inserted at the caret, the earlier text kept; Ctrl+Z leaves exactly it', async () => {
    const page = await suite.open(url);
    await contentScriptReady(suite.session, page);
    await focusEditor(page, filled);
    expect(await editorText(page, filled.id)).toBe(EARLIER);
    await expect(insertFromExtension(suite.session, LETTER)).resolves.toEqual({ ok: true, method, length: LETTER.length });
    expect(await editorText(page, filled.id)).toBe(EARLIER + LETTER);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, filled.id)).toBe(EARLIER);
  });

  test('a selection is replaced, and only the selection', async () => {
    const page = await suite.open(url);
    await contentScriptReady(suite.session, page);
    await focusEditor(page, filled);
    // Select the last three characters (内容。) and insert over them.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(insertFromExtension(suite.session, '借呗')).resolves.toMatchObject({ ok: true, method });
    expect(await editorText(page, filled.id)).toBe('原有借呗');
  });
});

describe('an editor that takes the text but shows something else', () => {
  test('rolled back with its own undo, not typed again behind its back: the earlier text is all there is', async () => {
    const page = await suite.open(PAGES.model, '#drops-breaks');
    await contentScriptReady(suite.session, page);
    await page.click('#drops-breaks');
    await page.keyboard.press('Control+End');
    await expect(insertFromExtension(suite.session, LETTER)).resolves.toEqual({ ok: false, reason: 'not-taken' });
    expect(await editorText(page, 'drops-breaks')).toBe(EARLIER);
    expect(await page.locator('#drops-breaks').textContent()).toBe(EARLIER);
    expect(await page.evaluate(() => (window as unknown as { __typedBehind: number }).__typedBehind), 'execCommand after it').toBe(0);
  });

  test('without an undo: the user is told the field changed, and nothing more is tried', async () => {
    const page = await suite.open(PAGES.model, '#no-undo');
    await contentScriptReady(suite.session, page);
    await page.click('#no-undo');
    await page.keyboard.press('Control+End');
    await expect(insertFromExtension(suite.session, LETTER)).resolves.toEqual({ ok: false, reason: 'changed' });
    // One attempt only: the text once, its line breaks dropped by the editor, and no second copy.
    expect(await editorText(page, 'no-undo')).toBe(EARLIER + LETTER.replace(/\n/g, ''));
    expect(await page.evaluate(() => (window as unknown as { __typedBehind: number }).__typedBehind)).toBe(0);
  });
});
