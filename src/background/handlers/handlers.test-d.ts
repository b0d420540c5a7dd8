// Type tests of the worker's side of the contract: a handler is typed by its
// message, the registry has one per type, and the engine's Diagnosis is what
// ext/diagnose may return as it is (no cast between them).
import { describe, expectTypeOf, test } from 'vitest';
import type { Diagnosis } from '../../rules/output';
import type { MessageType, RequestOf, ResponseOf } from '../../shared/messages';
import type { DiagnosisView } from '../../shared/diagnosis';
import { defineHandler, type Context, type Handler } from '../define-handler';
import { HANDLERS } from './index';

describe('defineHandler', () => {
  test('its request and its answer follow the type it names', () => {
    defineHandler('page/reading', async (request, ctx) => {
      expectTypeOf(request).toEqualTypeOf<RequestOf<'page/reading'>>();
      expectTypeOf(ctx).toEqualTypeOf<Context>();
      return { tip: null, labels: {} as ResponseOf<'page/reading'>['labels'] };
    });
    // @ts-expect-error an answer of another message's shape
    defineHandler('ext/site-list', async () => ({ cases: [] }));
    // @ts-expect-error a request field that does not exist
    defineHandler('ext/case-get', async (request) => ({ case: null, exhibits: [], id: request.tabId }));
  });

  test('the engine’s Diagnosis is a DiagnosisView, so ext/diagnose returns it uncast', () => {
    expectTypeOf<Diagnosis>().toExtend<DiagnosisView>();
    expectTypeOf<{ diagnosis: Diagnosis }>().toExtend<ResponseOf<'ext/diagnose'>>();
  });
});

describe('the registry', () => {
  test('has exactly one handler per message type, each under its own type', () => {
    expectTypeOf<keyof typeof HANDLERS>().toEqualTypeOf<MessageType>();
    expectTypeOf(HANDLERS['ext/diagnose']).toEqualTypeOf<Handler<'ext/diagnose'>>();
    expectTypeOf(HANDLERS['page/reading'].handle).parameter(0).toEqualTypeOf<RequestOf<'page/reading'>>();
  });
});
