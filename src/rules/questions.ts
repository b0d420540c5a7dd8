// The questionnaire as data: at most 12 questions, each skippable. An answer
// lands in `facts.answers[question.id]`; the option `unsure` (and a skipped
// question) leaves the fact unknown, which never makes a cause likely and never
// breaks a rule (engine.ts, three-valued logic). Option texts are the user's own
// statements, so they read as evidence ("你回答：近 3 个月在 4 家以上机构申请过借款或信用卡"),
// and they name no product: a JD or bank user answers the same words.
// Which questions to ask follows docs/sources.md#causes (causes) and
// docs/sources.md#user-complaints (what users say: a line that came and went,
// a business short of money, a paid "credit repair" offer, a repaid overdue).
import type { Bilingual, CaseDateKey } from './types';
import { UNSURE } from './types';

export { UNSURE };

export type QuestionOption = {
  value: string;
  /** Shown as the answer and, after "你回答：", as evidence. */
  text: Bilingual;
  /** Ask for this date too when the option is chosen. */
  dateFact?: CaseDateKey;
};

export type Question = {
  id: string;
  text: Bilingual;
  /** Short label used in "what would change" lines. */
  short: Bilingual;
  options: readonly QuestionOption[];
  /** Asked only after this answer to another question (e.g. whether an overdue is repaid). */
  after?: { id: string; values: readonly string[] };
};

const unsure: QuestionOption = { value: UNSURE, text: { zh: '不确定', en: 'Not sure' } };
const option = (value: string, zh: string, en: string, dateFact?: CaseDateKey): QuestionOption => ({
  value,
  text: { zh, en },
  ...(dateFact ? { dateFact } : {}),
});

export const defineQuestion = (q: Question) => q;

export const QUESTIONS: readonly Question[] = [
  defineQuestion({
    id: 'q_overdue',
    text: { zh: '最近一年有没有逾期还款？', en: 'Have you repaid anything late in the past year?' },
    short: { zh: '是否逾期', en: 'late repayment' },
    options: [
      option('none', '最近一年没有逾期还款', 'I have not repaid anything late in the past year'),
      option('this_product', '这个产品本身逾期过', 'This product itself was repaid late'),
      // docs/sources.md#causes: an overdue on a sister product (花呗, 备用金) can affect 借呗 (same group)
      option(
        'same_group',
        '同一平台的其他产品逾期过（同一个 App 里的另一种借款或分期）',
        'Another product of the same platform was late (another loan or instalment plan in the same app)',
      ),
      option('other', '其他机构或银行的借款逾期过', 'A loan with another lender or bank was late'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_overdue_now',
    text: { zh: '逾期的钱现在还清了吗？', en: 'Is the late amount repaid now?' },
    short: { zh: '逾期是否已还清', en: 'whether the late amount is repaid' },
    after: { id: 'q_overdue', values: ['this_product', 'same_group', 'other'] },
    options: [
      option('repaid', '逾期的钱已经全部还清', 'The late amount is fully repaid', 'overdueRepaid'),
      option('outstanding', '还有没还清的逾期', 'Some of the late amount is still unpaid'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_applications',
    text: {
      zh: '近 3 个月在几家机构申请过借款或信用卡？',
      en: 'With how many lenders did you apply (loans or cards) in the last 3 months?',
    },
    short: { zh: '近期申请借款的机构数', en: 'recent applications' },
    options: [
      option('none', '近 3 个月没有申请过借款或信用卡', 'No loan or card applications in the last 3 months'),
      option('few', '近 3 个月在 1–3 家机构申请过借款或信用卡', 'Applied with 1–3 lenders in the last 3 months'),
      option('many', '近 3 个月在 4 家以上机构申请过借款或信用卡', 'Applied with 4 or more lenders in the last 3 months'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_account_change',
    text: { zh: '最近有没有这些变化？', en: 'Did any of these change recently?' },
    short: { zh: '身份证、手机或设备的变化', en: 'ID, phone or device changes' },
    options: [
      option('id_expired', '身份证过期了，或实名信息没有更新', 'My ID card expired, or my real-name details are out of date'),
      option(
        'phone_device',
        '最近换过手机号、手机，或在新设备上登录过',
        'I recently changed phone number or phone, or logged in on a new device',
      ),
      option('none', '身份证、手机号和设备最近都没有变化', 'None of these changed recently'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_fund_use',
    text: { zh: '借来的钱主要用在哪里？', en: 'What did the borrowed money mainly go to?' },
    short: { zh: '借款用途', en: 'use of funds' },
    options: [
      option('consumption', '借款主要用于日常消费', 'The borrowed money mainly went to everyday spending'),
      option('business', '借款主要用于经营周转', 'The borrowed money mainly went to my business'),
      option('house_stock', '借款用于买房、炒股或其他投资', 'The borrowed money went to property, stocks or other investment'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_usage',
    text: { zh: '你平时怎么使用这个额度？', en: 'How do you usually use this line?' },
    short: { zh: '使用方式', en: 'how the line is used' },
    options: [
      option('regular', '正常使用并按期还款', 'Normal use, repaid on schedule'),
      option('rarely', '很少用或从没用过这个额度', 'I rarely or never used this line'),
      option('large_frequent', '经常在短期内大额借款或提现', 'I often borrow or withdraw large sums for short periods'),
      option('cash_out', '曾用刷单、虚构交易等方式把额度变现', 'I turned the line into cash through fake or self-made purchases'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_line_history',
    text: { zh: '这条额度之前是什么情况？', en: 'What happened to this line before?' },
    short: { zh: '额度以前的情况', en: 'the line’s history' },
    options: [
      option('steady', '这条额度一直正常，这次是第一次出问题', 'The line was always fine; this is the first problem'),
      option(
        'came_and_went',
        '这条额度时有时无，一阵子开一阵子关',
        'The line came and went: open for a while, then closed, then open again',
      ),
      option('self_locked', '是我自己在设置里锁定或关闭的', 'I locked or closed it myself in the settings'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_business',
    text: { zh: '你经营生意吗（个体户、网店、小微企业）？', en: 'Do you run a business (sole trader, online shop, small firm)?' },
    short: { zh: '是否经营生意', en: 'business owner' },
    options: [
      option('shop', '我在线上平台开店或用收款码收款', 'I run an online shop or take payments with a payment code'),
      option('owner', '我经营个体户或小微企业', 'I run a sole proprietorship or a small firm'),
      option('no', '我不经营生意', 'I do not run a business'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_cash_need',
    text: { zh: '多久之内需要用到这笔钱？', en: 'How soon do you need the money?' },
    short: { zh: '用钱的时间', en: 'when you need the money' },
    options: [
      option('within_2_weeks', '两周之内就需要用到这笔钱', 'I need the money within two weeks'),
      option('within_3_months', '三个月之内需要用到这笔钱', 'I need the money within three months'),
      option('not_urgent', '暂时不急着用钱', 'I do not need the money soon'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_report',
    text: { zh: '查过自己的征信报告吗？', en: 'Have you checked your PBOC credit report?' },
    short: { zh: '征信报告', en: 'credit report' },
    options: [
      option('errors', '征信报告里有错误或不认识的记录', 'My credit report has errors or records I do not recognise'),
      option('clean', '查过征信报告，没发现问题', 'I checked my credit report and found no problem'),
      option('not_checked', '还没查过征信报告', 'I have not checked my credit report'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_contacted',
    text: { zh: '联系过这家机构吗？', en: 'Have you contacted the lender?' },
    short: { zh: '是否联系过这家机构', en: 'contact with the lender' },
    options: [
      option('complained', '已经向这家机构正式投诉', 'I filed a formal complaint with the lender', 'lenderComplaint'),
      option('asked', '问过客服，但没有正式投诉', 'I asked customer service but did not complain formally', 'firstContact'),
      option('no', '还没联系过这家机构', 'I have not contacted the lender'),
      unsure,
    ],
  }),
  defineQuestion({
    id: 'q_paid_offer',
    text: {
      zh: '有没有人找你，说可以收费帮你“修复征信”“代理投诉”或“恢复额度”？',
      en: 'Has anyone offered, for a fee, to "repair your credit", "complain for you" or "restore your line"?',
    },
    short: { zh: '收费“修复”的提议', en: 'a paid "repair" offer' },
    options: [
      option(
        'yes',
        '有人收费要帮我“修复征信”、代理投诉或恢复额度',
        'Someone offered, for a fee, to repair my credit, complain for me or restore my line',
      ),
      option('no', '没有人这样找过我', 'Nobody has offered that'),
      unsure,
    ],
  }),
];

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** Whether a question applies given the answers so far (a follow-up only after its trigger). */
export const applies = (q: Question, answers: Readonly<Record<string, string | undefined>>): boolean =>
  !q.after || q.after.values.includes(answers[q.after.id] ?? '');
