/**
 * A content script may only speak about its own page's origin. The browser
 * sets sender.url; its path can move with history.pushState, its origin cannot.
 */
export function requireSameOrigin(claimed: string, senderUrl: string | undefined): void {
  if (senderUrl === undefined) return; // extension pages: our own code
  if (/^chrome-extension:|^moz-extension:/.test(senderUrl)) return;
  if (new URL(claimed).origin !== new URL(senderUrl).origin) throw new Error('url is not on the sender’s origin');
}
