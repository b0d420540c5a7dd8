// Copy from a button click, with no clipboard permission (docs/trust-model.md#permissions): the async Clipboard API is allowed during a user activation
// in a focused document; when it is refused (an unfocused popup, an older
// browser), select the text in its textarea and use the legacy copy command,
// which a user gesture also allows.

/** Copies `text`; `source` is the textarea showing it (for the fallback). Resolves true when copied. */
export async function copyText(text: string, source?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!source) return false;
    const { selectionStart, selectionEnd } = source;
    source.focus();
    source.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    source.setSelectionRange(selectionStart, selectionEnd);
    return ok;
  }
}
