// detectStatus on the families a writer found by probing the detector as a black box (the dev-11 corpus,
// docs/architecture.md#corpora): a card's feature switched off, a request cancelled, a warning "以免…被冻结",
// another thing on the app paused, a hold said ended (止付已解除), English negations and security holds,
// colloquial cuts, other people's lines in news.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe('detectStatus: a warning of what to avoid states nothing', () => {
  it('以免 / 以防 / 免得 give a purpose, not the line', () => {
    expect(statusOf('【美团】月付账单今日到期，请及时还款，以免额度被冻结。退订回T')).toBe('unknown');
    expect(statusOf('溫馨提醒：請及時還款，以防金條額度被凍結。')).toBe('unknown');
    expect(statusOf('以防信用卡被降额，建议每月刷卡并按时全额还款。')).toBe('unknown');
    expect(statusOf('记得按时还，免得借呗被关闭。')).toBe('unknown');
  });
  it('a status beside the warning is still read', () => {
    expect(statusOf('您的白条额度已冻结，请尽快还款以免影响征信。')).toBe('frozen');
  });
});

describe("detectStatus: one of a card's features switched off or locked is that feature's state", () => {
  it('a channel of use (cash advance, overseas, online, magnetic stripe) takes the verb', () => {
    expect(statusOf('您的信用卡 ATM 預借現金功能已暫停，如需恢復請撥打客服熱線。')).toBe('unknown');
    expect(statusOf('您已成功锁定信用卡的取现功能，消费功能不受影响。')).toBe('unknown');
    expect(statusOf('Overseas transactions are now disabled on your credit card. You can turn them back on anytime in Settings.')).toBe(
      'unknown',
    );
    expect(statusOf('Card controls: magnetic stripe transactions are now blocked for card ending 2290.')).toBe('unknown');
  });
  it('"locked from / for" a feature names what is locked', () => {
    expect(statusOf('Your card has been locked from online purchases as requested. In-store payments still work.')).toBe('unknown');
    expect(statusOf('You have locked your card for international transactions. Domestic purchases remain available.')).toBe('unknown');
  });
  it('the card itself still is', () => {
    expect(statusOf('Your credit card ending 4431 has been blocked.')).toBe('frozen');
    expect(statusOf('您尾号6621的信用卡已暂停使用。')).toBe('suspended');
    // A feature's own limit is a line: the cash-advance limit closed.
    expect(statusOf('温馨提示：您信用卡的预借现金额度已关闭，消费功能不受影响。')).toBe('closed');
  });
});

describe('detectStatus: a request cancelled or withdrawn is the request, not the line', () => {
  it('an English request or application is the subject of its cancellation', () => {
    expect(statusOf("You've cancelled your credit limit increase request.")).toBe('unknown');
    expect(statusOf('Your card replacement request has been cancelled.')).toBe('unknown');
    expect(statusOf('You have withdrawn your Jintiao loan application.')).toBe('unknown');
  });
  it('a closure request cancelled leaves the card usable', () => {
    expect(statusOf('您的信用卡注销申请已取消，卡片继续有效。')).toBe('normal');
    expect(statusOf('Your request to close your credit card has been cancelled. The card remains active.')).toBe('normal');
  });
  it('the line cancelled still is closed', () => {
    expect(statusOf('Your Jintiao credit line has been cancelled.')).toBe('closed');
  });
});

describe('detectStatus: a hold said ended (止付已解除) is a recovery, its hold word no fault', () => {
  it('the hold named as the subject of its ending', () => {
    expect(statusOf('止付已解除，卡片可正常交易。')).toBe('normal');
    expect(statusOf('信用卡止付已解除，現可正常刷卡。')).toBe('normal');
    expect(statusOf('您的信用卡止付已解除。')).toBe('normal');
  });
  it("a lock switched off (白条锁已关闭) is the lock's end", () => {
    expect(statusOf('白条锁已关闭，白条可正常使用。')).toBe('normal');
  });
  it('a hold still on is still read', () => {
    expect(statusOf('您的信用卡已止付。')).toBe('closed');
    expect(statusOf('您已开启白条锁')).toBe('user_locked');
  });
});

describe('detectStatus: another thing on a lender app paused is that thing', () => {
  it("an app's version, a hotline, a referral program, a rider's account", () => {
    expect(statusOf('度小满钱包 App 已暂停该版本的更新，请前往应用商店下载新版。')).toBe('unknown');
    expect(statusOf('有钱花客服热线今日暂停服务，请使用在线客服。')).toBe('unknown');
    expect(statusOf('The Weilidai referral program has been paused. Rewards already earned will still be paid.')).toBe('unknown');
    expect(statusOf('Your Meituan rider account has been suspended for 3 days.')).toBe('unknown');
  });
  it('the product itself paused still is', () => {
    expect(statusOf('您的有钱花已暂停服务。')).toBe('suspended');
    expect(statusOf('Your Weilidai has been paused.')).toBe('suspended');
  });
});

describe("detectStatus: a named customer's line in a report is someone else's", () => {
  it('客户张先生的金条 is his', () => {
    expect(statusOf('客户张先生的金条因逾期被冻结，经调解后已恢复。')).toBe('unknown');
    expect(statusOf('李女士的信用卡被降额至3000元。')).toBe('unknown');
  });
});

describe('detectStatus: a hold that waits on the user proving who they are is a security hold', () => {
  it('held "until you verify / confirm it was you"', () => {
    expect(statusOf('Unusual sign-in activity detected. Your account is on hold until you verify your identity.')).toBe('security_risk');
    expect(statusOf('We noticed a login from a new device. Borrowing is restricted until you confirm it was you.')).toBe('security_risk');
    expect(statusOf('Security check required: we detected an unusual login. Jiebei is unavailable until you verify.')).toBe(
      'security_risk',
    );
  });
  it('held, then asked to verify', () => {
    expect(statusOf('For your security, your account has been restricted. Please verify your identity to continue.')).toBe('security_risk');
  });
  it('an unusual login detected on the account (zh-Hant 登入)', () => {
    expect(statusOf('偵測到異常登入，為保障您的帳戶安全，請完成身分驗證。')).toBe('security_risk');
  });
  it('a sign-in prompt with no hold and no detection states nothing', () => {
    expect(statusOf('To change your password, please verify your identity to continue.')).toBe('unknown');
    expect(statusOf('Borrowing is paused until you confirm your repayment plan.')).toBe('suspended');
    expect(statusOf('为保障您的账户安全，请勿向他人透露验证码。')).toBe('unknown');
  });
});

describe('detectStatus: a cut said the way people say it', () => {
  it('缩到 / 少了一大半 / slashed / halved', () => {
    expect(detectStatus('我的美团月付额度从1500缩到了500。')).toMatchObject({ status: 'reduced', limitBefore: 1500, limitAfter: 500 });
    expect(statusOf('我的借唄額度少了一大半。')).toBe('reduced');
    expect(statusOf('My Huabei limit got slashed to ¥1,000.')).toBe('reduced');
    expect(statusOf('My credit card limit was halved last week.')).toBe('reduced');
  });
  it("a product's name is no amount: 360借条 cut to 2,000 is a cut, not a rise from 360", () => {
    expect(detectStatus('360借條額度被降到 2,000 元。')).toMatchObject({ status: 'reduced', product: 'jietiao360' });
  });
});

describe('detectStatus: an assessment that refuses, with the product between', () => {
  it('经系统综合评估，您的微粒贷暂不能为您提供借款服务', () => {
    expect(
      detectStatus('亲，您好～很理解您的心情。经系统综合评估，您的微粒贷暂不能为您提供借款服务，建议您保持良好的信用习惯。'),
    ).toMatchObject({
      status: 'declined',
      product: 'weilidai',
    });
  });
  it('the refusal without an assessment is the service out of reach', () => {
    expect(statusOf('您的微粒贷暂不能为您提供借款服务。')).toBe('unavailable');
  });
});

describe('detectStatus: a lock the user set, named by the product', () => {
  it("You've locked Baitiao", () => {
    expect(detectStatus("You've locked Baitiao. Unlock it in Settings > Account Security to pay with Baitiao.")).toMatchObject({
      status: 'user_locked',
      product: 'jd-baitiao',
    });
  });
});

describe('detectStatus: an English fault negated, then the line said usable', () => {
  it('a dash parts the negated fault from the usable state', () => {
    expect(detectStatus("I can confirm your Huabei hasn't been frozen — you can use it as usual.")).toMatchObject({
      status: 'normal',
      product: 'huabei',
    });
  });
  it('a question after the dash still asks', () => {
    expect(statusOf('My Jiebei was frozen — what can I do?')).toBe('unknown');
  });
  it('"it" in the next sentence is the card the sentence before names', () => {
    expect(detectStatus('Your card has not been blocked. You can continue using it.')).toMatchObject({
      status: 'normal',
      product: 'bank-card',
    });
    expect(detectStatus("Your card is not blocked. It's working normally.")).toMatchObject({ status: 'normal', product: 'bank-card' });
  });
  it('"it" after a thing of its own is that thing', () => {
    expect(statusOf('Your order has been shipped. You can continue using it.')).toBe('unknown');
  });
});

describe('detectStatus: 某某银行 is a masked name, not an unnamed other', () => {
  it("the user's page naming its lender 某某银行 is the brand split", () => {
    expect(statusOf('借呗页面变成了信用贷，上面写着放款机构是某某银行，这是怎么回事？')).toBe('brand_split');
  });
  it('某银行 in a report is still news of another', () => {
    expect(statusOf('某银行信用卡中心近日对部分客户的额度进行了下调。')).toBe('unknown');
  });
});
