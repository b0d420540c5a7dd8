// detectStatus: what a page reader picks up that states nothing of the user's line
// (test/fixtures/phrases/dev-10.tsv, round 7): other people's lines, explanations,
// search boxes and glossaries; and the terse status lines beside them. When it is
// unclear whose or what the status is, detection says nothing.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

const nothing = { status: 'unknown', evidence: [] };

describe("detectStatus: a thread's poster and Taiwan's news wording are someone else", () => {
  it('楼主, 题主, 博主 own the line a reply talks about', () => {
    expect(detectStatus('樓主的白條被凍結那篇我看了，好可怕')).toEqual(nothing);
    expect(detectStatus('题主的借呗额度被降了，我的倒没事')).toEqual(nothing);
    expect(detectStatus('博主的花呗已关闭，视频里说是因为频繁借款')).toEqual(nothing);
    // The user's own line is still theirs.
    expect(detectStatus('我的白条被冻结了')).toMatchObject({ status: 'frozen', product: 'jd-baitiao' });
  });

  it('報導 (Taiwan and Hong Kong for 报道) reports the news', () => {
    expect(detectStatus('據報導，台灣用戶的支付寶花唄額度遭到調降')).toEqual(nothing);
    expect(detectStatus('報導指出，香港用戶的借唄額度已被關閉')).toEqual(nothing);
  });
});

describe("detectStatus: a search box's or an explanation's example", () => {
  it('e.g., for example, for instance: an example of a wording, in English as in Chinese (例如, 比如)', () => {
    expect(detectStatus('Search help, e.g. "credit line frozen"')).toEqual(nothing);
    expect(detectStatus('Ask a question, for example: Huabei limit reduced')).toEqual(nothing);
    expect(detectStatus('Describe your issue (for instance "my Jiebei was closed")')).toEqual(nothing);
    expect(detectStatus('Try searching "Jiebei closed" or "Baitiao frozen"')).toEqual(nothing);
    // A dotted abbreviation ends no sentence; a sentence's own full stop still does.
    expect(detectStatus('Sent from alipay.com at 9 a.m. Your Huabei has been closed.')).toMatchObject({
      status: 'closed',
      product: 'huabei',
    });
  });
});

describe('detectStatus: a glossary defines a status word, it states none', () => {
  it('名词解释, 术语表, Glossary head a list of terms; 降额：指… defines the term', () => {
    expect(detectStatus('名词解释｜降额：银行根据持卡人用卡情况下调信用额度的行为。')).toEqual(nothing);
    expect(detectStatus('術語表 / 止付：銀行暫停信用卡交易的措施')).toEqual(nothing);
    expect(detectStatus('Glossary · Credit line closed: the lender has ended the line.')).toEqual(nothing);
    expect(detectStatus('额度冻结：指平台暂时停止用户使用额度')).toEqual(nothing);
    // A notice to the user under such a heading is still the user's own.
    expect(detectStatus('名词解释 / 您的信用卡额度已下调')).toMatchObject({ status: 'reduced', product: 'bank-card' });
  });
});

describe('detectStatus: the last of two coordinated acts carries the aspect of the first', () => {
  it('已停止使用并销户, 已暂停交易并注销: the card was closed', () => {
    expect(detectStatus('【招商银行】您尾号6688的信用卡已停止使用并销户，详询95555')).toMatchObject({
      status: 'closed',
      product: 'bank-card',
    });
    expect(detectStatus('您的信用卡已被停止交易并作销卡处理')).toMatchObject({ status: 'closed', product: 'bank-card' });
    // Not a debit card's account, and not a closure still to come.
    expect(detectStatus('您的借记卡已停止使用并销户')).toEqual(nothing);
    expect(detectStatus('如您的信用卡已停止使用并销户，请联系客服')).toEqual(nothing);
  });
});

describe('detectStatus: an English label and its state (Baitiao: Locked, Card ending 4417: suspended)', () => {
  it("a product's or a masked card's label before a colon heads the state after it", () => {
    expect(detectStatus('Baitiao: Locked 🔒 / Unlock')).toMatchObject({ status: 'user_locked', product: 'jd-baitiao' });
    expect(detectStatus('Statements: On / Card ending 4417: suspended')).toMatchObject({ status: 'suspended', product: 'bank-card' });
    expect(detectStatus('Card ending in 0421: Frozen')).toMatchObject({ status: 'frozen', product: 'bank-card' });
    expect(detectStatus('Weilidai: paused')).toMatchObject({ status: 'suspended', product: 'weilidai' });
    // A participle qualifying a noun is no state.
    expect(detectStatus('Huabei: Closed accounts cannot be reopened')).toEqual(nothing);
    expect(detectStatus('Card ending 4417: suspended payments list')).toEqual(nothing);
  });
});

describe("detectStatus: a hold for the account's security is a security hold", () => {
  it('restricted for account security, paused for security purposes: security_risk', () => {
    expect(detectStatus('Jintiao is restricted for account security. Complete verification in the Security Center.')).toMatchObject({
      status: 'security_risk',
      product: 'jd-jintiao',
    });
    expect(detectStatus('Your Huabei has been paused for security purposes.')).toMatchObject({
      status: 'security_risk',
      product: 'huabei',
    });
    expect(detectStatus("Borrowing is limited to protect your account's security.")).toMatchObject({ status: 'security_risk' });
    // Advice on security is none.
    expect(detectStatus('Tips for account security: never share your code.')).toEqual(nothing);
  });
});

describe("detectStatus: 网商贷 where 借呗's entry was", () => {
  it('借呗入口已变更为网商贷, 改成网商贷: a change of the entry names the switch', () => {
    expect(detectStatus('借呗入口已变更为网商贷，经营用途借款请在此申请')).toMatchObject({
      status: 'merchant_switch',
      product: 'wangshangdai',
    });
    expect(detectStatus('我的借唄入口被改成網商貸了')).toMatchObject({ status: 'merchant_switch', product: 'wangshangdai' });
  });

  it('a 网商贷 card marked as the former 借呗 entry (原借呗入口, 原借呗用户专属)', () => {
    expect(detectStatus('网商贷 / 可借额度 ¥30,000 / 原借呗入口')).toMatchObject({ status: 'merchant_switch', product: 'wangshangdai' });
    expect(detectStatus('網商貸 · 商家經營貸 / 原借唄用戶專屬入口')).toMatchObject({ status: 'merchant_switch', product: 'wangshangdai' });
    // Without 网商贷 it names only where 借呗 was.
    expect(detectStatus('原借呗入口 / 查看借款记录')).toEqual(nothing);
  });
});

describe('detectStatus: an English brand split names the bank that lends', () => {
  it('"partner banks", "a bank" name none: an explanation of the page, not its statement', () => {
    expect(detectStatus('The Xinyongdai page shows loans funded by partner banks, separately from Jiebei.')).toEqual(nothing);
    expect(detectStatus('Credit Loan offers are provided by licensed banks and are not from Jiebei.')).toEqual(nothing);
    // A named bank, or the page speaking of itself, still makes it the page's own.
    expect(detectStatus('Loans shown here are provided by partner banks.')).toMatchObject({ status: 'brand_split' });
    expect(detectStatus('Credit Loan · Funded by China CITIC Bank · shown separately from Jiebei')).toMatchObject({
      status: 'brand_split',
    });
    expect(detectStatus('Xinyongdai / Loans on this page are provided by Bank of Nanjing, not by Jiebei.')).toMatchObject({
      status: 'brand_split',
    });
    expect(detectStatus('Alipay / Credit Loan / Lender: China CITIC Bank / Separate from Jiebei')).toMatchObject({ status: 'brand_split' });
  });
});

describe('detectStatus: an anti-fraud warning quotes what scammers say', () => {
  it('反诈, 防骗, 都是诈骗, scams, beware of texts claiming …: a quoted claim, not the line', () => {
    expect(detectStatus('【反诈提醒】凡是称"您的信用卡额度已冻结需要转账解冻"的都是诈骗')).toEqual(nothing);
    expect(detectStatus('防骗：花呗额度被冻结不会要求您缴纳解冻费')).toEqual(nothing);
    expect(detectStatus('Fraud warning: "Your Huabei has been frozen" messages asking for a fee are scams.')).toEqual(nothing);
    expect(detectStatus('Beware of texts claiming your credit line is closed.')).toEqual(nothing);
    // A bank's own notice of a suspected fraud on the card is the card's hold.
    expect(detectStatus('因涉嫌诈骗交易，您的信用卡已被冻结')).toMatchObject({ status: 'frozen', product: 'bank-card' });
  });
});

describe('detectStatus: a supposition states no state', () => {
  it('假设, 假使, suppose: a hypothetical, as 如果 and if', () => {
    expect(detectStatus('假设白条额度被降低，分期还能继续吗')).toEqual(nothing);
    expect(detectStatus('假使信用卡被停用，年费怎么算')).toEqual(nothing);
    expect(detectStatus('Suppose your Huabei is closed — your bills still need to be repaid.')).toEqual(nothing);
  });
});

describe('detectStatus: an offer, a perk or a reward beside the line is a thing of its own', () => {
  it('优惠, 免息, 福利, 特权, discount, rewards take the verb', () => {
    expect(detectStatus('金条优惠已取消')).toEqual(nothing);
    expect(detectStatus('花呗免息已关闭')).toEqual(nothing);
    expect(detectStatus('信用卡福利已取消')).toEqual(nothing);
    expect(detectStatus('白条特权已暂停')).toEqual(nothing);
    expect(detectStatus('Jiebei discount has been closed')).toEqual(nothing);
    expect(detectStatus('Your Huabei rewards are frozen')).toEqual(nothing);
    // The line itself still states its status.
    expect(detectStatus('花呗已关闭')).toMatchObject({ status: 'closed', product: 'huabei' });
  });
});

describe("detectStatus: a relative's or a stranger's line", () => {
  it('我小姨, 我侄子, 我对象, 我爱人, 有人: kin and others by any kinship word', () => {
    expect(detectStatus('我小姨的信用卡被冻结了')).toEqual(nothing);
    expect(detectStatus('我侄子的花呗被冻结了')).toEqual(nothing);
    expect(detectStatus('我表舅的借呗没了')).toEqual(nothing);
    expect(detectStatus('我对象的借呗被关了')).toEqual(nothing);
    expect(detectStatus('我爱人的信用卡被冻结了')).toEqual(nothing);
    expect(detectStatus('评论里有人借呗也被关了')).toEqual(nothing);
    expect(detectStatus('客户张先生的金条因逾期被冻结，经调解后已恢复。')).toEqual(nothing);
    expect(detectStatus('李女士的信用卡额度被降了一半')).toEqual(nothing);
    // The user's own line at a time or place is still theirs.
    expect(detectStatus('我现在的借呗被关了')).toMatchObject({ status: 'closed', product: 'jiebei' });
  });

  it("a thread's poster in English (OP's, the poster's)", () => {
    expect(detectStatus("OP's Baitiao was locked.")).toEqual(nothing);
    expect(detectStatus("The poster's Jiebei was closed, mine is fine.")).toEqual(nothing);
  });
});

describe('detectStatus: a negated quantifier over the line', () => {
  it('没有一张, 没有任何, none of, neither … nor: no line is in that state', () => {
    expect(detectStatus('没有一张信用卡被冻结')).toEqual(nothing);
    expect(detectStatus('名下没有任何额度被冻结')).toEqual(nothing);
    expect(detectStatus('None of your cards are frozen.')).toEqual(nothing);
    expect(detectStatus('None of your credit lines have been reduced.')).toEqual(nothing);
    expect(detectStatus('Neither your Huabei nor your Jiebei has been closed.')).toEqual(nothing);
    // A count of what is in that state still states it.
    expect(detectStatus('您有一张信用卡被冻结')).toMatchObject({ status: 'frozen', product: 'bank-card' });
  });
});

describe("detectStatus: a contract's powers are possibilities", () => {
  it('可暂停, 保留…的权利, can be closed: what may be done, not what was done', () => {
    expect(detectStatus('根据合同约定，平台可暂停您的借款服务')).toEqual(nothing);
    expect(detectStatus('本行保留降低信用额度的权利')).toEqual(nothing);
    expect(detectStatus('Under these terms, your credit line can be closed without notice.')).toEqual(nothing);
    // A state said with 可 as its ability is still a state.
    expect(detectStatus('花呗额度已恢复，可正常使用')).toMatchObject({ status: 'normal', product: 'huabei' });
  });
});

describe("detectStatus: an English term before its definition, and an article's title", () => {
  it('"Reduced limit: when …", "… refers to …", "Limit cut: 5 things to know"', () => {
    expect(detectStatus('Reduced limit: when the bank lowers your credit limit.')).toEqual(nothing);
    expect(detectStatus('Line frozen refers to a hold the lender puts on borrowing.')).toEqual(nothing);
    expect(detectStatus('Limit cut: 5 things to know')).toEqual(nothing);
    expect(detectStatus('Jiebei closed? A guide to what happens next')).toEqual(nothing);
    // A status line with a label of its own is still a status.
    expect(detectStatus('Limit reduced / New limit: ¥10,000')).toMatchObject({ status: 'reduced' });
  });
});

describe("detectStatus: an English card's badge, a line of its own under the product", () => {
  it('Closed, Suspended, Not available, Locked under the product, as Frozen and 已关闭', () => {
    expect(detectStatus('Jiebei / Closed')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('Huabei · Suspended')).toMatchObject({ status: 'suspended', product: 'huabei' });
    expect(detectStatus('Jintiao / Not available')).toMatchObject({ status: 'unavailable', product: 'jd-jintiao' });
    expect(detectStatus('Huabei: Restricted')).toMatchObject({ status: 'suspended', product: 'huabei' });
    expect(detectStatus('Jiebei unavailable')).toMatchObject({ status: 'unavailable', product: 'jiebei' });
    expect(detectStatus('Credit card / Card status: Blocked')).toMatchObject({ status: 'frozen', product: 'bank-card' });
    // Tabs, orders and table headers have no credit subject above them.
    expect(detectStatus('All / Active / Closed / Refunded')).toEqual(nothing);
    expect(detectStatus('Order #55102 · ¥128.00 · Closed')).toEqual(nothing);
    expect(detectStatus('Subscriptions / Music Plus / Cancelled')).toEqual(nothing);
    // A loan's own row closes when it is repaid: only the product's name right above heads a Closed badge.
    expect(detectStatus('Loan history / #2231 ¥5,000 / Closed')).toEqual(nothing);
  });
});

describe("detectStatus: Taiwan's words for a scam text", () => {
  it('詐騙簡訊, 詐騙集團: a scam quoted, as 诈骗短信', () => {
    expect(detectStatus('詐騙簡訊常寫「您的借唄已被關閉，請點擊連結」，千萬別點')).toEqual(nothing);
    expect(detectStatus('詐騙集團會傳「您的花唄額度已凍結」給你')).toEqual(nothing);
  });
});

describe("detectStatus: a toast after the user's own act", () => {
  it('关闭成功, 注销成功, successfully, you have closed: the user did it, no lender closed the line', () => {
    expect(detectStatus('关闭成功，花呗已关闭')).toEqual(nothing);
    expect(detectStatus('注销成功，您的白条已注销')).toEqual(nothing);
    expect(detectStatus('You have closed your Huabei.')).toEqual(nothing);
    expect(detectStatus('Card frozen successfully')).toEqual(nothing);
    // A lock the user set is said as theirs.
    expect(detectStatus('You froze your card in the app.')).toMatchObject({ status: 'user_locked', product: 'bank-card' });
    // The lender's act stays the lender's.
    expect(detectStatus('We have closed your Huabei.')).toMatchObject({ status: 'closed', product: 'huabei' });
  });
});

describe('detectStatus: an explanation says what a status word means', () => {
  it('所谓…就是, 一般来说, 通俗地讲, 比方说, …的意思是, 也叫: a generic explanation, not the user’s line', () => {
    expect(detectStatus('所谓降额，就是银行下调了您的信用额度')).toEqual(nothing);
    expect(detectStatus('额度冻结的意思是暂时不能借款')).toEqual(nothing);
    expect(detectStatus('通俗地讲，花呗被冻结就是暂时不能用')).toEqual(nothing);
    expect(detectStatus('比方说借呗被关了，之前借的照样要还')).toEqual(nothing);
    expect(detectStatus('一般来说，额度被降低是因为评分下降')).toEqual(nothing);
    expect(detectStatus('降额也叫额度调降，是常见的风控手段')).toEqual(nothing);
    expect(detectStatus('举个例子：您的额度从5万降到2万，这就是降额')).toEqual(nothing);
    // The user's own line, said plainly, is still theirs.
    expect(detectStatus('您的花呗额度已被冻结，暂时不能用')).toMatchObject({ status: 'frozen', product: 'huabei' });
  });
});

describe('detectStatus: a reminder names what repaying on time avoids', () => {
  it('以免, 以防, 免得, to avoid, so that … is not: a status avoided, not had', () => {
    expect(detectStatus('【美团】月付账单今日到期，请及时还款，以免额度被冻结。退订回T')).toEqual(nothing);
    expect(detectStatus('溫馨提醒：請及時還款，以防金條額度被凍結。')).toEqual(nothing);
    expect(detectStatus('请按时还款，免得借呗被关闭')).toEqual(nothing);
    expect(detectStatus('Please repay on time so that your Huabei is not frozen.')).toEqual(nothing);
    // A reminder beside a status already had still states it.
    expect(detectStatus('您的白条额度已冻结，请尽快还款')).toMatchObject({ status: 'frozen', product: 'jd-baitiao' });
  });
});

describe("detectStatus: the app's and the lender's other services", () => {
  it('a hotline, an app version, a referral programme, a rider account, a request take the verb', () => {
    expect(detectStatus('有钱花客服热线今日暂停服务，请使用在线客服。')).toEqual(nothing);
    expect(detectStatus('度小满钱包 App 已暂停该版本的更新，请前往应用商店下载新版。')).toEqual(nothing);
    expect(detectStatus('The Weilidai referral program has been paused. Rewards already earned will still be paid.')).toEqual(nothing);
    expect(detectStatus('Your Meituan rider account has been suspended for 3 days.')).toEqual(nothing);
    expect(detectStatus('Your card replacement request has been cancelled.')).toEqual(nothing);
    // A request's refusal is still a refusal.
    expect(detectStatus('Your request for a Huabei limit increase was declined.')).toMatchObject({ status: 'declined', product: 'huabei' });
  });

  it("the user's own withdrawal or cancellation (You've cancelled, You have withdrawn)", () => {
    expect(detectStatus("You've cancelled your credit limit increase request.")).toEqual(nothing);
    // What it leaves is the line as it was.
    expect(detectStatus('Your request to close your credit card has been cancelled. The card remains active.')).toMatchObject({
      status: 'normal',
      product: 'bank-card',
    });
    expect(detectStatus('You have withdrawn your Jintiao loan application.')).toEqual(nothing);
  });
});

describe('detectStatus: a block of related links lists topics', () => {
  it('相关问题, 延伸阅读, Topic:, Related:, See also head topics, not statements', () => {
    expect(detectStatus('延伸阅读 / 花呗额度被降低了')).toEqual(nothing);
    expect(detectStatus('Topic: Huabei frozen')).toEqual(nothing);
    expect(detectStatus('See also / Jiebei closed')).toEqual(nothing);
  });
});
