// A refusal the user reads: the router answers with its text in the UI
// language (src/background/router.ts messageOf), and the page side shows it.
import type { Bilingual } from '../shared/bilingual';

export class Refusal extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'Refusal';
  }
}
