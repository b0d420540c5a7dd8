// The wording of a line of appeal text, with its slots (README.md#appeal-text).
// One small language, shared by the renderer (which fills a line) and the claim
// checker (which lists every way a line may legitimately read for a case):
//   {{slot}}        a value of the case (slots.ts says which values exist)
//   [[ … {{slot}} … ]]  an optional part holding one slot: written when the slot
//                   is known, left out when it is not (or, where the template
//                   asks, written with the slot's visible placeholder)
// Filling is one pass, so a case value that itself contains `{{lender}}` is
// inserted literally and never expanded again.
import type { SlotName, SlotValue } from './slots';

export type Token = { lit: string } | { slot: SlotName } | { group: Token[]; slot: SlotName };

const PART = /\[\[|\]\]|\{\{(\w+)\}\}/g;

const cache = new Map<string, Token[]>();

/** The tokens of a pattern. Throws on a malformed pattern: a template bug the claim tests catch. */
export const parsePattern = (pattern: string): Token[] => {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const top: Token[] = [];
  let group: Token[] | undefined;
  let groupSlot: SlotName | undefined;
  let at = 0;
  const lit = (s: string) => {
    if (s) (group ?? top).push({ lit: s });
  };
  for (const m of pattern.matchAll(PART)) {
    lit(pattern.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[0] === '[[') {
      if (group) throw new Error(`nested [[ in pattern: ${pattern}`);
      group = [];
      groupSlot = undefined;
    } else if (m[0] === ']]') {
      if (!group || !groupSlot) throw new Error(`optional part without exactly one slot in pattern: ${pattern}`);
      top.push({ group, slot: groupSlot });
      group = undefined;
    } else {
      const slot = m[1] as SlotName;
      if (group) {
        if (groupSlot) throw new Error(`optional part with two slots in pattern: ${pattern}`);
        groupSlot = slot;
      }
      (group ?? top).push({ slot });
    }
  }
  if (group) throw new Error(`unclosed [[ in pattern: ${pattern}`);
  lit(pattern.slice(at));
  cache.set(pattern, top);
  return top;
};

/** Every slot a pattern names, optional parts included. */
export const slotsOf = (pattern: string): SlotName[] =>
  parsePattern(pattern).flatMap((t) => ('lit' in t ? [] : 'group' in t ? [t.slot] : [t.slot]));

/** Slots outside optional parts: without a value (or a placeholder) the line cannot be written. */
export const requiredSlotsOf = (pattern: string): SlotName[] =>
  parsePattern(pattern).flatMap((t) => ('slot' in t && !('group' in t) ? [t.slot] : []));

const join = (tokens: readonly Token[], value: (slot: SlotName) => string): string =>
  tokens.map((t) => ('lit' in t ? t.lit : value(t.slot))).join('');

/**
 * The line as written: an optional part appears when its slot has a value, or
 * when `placeholders` names the slot and it has a placeholder. Undefined when a
 * required slot has neither.
 */
export const fillPattern = (
  pattern: string,
  values: (slot: SlotName) => SlotValue,
  placeholders: readonly SlotName[] = [],
): string | undefined => {
  let out = '';
  for (const t of parsePattern(pattern)) {
    if ('lit' in t) out += t.lit;
    else if ('group' in t) {
      const v = values(t.slot);
      if (v.value !== undefined) out += join(t.group, () => v.value as string);
      else if (v.placeholder !== undefined && placeholders.includes(t.slot)) out += join(t.group, () => v.placeholder as string);
    } else {
      const v = values(t.slot);
      const s = v.value ?? v.placeholder;
      if (s === undefined) return undefined;
      out += s;
    }
  }
  return out;
};

/**
 * Every way the line may read for these values: each optional part present
 * with its value, present with its placeholder (when the value is unknown),
 * or left out. Required slots read their value, or their placeholder when the
 * value is unknown. Empty when a required slot has neither.
 */
export const expandPattern = (pattern: string, values: (slot: SlotName) => SlotValue): string[] => {
  let outs = [''];
  for (const t of parsePattern(pattern)) {
    let options: string[];
    if ('lit' in t) options = [t.lit];
    else if ('group' in t) {
      const v = values(t.slot);
      const s = v.value ?? v.placeholder;
      options = s === undefined ? [''] : ['', join(t.group, () => s)];
    } else {
      const v = values(t.slot);
      const s = v.value ?? v.placeholder;
      if (s === undefined) return [];
      options = [s];
    }
    outs = outs.flatMap((o) => options.map((x) => o + x));
  }
  return outs;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sticky expression that recognises the line's shape whatever its slots hold (for naming an unbacked claim). */
export const shapeOf = (pattern: string): RegExp => {
  const src = (tokens: readonly Token[]): string =>
    tokens.map((t) => ('lit' in t ? escape(t.lit) : 'group' in t ? `(?:${src(t.group)})?` : '[^\\n]+?')).join('');
  return new RegExp(src(parsePattern(pattern)), 'uy');
};
