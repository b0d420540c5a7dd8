// docs/architecture.md#one-writer in real Chromium: an answer and a date given
// in the popup (which saves through the worker) and an edit in a case view
// that was already open both survive, in either order, and the open view
// shows the popup's edit without a reload.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assertInvariants, launch, type Session } from './harness';
import { rawDump } from './options-helpers';
import { openPopup, showView, startPickedCase } from './popup-helpers';

let session: Session;
let pages: Page[] = [];

beforeAll(async () => {
  session = await launch();
});
afterEach(async () => {
  await assertInvariants(session, pages);
  for (const p of pages) await p.close().catch(() => undefined);
  pages = [];
});
afterAll(async () => session?.close());

type StoredCase = { id: string; answers: Record<string, unknown>; dates: Record<string, string>; checklist: Record<string, boolean> };
const storedCase = async (page: Page, id: string): Promise<StoredCase> =>
  (await rawDump(page)).cases.find((c) => (c as StoredCase).id === id) as StoredCase;

/** A new case started in the popup, and that case open in the options workspace. */
async function caseInBoth(): Promise<{ popup: Page; view: Page; id: string }> {
  const popup = await openPopup(session);
  pages.push(popup);
  await startPickedCase(popup, 'jiebei', 'closed');
  const ids = (await rawDump(popup)).cases.map((c) => c as StoredCase & { createdAt: string });
  const id = ids.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!.id;
  const view = await session.openExtensionPage(`src/options/index.html#case=${id}`);
  pages.push(view);
  await view.getByTestId('case-view').waitFor();
  return { popup, view, id };
}

/** In the popup: one answer (q_overdue = same_group) and one date (lenderComplaint). */
async function popupEdit(popup: Page, day: string): Promise<void> {
  await showView(popup, 'questions');
  const answer = popup.getByTestId('question-q_overdue').getByLabel('同一平台的其他产品逾期过', { exact: false });
  await answer.check();
  await expect.poll(() => answer.isChecked()).toBe(true);
  await showView(popup, 'deadlines');
  await popup.getByTestId('date-lenderComplaint').fill(day);
  await expect.poll(() => popup.getByTestId('next-deadline').getAttribute('data-state')).toBe('waiting');
}

/** The case-details form (title, lender, product, status, account). */
const details = (view: Page) => view.getByRole('form', { name: '案卷信息' });

const daysAgo = (n: number) => {
  const d = new Date(Date.now() - n * 86_400_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

describe('one writer per case', () => {
  test('a popup edit, then an edit in the already-open case view: both survive', async () => {
    const { popup, view, id } = await caseInBoth();
    const filed = daysAgo(5);
    await popupEdit(popup, filed);
    await expect.poll(async () => (await storedCase(view, id)).dates.lenderComplaint).toBe(filed);
    // Now an edit in the view, which loaded the case before the popup's edit: another answer and another date.
    await view.getByTestId('answer-q_applications').selectOption('many');
    await view.getByTestId('date-firstContact').fill(daysAgo(9));
    await view.getByTestId('date-firstContact').dispatchEvent('change');
    await expect.poll(async () => (await storedCase(view, id)).dates.firstContact).toBe(daysAgo(9));
    await expect.poll(async () => (await storedCase(view, id)).answers.q_applications).toBe('many');
    const stored = await storedCase(view, id);
    expect(stored.answers).toMatchObject({ q_overdue: 'same_group', q_applications: 'many' });
    expect(stored.dates).toMatchObject({ lenderComplaint: filed, firstContact: daysAgo(9) });
    // The open view learned of the popup's edit from the change announcement.
    await expect.poll(() => view.getByTestId('answer-q_overdue').inputValue()).toBe('same_group');
    await expect.poll(() => view.getByTestId('date-lenderComplaint').inputValue()).toBe(filed);
    // A fresh view reads the same.
    const fresh = await session.openExtensionPage(`src/options/index.html#case=${id}`);
    pages.push(fresh);
    await fresh.getByTestId('case-view').waitFor();
    await expect(fresh.getByTestId('answer-q_overdue').inputValue()).resolves.toBe('same_group');
    await expect(fresh.getByTestId('date-lenderComplaint').inputValue()).resolves.toBe(filed);
  });

  test('an edit in the open case view, then a popup edit: both survive and the view shows the popup’s', async () => {
    const { popup, view, id } = await caseInBoth();
    await view.getByTestId('answer-q_applications').selectOption('many');
    await details(view).getByLabel('贷款机构').fill('蚂蚁消费金融');
    await details(view).getByRole('button', { name: '保存案卷信息' }).click();
    await expect.poll(async () => (await storedCase(view, id)).answers.q_applications).toBe('many');
    const filed = daysAgo(3);
    await popupEdit(popup, filed);
    await expect.poll(async () => (await storedCase(view, id)).dates.lenderComplaint).toBe(filed);
    await expect.poll(() => view.getByTestId('answer-q_overdue').inputValue()).toBe('same_group');
    await expect.poll(() => view.getByTestId('date-lenderComplaint').inputValue()).toBe(filed);
    // One more detail saved from the view keeps the popup's answer and date.
    await details(view).getByLabel('案卷标题').fill('借呗关闭（已投诉）');
    await details(view).getByRole('button', { name: '保存案卷信息' }).click();
    await expect.poll(async () => ((await storedCase(view, id)) as StoredCase & { title: string }).title).toBe('借呗关闭（已投诉）');
    const stored = (await storedCase(view, id)) as StoredCase & { lender: string; status: string };
    expect(stored.answers).toMatchObject({ q_overdue: 'same_group', q_applications: 'many' });
    expect(stored.dates.lenderComplaint).toBe(filed);
    expect(stored.lender).toBe('蚂蚁消费金融');
    expect(stored.status).toBe('closed');
  });
});
