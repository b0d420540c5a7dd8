// Type tests of the message contract (checked by `npm run typecheck` and by
// Vitest's typecheck run): a message's type decides its payload and its reply,
// for the extension pages' ask() and the content script's alike.
import { describe, expectTypeOf, test } from 'vitest';
import type { z } from '../../src/shared/zod';
import { ask } from '../../src/shared/ask';
import { ask as askFromPage } from '../../src/content/runtime';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../../src/shared/messages';
import type { DiagnosisSchema, DiagnosisView } from '../../src/shared/diagnosis';
import type { Case } from '../../src/shared/case';

describe('ask() from an extension page is typed by message', () => {
  test('the payload follows the type', () => {
    expectTypeOf(ask<'ext/diagnose'>)
      .parameter(1)
      .toEqualTypeOf<{ caseId: string }>();
    expectTypeOf(ask<'ext/tab-status'>)
      .parameter(1)
      .toEqualTypeOf<{ tabId: number }>();
    // @ts-expect-error a tab-status payload is not a diagnose payload
    void ask('ext/diagnose', { tabId: 1 });
    // @ts-expect-error the case id is required
    void ask('ext/case-get', {});
    // @ts-expect-error no such message
    void ask('ext/delete-everything', {});
  });

  test('the reply follows the type', () => {
    expectTypeOf(ask<'ext/diagnose'>).returns.resolves.toEqualTypeOf<Reply<'ext/diagnose'>>();
    expectTypeOf<Extract<Reply<'ext/diagnose'>, { ok: true }>['data']>().toEqualTypeOf<{ diagnosis: DiagnosisView }>();
    expectTypeOf<Extract<Reply<'ext/case-get'>, { ok: true }>['data']['case']>().toEqualTypeOf<Case | null>();
    expectTypeOf<Extract<Reply<'ext/case-get'>, { ok: false }>>().toEqualTypeOf<{ ok: false; error: string }>();
  });

  test('message types are exactly the contract’s keys', () => {
    expectTypeOf(ask).parameter(0).toEqualTypeOf<MessageType>();
    expectTypeOf<'page/reading'>().toExtend<MessageType>();
    expectTypeOf<'ext/ping'>().not.toExtend<MessageType>();
  });
});

describe('ask() from the content script', () => {
  test('resolves to the data itself, typed by message', () => {
    expectTypeOf(askFromPage<'page/reading'>)
      .parameter(1)
      .toEqualTypeOf<RequestOf<'page/reading'>>();
    expectTypeOf(askFromPage<'page/reading'>).returns.resolves.toEqualTypeOf<ResponseOf<'page/reading'>>();
    // @ts-expect-error a reading carries its url
    void askFromPage('page/reading', { text: '额度已关闭' });
  });
});

describe('one schema for a diagnosis', () => {
  test('the view the popup renders is the schema’s own type', () => {
    expectTypeOf<DiagnosisView>().toEqualTypeOf<z.infer<typeof DiagnosisSchema>>();
    expectTypeOf<ResponseOf<'ext/diagnose'>['diagnosis']>().toEqualTypeOf<DiagnosisView>();
  });
});
