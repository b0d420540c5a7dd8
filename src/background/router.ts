// Validates and dispatches every runtime message. Pure (no browser API): the
// worker passes in the sender, its own identity and the handler registry, so
// the checks run in plain Vitest as well as in the browser.
import { EnvelopeSchema, MESSAGES, isMessageType, type MessageType, type Reply, type Tier } from '../shared/messages';
import { describeIssues } from '../shared/case';
import { uiLang } from '../shared/i18n';
import type { Context, Handler, Handlers, Sender } from './define-handler';

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL('') — chrome-extension://<id>/ or moz-extension://<uuid>/ */
  origin: string;
}

/**
 * Who is asking. Only our own extension may talk to us at all (onMessage also
 * fires for nothing else, but we check anyway: docs/trust-model.md#externally-connectable). A sender whose
 * URL is inside our origin is one of our pages; a sender in a tab at an http(s)
 * URL is one of our content scripts, speaking for a page we cannot trust.
 */
export function senderTier(sender: Sender, self: Self): Tier | null {
  if (sender.id !== self.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(self.origin)) return 'extension';
  if (sender.tab && /^https?:\/\//i.test(url)) return 'content';
  return null;
}

/** The type a message claims, for the log only (it may be anything a page sent). */
function claimedType(raw: unknown): string {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type.slice(0, 64) : '(no type)';
}

/**
 * Every refusal is logged in the worker's console, so a page reading that was
 * turned away (a schema limit, a sender check) is never silent to whoever
 * debugs the extension; the page side only sees {ok:false}.
 */
function reject(type: string, error: string): Reply<never> {
  console.warn('reopen: rejected', type, error);
  return { ok: false, error };
}

/** Never throws; an unknown, malformed or unauthorised message changes nothing. */
export async function route(raw: unknown, sender: Sender, self: Self, handlers: Handlers): Promise<Reply<MessageType>> {
  const tier = senderTier(sender, self);
  if (!tier) return reject(claimedType(raw), 'sender not allowed');
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return reject(claimedType(raw), `malformed message: ${describeIssues(envelope.error.issues, '', 3)}`);
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return reject(type.slice(0, 64), `unknown message type: ${type.slice(0, 64)}`);
  const spec = MESSAGES[type];
  // Extension pages may send anything; content scripts only content-tier messages.
  if (spec.tier === 'extension' && tier !== 'extension') return reject(type, `${type} is not allowed from a web page`);
  const request = spec.request.safeParse(payload);
  if (!request.success) return reject(type, `invalid ${type}: ${describeIssues(request.error.issues, '', 3)}`);
  const ctx: Context = { sender, tier, tabId: sender.tab?.id, frameId: sender.frameId };
  try {
    // The registry's type pairs each type with its own handler; one call site serves them all.
    const handler = handlers[type] as Handler<MessageType>;
    const result = await handler.handle(request.data as never, ctx);
    // Re-check the answer too: object schemas strip unknown keys, so nothing
    // beyond the declared shape can reach a page by accident.
    const response = spec.response.safeParse(result);
    if (!response.success) return reject(type, `internal error: bad ${type} response`);
    return { ok: true, data: response.data } as Reply<MessageType>;
  } catch (error) {
    return reject(type, messageOf(error).slice(0, 300));
  }
}

/** What the user reads about a failure: a bilingual error (StorageError) in the UI language, else its message. */
function messageOf(error: unknown): string {
  const text = (error as { text?: { zh?: unknown; en?: unknown } } | null)?.text;
  const own = text?.[uiLang()];
  if (typeof own === 'string') return own;
  return error instanceof Error ? error.message : 'internal error';
}
