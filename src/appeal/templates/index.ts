// The template registry: one import per file in this folder, in APPEAL_CHANNELS
// order. templates/index.test.ts fails if a file is missing here, an id differs
// from its filename, or a channel has no template.
import type { AppealTemplate } from '../define';
import type { AppealChannel } from '../../shared/channels';
import chat from './chat';
import creditObjection from './credit-objection';
import heimao from './heimao';
import letter from './letter';
import piplExplanation from './pipl-explanation';
import regulator from './regulator';

export const TEMPLATES: readonly AppealTemplate[] = [chat, letter, regulator, creditObjection, piplExplanation, heimao];

export const templateFor = (channel: AppealChannel): AppealTemplate => {
  const t = TEMPLATES.find((x) => x.id === channel);
  if (!t) throw new Error(`no appeal template for channel ${channel}`);
  return t;
};
