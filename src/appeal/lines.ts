// What every line of appeal text is made of (README.md#appeal-text). Three
// tables hold all the wording the templates may use:
//   claims.ts   facts about the user's case, each with what backs it
//   requests.ts what the user asks for (explanation, review, correction, reply)
//   frames.ts   address, headings, labels and signatures, which state nothing
// A line is written only when its backing holds for the case; the claim
// checker (check.ts) reads the same tables and fails on any sentence of a
// rendered text that no backed line accounts for.
import type { CleanContact, CleanInput } from './clean';
import type { Bilingual, Source } from './types';

/** The fields of a case a line may rest on (slots.ts maps each slot to one). */
export type CaseField =
  | 'case' // the case itself: the user opened it about their own line
  | 'lender'
  | 'lenderKind'
  | 'product'
  | 'status'
  | 'exhibit'
  | 'accountRef'
  | 'name'
  | 'dateWritten'
  | 'dates.lineChanged'
  | 'dates.overdueRepaid'
  | 'dates.lenderComplaint'
  | 'dates.firstContact'
  | 'contact'
  | 'creditReportEntry';

export type Backing =
  /** A case field is known (and, with `is`, has one of these values). */
  | { field: CaseField; is?: readonly string[] }
  /**
   * The user gave one of these answers (`case.answers[answer]`). `said` is what
   * the user's answer states, in the words the line repeats: the line may say
   * exactly that, never more (claims.test.ts checks the line contains it).
   */
  | { answer: string; is: readonly string[]; said: Bilingual };

export type Line = {
  /** The wording, with {{slots}} and [[optional parts]] (pattern.ts). */
  text: Bilingual;
  /** Everything that must hold for the line to be written; empty for a line that states nothing. */
  backing: readonly Backing[];
  /** One sentence per recorded contact of the case (a timeline note). */
  each?: 'contact';
  /** Catalogue sources of the line's own wording (a law it names, a time limit). */
  sources?: readonly Source[];
};

/** Identity helper: types a table and keeps its ids as literal keys. */
export const defineLines = <K extends string>(lines: Record<K, Line>): Readonly<Record<K, Line>> => lines;

const fieldKnown = (field: CaseField, data: CleanInput, contact: CleanContact | undefined): string | undefined => {
  switch (field) {
    case 'case':
      return 'yes';
    case 'lenderKind':
      return data.lenderKind;
    case 'accountRef':
      return data.account;
    case 'dateWritten':
      return data.written;
    case 'creditReportEntry':
      return data.institution ?? data.item ?? data.whatIsWrong;
    case 'contact':
      return contact?.channel;
    case 'exhibit':
      return data.exhibit?.text;
    case 'dates.lineChanged':
    case 'dates.overdueRepaid':
    case 'dates.lenderComplaint':
    case 'dates.firstContact':
      return data.dates[field.slice('dates.'.length)];
    default:
      return data[field];
  }
};

/** Whether every backing of `line` holds for this case (and, for `each` lines, this contact). */
export const isBacked = (line: Line, data: CleanInput, contact?: CleanContact): boolean => {
  if (line.each === 'contact' && !contact) return false;
  return line.backing.every((b) => {
    if ('answer' in b) return b.is.includes(data.answers[b.answer] ?? '');
    const value = fieldKnown(b.field, data, contact);
    return value !== undefined && (b.is === undefined || b.is.includes(value));
  });
};
