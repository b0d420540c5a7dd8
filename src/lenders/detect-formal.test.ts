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

describe('detectStatus: settings, transactions and a quoted status named as a topic', () => {
  it('what the user switched off (您已关闭…) and an automatic feature (自动续借) are settings', () => {
    expect(statusOf('微粒贷：您已关闭"还款日提醒"，之后将不再收到还款提醒短信。')).toBe('unknown');
    expect(statusOf('借呗 · 自动续借已关闭')).toBe('unknown');
  });
  it('本笔交易 is a transaction', () => {
    expect(statusOf('本筆交易已取消，款項將於3至7個工作天退回您的信用卡帳戶。')).toBe('unknown');
  });
  it('a quoted status before a trailer is a topic ("暂无额度"的常见原因)', () => {
    expect(statusOf('微粒贷显示"暂无额度"的常见原因有：微信实名信息不完整、近期借贷查询过多等。')).toBe('unknown');
  });
  it("the user's own status stays one", () => {
    expect(statusOf('您的额度已关闭，自动续借已暂停')).toBe('closed');
    expect(statusOf('微粒贷显示"暂无额度"，我都没逾期过')).toBe('closed');
  });
});

describe('detectStatus: a status scheduled from a date, told to the user', () => {
  it('自…起 / Effective … / from …: a decision notified, not a possibility', () => {
    expect(statusOf('尊敬的客户：自2026年12月15日起，您的授信额度将暂停使用，暂停期间不可新增借款。')).toBe('suspended');
    expect(statusOf('Notice: Effective 15 January 2027, the use of your card ending 7710 will be suspended pending review.')).toBe(
      'suspended',
    );
    expect(statusOf('Your Duxiaoman account will be suspended from 1 January 2027 until you update your ID card.')).toBe('suspended');
    expect(detectStatus('额度调整通知：自2027年1月1日起，您的信用额度将调整为¥15,000（当前为¥40,000）。')).toMatchObject({
      status: 'reduced',
      limitBefore: 40000,
      limitAfter: 15000,
    });
  });
  it('without a date, to no one, or under a condition it stays a possibility', () => {
    expect(statusOf('您的授信额度将暂停使用')).toBe('unknown');
    expect(statusOf('Your card will be suspended.')).toBe('unknown');
    expect(statusOf('公告：自2027年1月1日起，部分用户的借呗将停止服务')).toBe('unknown');
    expect(statusOf('如您逾期未还，自2027年1月1日起，您的额度将被冻结')).toBe('unknown');
    expect(statusOf('If you miss a payment, your card will be suspended from 1 January 2027.')).toBe('unknown');
  });
});

describe('detectStatus: a recovery, what it ends, and when it happened', () => {
  it('an unfreezing ends the hold, not a cut said after it', () => {
    expect(statusOf('先前凍結的帳戶解凍了，但額度從5萬變成1萬，等於被降了八成。')).toBe('reduced');
    expect(statusOf('额度已解冻，可以正常使用')).toBe('normal');
    expect(statusOf('额度已恢复，原来被降的也回来了')).toBe('normal');
  });
  it('a recovery that happened after repaying is a fact (还清之后…已经恢复了, 调整后今天又恢复成)', () => {
    expect(statusOf('上個月微粒貸被凍結，還清之後今天再看已經恢復了，可以正常借款。')).toBe('normal');
    expect(statusOf('額度調整後今天又恢復成原本的5萬，終於可以正常用了。')).toBe('normal');
    expect(statusOf('还清后可恢复使用')).toBe('unknown');
  });
  it('a hold that once was (曾于11月暂停使用) is a past episode', () => {
    expect(statusOf('尊敬的客户：您的授信额度曾于11月暂停使用，经重新评估现已恢复，您可正常发起借款。')).toBe('normal');
    expect(statusOf('您的授信额度曾于11月暂停使用')).toBe('unknown');
  });
  it('an assessment said as the means (经重新评估) is no subject of its own; an application is', () => {
    expect(statusOf('您的额度经重新评估现已恢复')).toBe('normal');
    expect(statusOf('您的借款申请已取消')).toBe('unknown');
  });
});

describe("detectStatus: the lender's act by contract or by law, and a lock set by risk control", () => {
  it('依约 / 依法 between 已 and the verb, and 有权机关 is an authority, not a power', () => {
    expect(detectStatus('【广发银行】您尾号2231信用卡账户已逾期62天，我行已依约冻结该账户，请尽快归还欠款。')).toMatchObject({
      status: 'frozen',
      product: 'bank-card',
    });
    expect(statusOf('您名下信用卡账户（尾号5521）因涉及有权机关协助执行事项，已被依法冻结。')).toBe('frozen');
    expect(statusOf('本行有权冻结您的信用卡账户')).toBe('unknown');
  });
  it('a lock set by risk control is a hold its security check explains, not a lock the user set', () => {
    expect(statusOf('您好，您的信用卡因疑似盗刷已被风控锁定，需要您本人携带身份证到网点核实身份后才能解除。')).toBe('security_risk');
    expect(statusOf('我的白条被系统锁定了')).toBe('frozen');
    expect(statusOf('白条已锁定')).toBe('user_locked');
  });
});

describe('detectStatus: English notices', () => {
  it('a labelled pair "Previous limit / Current limit" is a move of the line', () => {
    expect(detectStatus('Credit limit adjusted / Previous limit ¥8,0OO / Current limit ¥2,000 / Got it')).toMatchObject({
      status: 'reduced',
      limitBefore: 8000,
      limitAfter: 2000,
    });
  });
  it('"after three missed payments" is the reason, not a time clause; Home Credit is a lender\'s product', () => {
    expect(detectStatus('Dear customer, your revolving account with Home Credit is frozen after three missed payments.')).toMatchObject({
      status: 'frozen',
      product: 'other',
    });
    expect(statusOf('What happens after your card is frozen?')).toBe('unknown');
    expect(statusOf('Repayments made after the line is closed are not refunded.')).toBe('unknown');
  });
});

describe('detectStatus: how customer service and loan pages word a hold and the lender', () => {
  it("暂停状态, a pause of the line's use (额度使用权限), and a loan service refused (暂无法为您提供贷款服务)", () => {
    expect(statusOf('您好，这边查到您360借条的额度目前是暂停状态，系统会定期重新评估。')).toBe('suspended');
    expect(statusOf('因您的账户近期存在多头借贷风险，我司已暂停您的额度使用权限，暂停期限为90天。')).toBe('suspended');
    expect(detectStatus('网商贷：当前暂无法为您提供贷款服务')).toMatchObject({ status: 'unavailable', product: 'wangshangdai' });
  });
  it('出借方 names the bank that lends on a 信用贷 page', () => {
    expect(statusOf('信用贷 / 出借方：上海银行股份有限公司 / 年化利率（单利）7.2%起')).toBe('brand_split');
  });
  it('a permission of something else is still that thing', () => {
    expect(statusOf('已暂停您的免密支付权限')).toBe('unknown');
  });
});

describe("detectStatus: a notice's title names its kind, its body states the status", () => {
  it('停卡通知：… 暂停该卡的消费及取现功能，暂停期限30天 is a pause', () => {
    expect(statusOf('停卡通知：因您的信用卡账户近期存在异常用卡行为，我行自即日起暂停该卡的消费及取现功能，暂停期限30天。')).toBe(
      'suspended',
    );
  });
  it('a title alone still states its kind', () => {
    expect(statusOf('信用卡停卡通知：您尾号1234的信用卡已停卡')).toBe('closed');
  });
});

describe('detectStatus: a day a status takes effect on, and 网商贷 to apply for instead', () => {
  it('将于2026年12月10日关闭, told to the user, is scheduled', () => {
    expect(statusOf('【交通银行】您尾号3301的信用卡额度将于2026年12月10日关闭，请结清全部欠款。')).toBe('closed');
    expect(statusOf('部分用户的借呗额度将于2026年12月10日关闭')).toBe('unknown');
  });
  it('"you can apply for a MYbank loan (Wangshangdai) instead"', () => {
    expect(
      statusOf('Jiebei is no longer shown for your account. As a business owner, you can apply for a MYbank loan (Wangshangdai) instead.'),
    ).toBe('merchant_switch');
  });
});
