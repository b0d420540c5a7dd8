// What a message handler is: one file per message under handlers/<tier>/<name>.ts,
// each `export default defineHandler('<tier>/<name>', async (request, ctx) => …)`,
// listed in handlers/index.ts (test/meta/messages.test.ts checks all three agree).
// The router has parsed the request and checked the sender's tier before a
// handler runs, and re-checks what it returns (README.md#messages-and-trust-tiers).
import type { MessageType, RequestOf, ResponseOf, Tier } from '../shared/messages';

/** The parts of runtime.MessageSender we rely on (Chrome and Firefox both fill them). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  /** The sending document (Chromium 106+; Firefox gives none): src/background/documents.ts. */
  documentId?: string;
  tab?: { id?: number; url?: string };
}

/** Who asked: set by the router from the browser's record of the sender, never from the message. */
export interface Context {
  sender: Sender;
  tier: Tier;
  tabId: number | undefined;
  frameId: number | undefined;
}

export interface Handler<T extends MessageType> {
  type: T;
  handle(request: RequestOf<T>, ctx: Context): Promise<ResponseOf<T>>;
}

/** The registry's shape: exactly one handler per message type, under its own type. */
export type Handlers = { readonly [T in MessageType]: Handler<T> };

export function defineHandler<T extends MessageType>(type: T, handle: Handler<T>['handle']): Handler<T> {
  return { type, handle };
}
