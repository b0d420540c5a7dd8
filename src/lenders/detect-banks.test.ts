// detectStatus on banks' card notices, the smaller lenders and the phone channel (the dev-9
// corpus, docs/architecture.md#corpora): SMS from 【银行】, IVR prompts and hotline transcripts,
// 微粒贷, 美团, 度小满, 360借条 and 金条 in their users' words.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe("detectStatus: a bank's review is how the card was stopped, not what was stopped", () => {
  it('因…评估 / 经我行审核 between the card and its state', () => {
    expect(detectStatus('您尾号6621的信用卡因综合风险评估已止付并停用。')).toMatchObject({ status: 'closed', product: 'bank-card' });
    expect(detectStatus('您尾号1234的信用卡经我行审核已作销卡处理。')).toMatchObject({ status: 'closed', product: 'bank-card' });
    expect(detectStatus('【中信银行】您尾号4419的信用卡经我行审核已办理销卡。')).toMatchObject({ status: 'closed', product: 'bank-card' });
  });
  it('an application is still a thing of its own', () => {
    expect(statusOf('您的信用卡申请已取消')).toBe('unknown');
    expect(statusOf('信用卡分期申请因资料不全已关闭')).toBe('unknown');
  });
});

describe("detectStatus: a card held to check the user's own transactions is a security hold", () => {
  it('存在盗刷风险, 为核实…交易, 为保障阁下户口安全 explain the freeze or the pause', () => {
    expect(statusOf('系统检测到您的信用卡存在盗刷风险，已暂停线上交易，请拨打卡背面电话。')).toBe('security_risk');
    expect(statusOf('为核实您近期的一笔境外交易，您的卡片已被临时冻结，请按1确认。')).toBe('security_risk');
    expect(statusOf('為保障閣下戶口安全，我們已暫時凍結閣下的信用卡。')).toBe('security_risk');
  });
  it('asking the user to call and check a transaction after a stop is no check of its own', () => {
    expect(statusOf('您尾号0088的信用卡已被临时止付，请尽快通过官方客服核实交易。')).toBe('suspended');
  });
  it('advice to lower a risk of theft is none', () => {
    expect(statusOf('为降低账户被盗风险，建议您开启登录保护并定期修改密码。')).toBe('unknown');
  });
});

describe('detectStatus: a threat or a claim on the phone states no state', () => {
  it('要被冻结 is a future', () => {
    expect(statusOf('客服说我的信用卡要被冻结了')).toBe('unknown');
    expect(statusOf('你的额度要被降了')).toBe('unknown');
  });
  it("a caller who claims to be the bank (自称) reports a scammer's claim", () => {
    expect(statusOf('接到自称银行的电话说信用卡已被冻结，让我转账到安全账户')).toBe('unknown');
  });
  it('the state said now stays one', () => {
    expect(statusOf('客服说我的信用卡已经被冻结了')).toBe('frozen');
  });
});

describe('detectStatus: the smaller lenders as their users and English screens name them', () => {
  it('微粒 is 微粒贷', () => {
    expect(detectStatus('我的微粒今天打开就是“额度暂停使用”')).toMatchObject({ status: 'suspended', product: 'weilidai' });
  });
  it('Naqu Hua, spaced as the English screen prints it', () => {
    expect(detectStatus('Ctrip Naqu Hua is temporarily suspended for your account.')).toMatchObject({
      status: 'suspended',
      product: 'other',
    });
  });
});

describe("detectStatus: a complaint's rhetorical question states what it protests", () => {
  it('什么操作, 什么鬼, 凭什么', () => {
    expect(detectStatus('360借条额度从5万降到5千是什么操作？')).toMatchObject({ status: 'reduced', product: 'jietiao360' });
    expect(statusOf('花呗被关了，什么鬼')).toBe('closed');
    expect(statusOf('凭什么把我信用卡额度降了？')).toBe('reduced');
  });
  it('a question about the status still asks', () => {
    expect(statusOf('借呗被关了是什么原因？')).toBe('unknown');
    expect(statusOf('额度被冻结了是什么情况？')).toBe('unknown');
    expect(statusOf('凭什么说我的借呗被关了？')).toBe('unknown');
  });
});

describe("detectStatus: 信用贷's entry naming its bank is the brand split", () => {
  it('信用贷（华夏银行） over its amount', () => {
    expect(detectStatus('信用贷（华夏银行）可用额度 12,000 元')).toMatchObject({ status: 'brand_split', product: 'xinyongdai' });
  });
  it("a card's contract signed by its bank is no split", () => {
    expect(statusOf('信用卡领用合约由招商银行与您签订')).toBe('unknown');
  });
});

describe("detectStatus: a card's time or channel lock switched on is a setting of the card", () => {
  // Two corpus writers read 夜间交易锁已开启 differently (a lock the user set, a card setting): say nothing.
  it('夜间交易锁已开启 states no state of the line', () => {
    expect(statusOf('信用卡夜间交易锁已开启，每日 0:00-6:00 的交易将被拒绝。')).toBe('unknown');
    expect(statusOf('信用卡如何开启交易锁？')).toBe('unknown');
  });
});

describe('detectStatus: 网商贷 offered where 借呗 was, in more of the ways it is told', () => {
  it("借呗's entry shows 网商贷 (推荐的是网商贷); its former users sent to 网商贷", () => {
    expect(detectStatus('借呗入口不见了，点进去推荐的是网商贷')).toMatchObject({ status: 'merchant_switch', product: 'wangshangdai' });
    expect(statusOf('原借呗用户可在网商贷查看额度，您当前网商贷可用额度 8万元。')).toBe('merchant_switch');
  });
  it('the page now offers MYbank loans instead', () => {
    expect(statusOf('Jiebei is no longer shown; the page now offers MYbank Wangshangdai business loans instead.')).toBe('merchant_switch');
  });
  it('both shown, or a cross-sell, is no switch', () => {
    expect(statusOf('借呗和网商贷都显示正常')).not.toBe('merchant_switch');
    expect(statusOf('借呗页面推荐您试试网商贷')).toBe('unknown');
  });
});

describe('detectStatus: an IVR or a call script around the status', () => {
  it('"the number on the back to verify" is no recovery: only back to normal or an amount is', () => {
    expect(statusOf('Your card ending 1234 is frozen. Call the number on the back to verify recent transactions.')).toBe('frozen');
    expect(statusOf('Limit back to ¥5,000 after your review')).toBe('normal');
    expect(statusOf('Your Baitiao is back to normal.')).toBe('normal');
  });
});

describe("detectStatus: a bank's 停止使用 and a 放心使用", () => {
  it('已被我行停止使用 is a closure; a replaced card (原卡) is a thing of its own', () => {
    expect(detectStatus('【建设银行】尊敬的客户，您尾号5566的信用卡已被我行停止使用。')).toMatchObject({
      status: 'closed',
      product: 'bank-card',
    });
    expect(statusOf('您的原卡已停止使用，新卡已寄出')).toBe('unknown');
    expect(statusOf('您的信用卡未停止使用')).toBe('unknown');
  });
  it('未被冻结，可以放心使用 is usable', () => {
    expect(statusOf('您的信用卡未被冻结，可以放心使用。')).toBe('normal');
  });
});

describe('detectStatus: a transaction held on the card is a thing of its own', () => {
  it('信用卡交易已冻结，金额100.00元 holds one transaction', () => {
    expect(statusOf('【招商银行】您尾号1234的信用卡交易已冻结，金额100.00元，请注意。')).toBe('unknown');
  });
  it("a risky transaction's hold is still the card's", () => {
    expect(statusOf('您的信用卡因存在风险交易已被冻结')).toBe('frozen');
  });
});

describe("detectStatus: a hold's stated check, on the phone and in English", () => {
  it('blocked for your protection; 因异常交易; 说要核实身份', () => {
    expect(statusOf('Hi, this is a call from your bank. Your card has been blocked for your protection. Press 1.')).toBe('security_risk');
    expect(statusOf('您的信用卡因异常交易已被冻结')).toBe('security_risk');
    expect(statusOf('我的信用卡被锁卡了，打电话说要核实身份')).toBe('security_risk');
  });
});

describe('detectStatus: a cleft tells how the cut was done', () => {
  it('额度是系统自动降的', () => {
    expect(statusOf('打了客服电话，说额度是系统自动降的，没办法人工调整')).toBe('reduced');
  });
  it('a cleft of something else is none', () => {
    expect(statusOf('利率是系统自动降的')).toBe('unknown');
  });
});

describe('detectStatus: what the user must do for a recovery is no recovery', () => {
  it('解冻请联系客服 after the freeze; 解冻申请 pending', () => {
    expect(statusOf('您的金条额度已被临时冻结，解冻请联系客服。')).toBe('frozen');
    expect(statusOf('您的额度解冻申请已提交')).toBe('unknown');
    expect(statusOf('短信验证码：123456，您正在办理信用卡解冻业务，请勿泄露。')).toBe('unknown');
  });
  it('a recovery said as done stays one', () => {
    expect(statusOf('您的额度已恢复请查收')).toBe('normal');
    expect(statusOf('您的信用卡已恢复正常使用')).toBe('normal');
  });
});

describe('detectStatus: a card declined refused a payment, not an application', () => {
  it('Your card was declined at the merchant / Your card ending 1234 has been declined', () => {
    expect(statusOf('Your card was declined at the merchant. Please try another payment method.')).toBe('unknown');
    expect(statusOf('Your card ending 1234 has been declined.')).toBe('unknown');
  });
  it('an application declined stays a refusal', () => {
    expect(statusOf('Your credit card application was declined.')).toBe('declined');
    expect(statusOf('I applied for a card and got rejected')).toBe('declined');
  });
});

describe('detectStatus: an account locked after failed sign-ins is a security hold', () => {
  it('too many failed login attempts; 密码错误次数过多', () => {
    expect(statusOf('Your Meituan account has been locked after too many failed login attempts.')).toBe('security_risk');
    expect(statusOf('您的账户因密码错误次数过多已被锁定')).toBe('security_risk');
  });
});

describe("detectStatus: more of the users' own words", () => {
  it('Cantonese 俾銀行停咗; 我自己把金条锁了', () => {
    expect(statusOf('我嘅信用卡俾銀行停咗，打去問又唔講原因')).toBe('closed');
    expect(statusOf('我自己把金条锁了')).toBe('user_locked');
  });
});

describe("detectStatus: an IVR reads the card's status out as 状态为：… / status is: …", () => {
  it('当前状态为：冻结; Your card status is: blocked', () => {
    expect(detectStatus('IVR：查询结果，您的信用卡当前状态为：冻结。返回上级菜单请按星号键。')).toMatchObject({
      status: 'frozen',
      product: 'bank-card',
    });
    expect(statusOf('IVR: Your card status is: blocked. To speak with an agent, press 0.')).toBe('frozen');
    expect(statusOf('您的额度状态为：暂停')).toBe('suspended');
  });
  it("an order's status read so is the order's", () => {
    expect(statusOf('您的订单状态为：已关闭')).toBe('unknown');
    expect(statusOf('Order status is: closed')).toBe('unknown');
  });
});

describe("detectStatus: a bank's English email", () => {
  it("cancelled as requested is the user's act", () => {
    expect(statusOf('Your credit card has been cancelled as requested.')).toBe('unknown');
    expect(statusOf('Your credit card account has been closed due to inactivity.')).toBe('closed');
  });
  it('the lender as the agent of a recovery; can continue to use', () => {
    expect(statusOf("We've restored your card. You can now use it as usual.")).toBe('normal');
    expect(statusOf('Your account is not frozen. You can continue to use your card.')).toBe('normal');
  });
  it('a recovery or a use offered on a condition is none', () => {
    expect(statusOf('We can restore your card once you pay.')).toBe('unknown');
    expect(statusOf('If you pay, you can continue to use your card.')).toBe('unknown');
  });
});

describe('detectStatus: a card named by its bank or network in English; a limit increase refused', () => {
  it('Your Citi card has been suspended', () => {
    expect(detectStatus('Your Citi card has been suspended. Reason: payment 60 days past due.')).toMatchObject({
      status: 'suspended',
      product: 'bank-card',
    });
  });
  it('a debit card is still no credit subject', () => {
    expect(statusOf('Your debit card is frozen')).toBe('unknown');
  });
  it("We're unable to increase your credit limit", () => {
    expect(statusOf("We're unable to increase your credit limit at this time.")).toBe('declined');
  });
});

describe("detectStatus: a card's hold in English, and a card that won't swipe", () => {
  it('placed a temporary hold on your card; on hold pending verification; unusual charges', () => {
    expect(statusOf('We have placed a temporary hold on your card.')).toBe('suspended');
    expect(statusOf('Your card is on hold pending verification.')).toBe('security_risk');
    expect(statusOf('We put a hold on your card after noticing unusual charges.')).toBe('security_risk');
  });
  it('信用卡刷不了 cannot be used', () => {
    expect(statusOf('信用卡被风控了，刷不了')).toBe('unavailable');
    expect(statusOf('信用卡刷不了，怎么回事')).toBe('unknown');
  });
});

describe("detectStatus: 挂失止付 is the user's report of a lost card", () => {
  it('请立即致电挂失止付', () => {
    expect(statusOf('如卡片丢失，请立即致电挂失止付。')).toBe('unknown');
    expect(statusOf('您的信用卡已被止付')).toBe('closed');
  });
});

describe("detectStatus: an agent's reply to the user who asked, in a chat or a call", () => {
  it('客户：…？客服：您的…; Customer: …? Agent: your card …', () => {
    expect(statusOf('客户：我的金条怎么用不了了？客服：您好，您的金条因逾期已被冻结，还清后可申请解冻。')).toBe('frozen');
    expect(statusOf("Customer: Why was my card frozen? Agent: I'm sorry, your card was frozen because of a missed payment.")).toBe(
      'frozen',
    );
    expect(statusOf("Agent: I've unblocked your card; you can use it now.")).toBe('normal');
  });
  it("an FAQ's answer, or an agent's advice, is still none", () => {
    expect(statusOf('问：额度被冻结了怎么办？答：您的额度被冻结后需要还清逾期')).toBe('unknown');
    expect(statusOf('常见问题：信用卡为什么会被降额？客服：您的额度会根据用卡情况调整')).toBe('unknown');
  });
});
