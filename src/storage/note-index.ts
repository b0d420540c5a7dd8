// A warm, in-memory search index over every timeline entry, for the options
// page's search (README.md#the-case-file: search across 10,000 notes; bench
// store.search_ms_10k). Reading 10,000 records from IndexedDB costs ~200 ms
// in Chromium, far more than matching them, so the page reads them once and
// searches memory until a write anywhere makes the index stale
// (commit.ts watchChanges). Locked notes are indexed only when unlocked.
import type { Note } from '../shared/case';
import type { ContactChannel } from '../shared/channels';
import { listCases } from './cases';
import type { Checked, CorruptRecord } from './checked';
import { watchChanges } from './commit';
import { listNotes } from './notes';
import type { ReopenDb } from './schema';

export interface NoteIndexFilters {
  lender?: string;
  channel?: ContactChannel;
  caseId?: string;
}

interface Entry {
  note: Note;
  haystack: string;
  lender: string | undefined;
}

export interface SearchResult extends Checked<Note> {
  /** Encrypted notes that could not be searched because no key was given. */
  lockedSkipped: number;
}

export interface NoteIndex {
  /**
   * Case-insensitive search of text, ref and appeal text, newest first. An
   * empty query matches every note that passes the filters. Encrypted notes are
   * searched only when the index was built with the key (counted in `lockedSkipped` otherwise).
   */
  search(query: string, filters?: NoteIndexFilters): SearchResult;
  readonly size: number;
}

/** Reads every case and note once (decrypting with `key` when given) and indexes them. */
export async function buildNoteIndex(db: ReopenDb, key?: CryptoKey | null): Promise<NoteIndex> {
  const [cases, notes] = await Promise.all([listCases(db), listNotes(db, undefined, { key: key ?? null })]);
  const lenderOf = new Map(cases.items.map((c) => [c.id, c.lender]));
  const entries: Entry[] = [];
  let locked = 0;
  for (const view of notes.items) {
    if (view.locked) {
      locked++;
      continue;
    }
    const { locked: _locked, ...note } = view;
    const haystack = [note.text, note.ref ?? '', note.appealText ?? ''].join('\u0000').toLowerCase();
    entries.push({ note, haystack, lender: lenderOf.get(note.caseId) });
  }
  // listNotes gives time order; searches answer newest first.
  entries.reverse();
  const corrupt: CorruptRecord[] = [...cases.corrupt, ...notes.corrupt];
  return {
    size: entries.length,
    search(query, filters = {}) {
      const needle = query.trim().toLowerCase();
      const items: Note[] = [];
      for (const e of entries) {
        if (filters.channel !== undefined && e.note.channel !== filters.channel) continue;
        if (filters.lender !== undefined && e.lender !== filters.lender) continue;
        if (filters.caseId !== undefined && e.note.caseId !== filters.caseId) continue;
        if (needle && !e.haystack.includes(needle)) continue;
        items.push(e.note);
      }
      return { items, corrupt, lockedSkipped: locked };
    },
  };
}

/**
 * Calls `onChange` whenever any context commits a write to the stores the
 * index depends on. Returns the unsubscribe function.
 */
export function watchNoteChanges(onChange: () => void): () => void {
  return watchChanges((change) => {
    if (change.stores.includes('notes') || change.stores.includes('cases')) onChange();
  });
}
