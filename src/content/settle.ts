// Waiting for an editor to settle after an edit: a microtask (Lexical commits
// its update in one, Slate flushes its onChange in one), then a frame and a
// task after it (React renders Slate's and Lexical's DOM in a scheduler task).
// Bounded: a tab in the background gets no frames, so a timer stands in.
const NO_FRAME_MS = 50;

export function settle(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
