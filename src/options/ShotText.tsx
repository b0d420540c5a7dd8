// A screenshot's recognised text, editable, with the status phrase
// highlighted: a transparent textarea over a copy of its text in which the
// evidence is marked (the copy's letters are invisible; only the marks show).
// Both share one grid cell, font and wrapping, so the marks sit under the
// words they mark and the cell grows with the text.
import type { Ref } from 'preact';
import { LIMITS } from '../shared/case';
import { evidenceRanges } from './screenshot-facts';

function marked(text: string, evidence: readonly string[]) {
  const out = [];
  let at = 0;
  for (const [start, end] of evidenceRanges(text, evidence)) {
    out.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  // A trailing newline needs a character after it to take up its line.
  out.push(`${text.slice(at)}\u200b`);
  return out;
}

interface Props {
  id: string;
  label: string;
  text: string;
  evidence: readonly string[];
  onInput: (text: string) => void;
  textarea?: Ref<HTMLTextAreaElement>;
}

export function ShotText({ id, label, text, evidence, onInput, textarea }: Props) {
  return (
    <div class="shot-text-field">
      <label for={id}>{label}</label>
      <div class="shot-text" data-testid="screenshot-text">
        <div class="shot-marks" aria-hidden="true" data-testid="screenshot-marks">
          {marked(text, evidence)}
        </div>
        <textarea
          id={id}
          ref={textarea}
          value={text}
          maxLength={LIMITS.recognisedText}
          spellcheck={false}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </div>
    </div>
  );
}
