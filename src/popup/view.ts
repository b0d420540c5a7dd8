// The contract between the popup's shell (App.tsx) and its views: what each
// view gets, and the shapes they hand back. Its own file so the views depend
// on this contract, not on the shell that renders them.
import type { Lang } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { DiagnosisView } from '../shared/diagnosis';
import type { Case, CasePatch } from '../shared/case';
import type { AppealChannel } from '../shared/channels';
import type { Bilingual } from '../shared/bilingual';

export type AppealView = ResponseOf<'ext/appeal'>['appeal'];

/** What the views ask for when they start a case; the shell adds the id. */
export type CaseStart = Omit<RequestOf<'ext/case-start'>, 'caseId'>;

/** The appeal draft outlives a switch of view tabs; it is refetched only on request. */
export type AppealDraft = {
  caseId: string;
  channel: AppealChannel;
  appeal: AppealView;
  texts: Record<string, string>;
  /** Where to send it, from the worker (product-specific for chat; src/appeal/channels.ts). */
  hint?: Bilingual;
};

/** What every view gets from the shell. */
export type ViewProps = {
  lang: Lang;
  tabId: number | undefined;
  theCase: Case | null;
  diagnosis: DiagnosisView | null;
  /** Saves a patch to the current case and refreshes the diagnosis; false (with the error shown) when it failed. */
  update: (patch: CasePatch) => Promise<boolean>;
  goto: (view: View) => void;
  fail: (message: string) => void;
};

export const VIEWS = ['tab', 'diagnosis', 'questions', 'checklist', 'appeal', 'deadlines'] as const;
export type View = (typeof VIEWS)[number];
