// The templates' own minimal request wording, used when the rule engine chose
// no request clauses (README.md#appeal-text: "if clauses is empty, templates still produce a
// sensible request paragraph"). docs/sources.md#wording-rules: ask for the reason, for human
// review, for correction of wrong data, and for a written reply in time; phrase
// legal hooks as requests, never as accusations (docs/sources.md#pipl note).
import type { Bilingual, Source } from './types';
import { SOURCE } from '../rules/kb/sources';

export type SourcedText = { text: Bilingual; sources: Source[] };

/** Addressed to the lender ("贵司" / "you"). */
export const LENDER_REQUESTS: readonly SourcedText[] = [
  {
    text: {
      zh: '根据《个人信息保护法》第二十四条第三款，我请求贵司就该决定予以说明，告知具体原因。',
      en: 'Under Article 24(3) of the Personal Information Protection Law (PIPL), I ask you to explain this decision and tell me the specific reason for it.',
    },
    sources: [SOURCE['pipl-24']],
  },
  {
    text: {
      zh: '请安排工作人员对该决定进行人工复核，而不是仅通过自动化决策方式作出。',
      en: 'Please have the decision reviewed by a member of staff, rather than made solely by automated means.',
    },
    sources: [SOURCE['pipl-24']],
  },
  {
    text: {
      zh: '如该决定所依据的个人信息有误或不完整，请根据《个人信息保护法》第四十六条予以更正、补充，并告知我更正结果。',
      en: 'If any personal information the decision relied on is inaccurate or incomplete, please correct or complete it under PIPL Article 46 and tell me the result.',
    },
    sources: [SOURCE['pipl-46']],
  },
];

/** Addressed to a regulator about the lender ("该机构" / "the lender"). */
export const REGULATOR_REQUESTS: readonly SourcedText[] = [
  {
    text: {
      zh: '请该机构就该决定向我说明具体原因（《个人信息保护法》第二十四条第三款）。',
      en: 'that the lender explain the specific reason for this decision to me (PIPL Art. 24(3));',
    },
    sources: [SOURCE['pipl-24']],
  },
  {
    text: {
      zh: '请该机构安排人工复核，而不是仅通过自动化决策方式作出该决定（《个人信息保护法》第二十四条第三款）。',
      en: 'that the decision be reviewed by a member of staff, not made solely by automated means (PIPL Art. 24(3));',
    },
    sources: [SOURCE['pipl-24']],
  },
  {
    text: {
      zh: '如所依据的个人信息有误或不完整，请该机构予以更正（《个人信息保护法》第四十六条）。',
      en: 'that any inaccurate or incomplete personal information it relied on be corrected (PIPL Art. 46);',
    },
    sources: [SOURCE['pipl-46']],
  },
  {
    text: {
      zh: '请该机构在规定期限内书面答复我。',
      en: 'that the lender reply to me in writing within the applicable time limit.',
    },
    sources: [SOURCE['cbirc-complaints-2020']],
  },
];
