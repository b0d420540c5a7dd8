// ext/case-update against a real (fake-indexeddb) case file: patches of one
// case go through the one writer, so quick clicks never lose each other.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newCase } from '../../../shared/case';
import type { Context } from '../../define-handler';
import type { HANDLERS } from '../index';
import { fakeBrowser } from '../../../../test/fakes/browser';

const popup: Context = {
  sender: { id: 'fakeextensionid', url: 'chrome-extension://fakeextensionid/src/popup/index.html' },
  tier: 'extension',
  tabId: undefined,
  frameId: undefined,
};

let handlers: typeof HANDLERS;
beforeEach(async () => {
  vi.stubGlobal('browser', fakeBrowser().api);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  ({ HANDLERS: handlers } = await import('../index'));
  const { db } = await import('../../database');
  const { saveBatch } = await import('../../../storage/index');
  await saveBatch(await db(), { cases: [newCase({ title: '花呗', product: 'huabei', dates: {} }, 'case-1', '2026-04-01T00:00:00.000Z')] });
});
afterEach(() => vi.unstubAllGlobals());

const update = (patch: object) => handlers['ext/case-update'].handle({ caseId: 'case-1', patch }, popup);

describe('ext/case-update', () => {
  test('ten overlapping patches of one case all land', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `q_${i}`);
    await Promise.all(ids.map((id, i) => update(i % 2 ? { answers: { [id]: 'yes' } } : { checklist: { [id]: true } })));
    const { case: stored } = await handlers['ext/case-get'].handle({ caseId: 'case-1' }, popup);
    expect(Object.keys(stored!.answers).sort()).toEqual(ids.filter((_, i) => i % 2));
    expect(Object.keys(stored!.checklist).sort()).toEqual(ids.filter((_, i) => !(i % 2)));
  });

  test('a refused patch does not block the one queued behind it, nor change the case', async () => {
    const refused = update({ title: '', status: 'reduced' }); // the case file refuses an empty title
    const next = update({ status: 'frozen' });
    await expect(refused).rejects.toThrow(/not valid/);
    expect((await next).case).toMatchObject({ title: '花呗', status: 'frozen' });
  });

  test('a case that no longer exists is said so', async () => {
    await expect(handlers['ext/case-update'].handle({ caseId: 'gone', patch: {} }, popup)).rejects.toMatchObject({
      text: { zh: expect.stringContaining('找不到案件 gone') as string },
    });
  });
});
