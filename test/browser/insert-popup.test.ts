// README.md#appeal-text: the popup's "Insert into this page" itself (the popup opened
// on the form's tab, its own buttons clicked), into rich editors built from their
// npm packages, checked by each editor's own state with the user's earlier text
// kept; and on a 黑猫投诉-shaped form (30/500/200-character fields) the popup
// offers the fitting shorter variant of the description when the user's own
// text leaves less room than the full one needs.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sendFromExtensionPage, useSession } from './harness';
import { PAGES, serveForms } from '../fixtures/forms/serve';
import { openPopup, openTab, showView, startPickedCase } from './popup-helpers';
import { editorText, focusEditor, inPage } from './insert-helpers';

const EARLIER = '原有内容。';

const suite = useSession({}, async (session) => {
  await serveForms(session);
});

/** The popup on the tab of `url`, with a case (started the first time), on the appeal view with `channel`. */
async function popupOn(url: string, channel: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await openTab(suite.session, url);
  suite.pages.push(page);
  const popup = await openPopup(suite.session, tabId);
  suite.pages.push(popup);
  await popup.getByTestId('current-case').or(popup.getByTestId('pick-product')).first().waitFor();
  if (await popup.getByTestId('pick-product').isVisible()) await startPickedCase(popup, 'jiebei', 'closed');
  await showView(popup, 'appeal');
  await popup.getByTestId('channel').selectOption(channel);
  return { page, popup };
}

describe.each([
  { name: 'Lexical', url: PAGES.lexical, id: 'lexical-filled' },
  { name: 'Slate', url: PAGES.slate, id: 'slate-filled' },
])('the popup into $name', ({ url, id }) => {
  test('the written appeal lands after the earlier text, line by line, in the editor’s own state', async () => {
    const { page, popup } = await popupOn(url, 'letter');
    await focusEditor(page, inPage(id));
    const text = await popup.getByTestId('text-body').inputValue();
    expect(text).toContain('\n');
    await popup.getByTestId('insert-body').click();
    await popup.getByText('已填入', { exact: false }).waitFor();
    expect(await editorText(page, id)).toBe(EARLIER + text);
  });
});

describe('a 黑猫投诉-shaped form', () => {
  test('the description with the user’s own text in the field: the fitting shorter variant, and the user’s text kept', async () => {
    const { page, popup } = await popupOn(PAGES.heimao, 'heimao');
    // A contact on the case: the description then has a paragraph the shorter variant may leave out.
    const list = (await sendFromExtensionPage(popup, { type: 'ext/case-list', payload: {} })) as { data: { cases: { id: string }[] } };
    for (const { id: caseId } of list.data.cases) {
      const added = (await sendFromExtensionPage(popup, {
        type: 'ext/note-add',
        payload: { noteId: `${caseId}-call`, caseId, channel: 'phone', text: '致电客服，客服称系统综合评估，无法说明具体原因。' },
      })) as { ok: boolean };
      expect(added.ok).toBe(true);
    }
    // The text again, from the case as it is now.
    await popup.getByTestId('channel').selectOption('letter');
    await popup.getByTestId('channel').selectOption('heimao');
    await expect.poll(() => popup.getByTestId('text-description').inputValue()).toContain('此前的沟通记录');
    const full = await popup.getByTestId('text-description').inputValue();
    // The user already wrote enough that the full description no longer fits the 500 characters.
    const own = '我'.repeat(500 - full.length + 2);
    await page.locator('#description').fill(own);
    await page.locator('#description').focus();
    await popup.getByTestId('insert-description').click();
    await popup.getByRole('button', { name: '填入较短版本' }).click();
    await popup.getByText('已填入', { exact: false }).waitFor();
    const value = await page.locator('#description').inputValue();
    expect(value.startsWith(own)).toBe(true);
    expect(value.length).toBeLessThanOrEqual(500);
    expect(value.length).toBeGreaterThan(own.length);
  });
});
