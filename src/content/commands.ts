// The command switch: what the popup and the worker (tabs.sendMessage) may
// ask of the page, and nothing else. Each command answers with data the
// popup shows; none reads the case file or writes to the page beyond the one
// insertion the user chose (README.md#appeal-text).
import type { InsertResult } from '../shared/to-content';
import { MAX_INSERT_CHARS, describeField, focusedField, insertIntoField } from './insert';
import { onExtensionMessage } from './runtime';

/**
 * Answers 'content/scan', 'content/field-info', 'content/insert' and
 * 'content/insert-picked' (the picker window's choice, for the field the page
 * button was beside: `insertPicked`); any other message gets no answer.
 */
export function answerCommands(
  scan: () => Promise<void>,
  insertPicked: (text: string) => Promise<InsertResult>,
  signal: AbortSignal,
): void {
  onExtensionMessage((message) => {
    const m = message as { type?: unknown; text?: unknown } | null;
    switch (m?.type) {
      case 'content/scan':
        return scan().then(() => ({ done: true }));
      case 'content/field-info':
        return Promise.resolve(describeField(focusedField(document)));
      case 'content/insert':
      case 'content/insert-picked':
        // One check for both: a text, of at most the size any insertion may have.
        if (typeof m.text !== 'string' || !m.text || m.text.length > MAX_INSERT_CHARS)
          return Promise.resolve({ ok: false, reason: 'unsupported' });
        return m.type === 'content/insert' ? insertIntoField(focusedField(document), m.text) : insertPicked(m.text);
      default:
        return undefined;
    }
  }, signal);
}
