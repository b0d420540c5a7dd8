// detectStatus on formal and operational text (the dev-8 corpus, docs/architecture.md#corpora):
// contract clauses, regulators' and courts' texts, notices with a date a status takes effect
// from, bills and loan records.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe("detectStatus: a contract's, a regulator's or a court's text states no one's line", () => {
  it("a contract's powers (得视, 随时) and its parties (甲方, 乙方)", () => {
    expect(statusOf('本行得视持卡人之信用状况及用卡情形，随时调整信用额度或暂停卡片之使用。')).toBe('unknown');
    expect(statusOf('甲方账户处于冻结状态期间，乙方不得发起新的借款申请。')).toBe('unknown');
  });
  it("a regulator's statement and a judgment's summary", () => {
    expect(statusOf('金管會表示，銀行調降信用卡額度前應事先通知持卡人，並說明調整原因。')).toBe('unknown');
    expect(statusOf('民事判决书摘要：原告某消费金融公司诉称，被告逾期后其账户已被冻结。')).toBe('unknown');
  });
  it("a status state's own trailer after 状态 (冻结状态期间) is a time, not a state", () => {
    expect(statusOf('额度处于冻结状态期间，还款义务不受影响')).toBe('unknown');
    expect(statusOf('您的额度目前处于冻结状态')).toBe('frozen');
  });
});
