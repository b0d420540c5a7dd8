// The claim checker (README.md#appeal-text): holds a rendered appeal text to
// the case it was rendered from. Every sentence must be one the tables allow
// for this case — a claim whose backing holds (claims.ts), a request phrased
// as a request (requests.ts, or the engine's own request and remedy clauses),
// or a frame (frames.ts) — with its slots holding this case's values or their
// visible placeholders; and no sentence, and no claim, may appear twice.
//
// It reads the case itself (`input`), not the renderer's decisions: the
// renderer and the checker share only the tables and the cleaning of values
// (clean.ts, slots.ts), so a template that writes a sentence of its own, or
// a claim the case does not back, is caught. Used by the grid test
// (check.test.ts) and by the advice bench (`advice.unbacked_claims`, bench/README.md).
import type { CleanInput } from './clean';
import type { AppealInput, AppealText, Lang } from './types';
import { cleanInput } from './clean';
import { isBacked, type Line } from './lines';
import { expandPattern, shapeOf } from './pattern';
import { slotValues } from './slots';
import { CLAIMS } from './claims';
import { REQUESTS } from './requests';
import { FRAMES } from './frames';

export type ClaimFinding = {
  /** `unbacked`: no backed line accounts for the sentence; `repeated`: it (or its claim) was already said. */
  problem: 'unbacked' | 'repeated';
  /** The field of the text (`body`, or 黑猫投诉's `title`, `description`, `demand`). */
  field: string;
  sentence: string;
  /** The claims-table entry the sentence reads as, when it reads as one. */
  claim?: string;
};

type Kind = 'claim' | 'request' | 'frame' | 'clause';
type Candidate = { kind: Kind; id: string; text: string; each: boolean };

/** A request asks (请 / please / I ask): nothing else passes as one. */
const REQUEST_SHAPE: Record<Lang, RegExp> = { zh: /请/u, en: /\b(?:please|I ask|I request|request)\b/iu };

const TABLES: readonly [Kind, Record<string, Line>][] = [
  ['claim', CLAIMS],
  ['request', REQUESTS],
  ['frame', FRAMES],
];

/** Every text each line may take for this case: the only sentences the text may hold. */
const candidatesFor = (data: CleanInput, lang: Lang): Candidate[] => {
  const out: Candidate[] = [];
  for (const [kind, table] of TABLES) {
    for (const [id, line] of Object.entries(table)) {
      const each = line.each === 'contact';
      const contexts = each ? data.contacts.filter((c) => isBacked(line, data, c)) : isBacked(line, data) ? [undefined] : [];
      for (const c of contexts)
        for (const text of expandPattern(line.text[lang], slotValues(data, lang, c))) if (text) out.push({ kind, id, text, each });
    }
  }
  for (const c of data.clauses) if (c.kind !== 'fact') out.push({ kind: 'clause', id: c.id, text: c.text[lang], each: false });
  return out.filter((c) => c.kind === 'claim' || c.kind === 'frame' || REQUEST_SHAPE[lang].test(c.text));
};

const SHAPES = new Map<string, RegExp>();
const shape = (id: string, lang: Lang): RegExp => {
  const key = `${lang}:${id}`;
  let re = SHAPES.get(key);
  if (!re) SHAPES.set(key, (re = shapeOf((CLAIMS as Record<string, Line>)[id]!.text[lang])));
  return re;
};

/** Where an unrecognised sentence ends: its terminator, else the end of the line. */
const sentenceEnd = (line: string, from: number, lang: Lang): number => {
  const re = lang === 'zh' ? /[。！？；]/gu : /[.!?;](?=\s|$)/gu;
  re.lastIndex = from;
  const m = re.exec(line);
  return m ? m.index + m[0].length : line.length;
};

type Unit = { kind: Kind | 'unknown'; id?: string; text: string; each: boolean; field: string };

/** Reads one line of a field as a sequence of units, longest known text first. */
const readLine = (line: string, field: string, lang: Lang, candidates: readonly Candidate[], units: Unit[]): void => {
  let pos = /^\d+\. /.exec(line)?.[0].length ?? 0;
  while (pos < line.length) {
    if (/\s/u.test(line[pos]!)) {
      pos++;
      continue;
    }
    let best: Candidate | undefined;
    for (const c of candidates) if ((!best || c.text.length > best.text.length) && line.startsWith(c.text, pos)) best = c;
    if (best) {
      units.push({ kind: best.kind, id: best.id, text: best.text, each: best.each, field });
      pos += best.text.length;
      continue;
    }
    // Not a line the case backs: name the claim it reads as, if any, for the report.
    let claim: string | undefined;
    let length = 0;
    for (const id of Object.keys(CLAIMS)) {
      const re = shape(id, lang);
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && m[0].length > length) [claim, length] = [id, m[0].length];
    }
    const end = claim ? pos + length : sentenceEnd(line, pos, lang);
    units.push({ kind: 'unknown', ...(claim ? { id: claim } : {}), text: line.slice(pos, end), each: false, field });
    pos = end;
  }
};

// The same claim said to another addressee ("贵司" / "该机构") is the same claim.
const claimKey = (id: string): string => id.replace(/-third$/, '');

/**
 * Every sentence of `rendered` that the case `input` does not back, and every
 * repeated sentence or claim. An empty list means the text says nothing the
 * user did not say. `advice.unbacked_claims` is the length of this list.
 */
export function checkClaims(rendered: AppealText, input: AppealInput): ClaimFinding[] {
  const lang = rendered.lang;
  const candidates = candidatesFor(cleanInput(input, lang), lang);
  const units: Unit[] = [];
  for (const f of rendered.fields) for (const line of f.text.split('\n')) readLine(line, f.id, lang, candidates, units);
  const findings: ClaimFinding[] = [];
  const seenText = new Set<string>();
  const seenClaim = new Set<string>();
  for (const u of units) {
    const at = { field: u.field, sentence: u.text, ...(u.id && (u.kind === 'claim' || u.kind === 'unknown') ? { claim: u.id } : {}) };
    if (u.kind === 'unknown') findings.push({ problem: 'unbacked', ...at });
    const text = u.text.replace(/\s+/gu, ' ').trim();
    const key = u.kind === 'claim' && !u.each && u.id ? claimKey(u.id) : undefined;
    if (seenText.has(text) || (key && seenClaim.has(key))) findings.push({ problem: 'repeated', ...at });
    seenText.add(text);
    if (key) seenClaim.add(key);
  }
  return findings;
}
