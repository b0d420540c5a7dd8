// Validates and dispatches every runtime message. Pure (no chrome.*): the
// worker passes in the sender and its own identity, so the checks run in plain
// Vitest as well as in the browser.
import {
  EnvelopeSchema,
  MESSAGES,
  describeIssues,
  isMessageType,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type Tier,
} from '../shared/messages';

/** The parts of runtime.MessageSender we rely on (Chrome and Firefox both fill them). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL('') — chrome-extension://<id>/ or moz-extension://<uuid>/ */
  origin: string;
}

export interface Context {
  sender: Sender;
  tier: Tier;
  tabId: number | undefined;
  frameId: number | undefined;
}

export type Handlers = {
  [T in MessageType]: (request: RequestOf<T>, ctx: Context) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

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

const fail = (error: string): Reply<never> => ({ ok: false, error });

/** Never throws; an unknown, malformed or unauthorised message changes nothing. */
export async function route(raw: unknown, sender: Sender, self: Self, handlers: Handlers): Promise<Reply<MessageType>> {
  const tier = senderTier(sender, self);
  if (!tier) return fail('sender not allowed');
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return fail(`malformed message: ${describeIssues(envelope.error)}`);
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return fail(`unknown message type: ${type.slice(0, 64)}`);
  const spec = MESSAGES[type];
  // Extension pages may send anything; content scripts only content-tier messages.
  if (spec.tier === 'extension' && tier !== 'extension') return fail(`${type} is not allowed from a web page`);
  const request = spec.request.safeParse(payload);
  if (!request.success) return fail(`invalid ${type}: ${describeIssues(request.error)}`);
  try {
    const handler = handlers[type] as (r: unknown, c: Context) => Promise<unknown> | unknown;
    const result = await handler(request.data, { sender, tier, tabId: sender.tab?.id, frameId: sender.frameId });
    // Re-check the answer too: object schemas strip unknown keys, so nothing
    // beyond the declared shape can reach a page by accident.
    const response = spec.response.safeParse(result);
    if (!response.success) return fail(`internal error: bad ${type} response`);
    return { ok: true, data: response.data } as Reply<MessageType>;
  } catch (error) {
    return fail(error instanceof Error ? error.message.slice(0, 300) : 'internal error');
  }
}
