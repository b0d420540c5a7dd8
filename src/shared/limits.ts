// Sizes both sides of a message agree on, as plain numbers: the content script
// imports them without pulling in the validator that enforces them in the worker
// (src/shared/messages.ts; docs/testing.md#sizes).

/**
 * Upper bound, in UTF-16 code units, on a page reading: the visible text a
 * content script hands to detection (README.md#on-the-page). The sensor caps the
 * joined text at exactly this (src/content/sensor.ts) and the worker's schema
 * refuses anything longer, so a hostile page cannot make us read or send more.
 */
export const MAX_READING = 4000;

/** The most entries the picker window lists (cases × variants), so a page is never offered every case. */
export const MAX_INSERT_ITEMS = 12;

/**
 * Bounds on a screenshot (README.md#on-device-text-recognition): the recognition engine refuses
 * anything larger before it loads (src/ocr/decode.ts), and a stored screenshot
 * exhibit is held to the same bounds (src/shared/case.ts).
 */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 8000;
