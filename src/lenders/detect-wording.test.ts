// detectStatus on the wording people and systems actually produce (the dev-4 corpus,
// docs/architecture.md#corpora): a user retelling their own status, a notice's dates,
// a cause and its effect in one clause, a past episode, a staff note about a customer.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe('detectStatus: a cause and what it explains', () => {
  it('a cause explains the first status after it; a later one in the clause is its effect', () => {
    expect(statusOf('您尾号2207的信用卡因存在风险交易已被我行止付并停用')).toBe('closed');
    expect(statusOf('【中国银行】您尾号2317的信用卡因存在风险已被暂停使用')).toBe('suspended');
  });
  it('an account-security check explains a hold, said as a cause or beside it', () => {
    expect(statusOf('【农业银行】您尾号1288的信用卡因疑似盗刷已临时锁卡，请致电95599核实本人交易')).toBe('security_risk');
    expect(statusOf('Your credit card ending 7788 has been temporarily blocked for security reasons.')).toBe('security_risk');
  });
  it('"until you verify" states what the hold waits on, not a condition', () => {
    expect(statusOf('Unusual sign-in detected. Your Huabei has been restricted until you verify your identity.')).toBe('security_risk');
    expect(statusOf('Borrowing is on hold until you complete face verification.')).toBe('security_risk');
    expect(statusOf('Security alert: your Huabei is locked until you complete face verification.')).toBe('security_risk');
  });
});

describe('detectStatus: conditions, questions and headings in the wording of help pages', () => {
  it('如 + a verb and an inverted "Should we …" are conditions', () => {
    expect(statusOf('如检测到异常登录，系统会临时限制借款功能')).toBe('unknown');
    expect(statusOf('Should we detect unusual activity, Baitiao may be temporarily locked.')).toBe('unknown');
    expect(statusOf('如发现异常交易，我行将临时冻结您的卡片')).toBe('unknown');
  });
  it('"which one" asks', () => {
    expect(statusOf('京东白条和美团月付哪个降额更狠')).toBe('unknown');
    expect(statusOf('有錢花同360借條邊個易啲被拒？')).toBe('unknown');
  });
  it('a status naming a rule, a comparison or a policy is a heading', () => {
    expect(statusOf('微粒贷、借呗、金条的额度冻结规则对比')).toBe('unknown');
  });
});

describe('detectStatus: what is said about statuses in general, claimed or believed', () => {
  it('a generic statement (一般, 通常, usually) and a status qualifying a noun', () => {
    expect(statusOf('亲，额度被关闭一般是系统综合评估的结果哦，建议保持良好信用')).toBe('unknown');
    expect(statusOf('客服：借呗额度冻结通常是因为逾期，还清后系统会重新评估')).toBe('unknown');
    expect(statusOf('已冻结的额度将在还款后自动恢复')).toBe('unknown');
    expect(statusOf('借呗被关闭的10个原因')).toBe('unknown');
    expect(statusOf('如您的额度已被冻结，请先结清逾期款项')).toBe('unknown');
    expect(statusOf('我的借呗额度处于已冻结的状态')).toBe('frozen');
  });
  it("a scammer's claim and a mistaken belief are not the user's status", () => {
    expect(statusOf('【温馨提示】近期有不法分子冒充客服，谎称您的借呗已被冻结，请勿轻信')).toBe('unknown');
    expect(statusOf('Scam alert: fraudsters may claim your Jiebei has been frozen. Do not transfer money.')).toBe('unknown');
    expect(statusOf('我还以为白条被冻结了，原来是我自己没开通')).toBe('unknown');
    expect(statusOf('I thought my Huabei was frozen but it was just a network error.')).toBe('unknown');
    expect(statusOf('以为只是系统问题，结果借呗真的被关闭了')).toBe('closed');
  });
  it('"不是降额" negates, and a temporary limit expiring is not the line', () => {
    expect(statusOf('这不是降额，是临时额度到期了')).toBe('unknown');
    expect(statusOf('借呗临时额度已失效')).toBe('unknown');
  });
});

describe('detectStatus: whose line, and which thing', () => {
  it("a staff note about a customer and a company's response in the news are not the user's line", () => {
    expect(statusOf('工单备注：客户反映其白条额度被冻结，已转交专员处理')).toBe('unknown');
    expect(statusOf('京東金融回應：白條降額系正常風控調整')).toBe('unknown');
    expect(statusOf('网友：我的借呗被关了（来源：微博）')).toBe('unknown');
  });
  it("the user's own line beside someone else's, in its own clause", () => {
    expect(detectStatus('朋友的借呗被关了，我的也被关了')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('我老婆的花呗好好的，我的花呗却被冻结了')).toMatchObject({ status: 'frozen', product: 'huabei' });
    expect(statusOf('我朋友的借呗被关了')).toBe('unknown');
  });
  it('a past episode (关过, back in 2022) states no current status', () => {
    expect(statusOf('去年花呗被关闭过一次，后来也没再申请')).toBe('unknown');
    expect(statusOf('Back in 2022 my Jiebei was closed for a few months.')).toBe('unknown');
  });
  it("a closure the user asked for is the user's act, not the lender's; a lock the user set stays one", () => {
    expect(statusOf('根据您的申请，您尾号2210的信用卡已销户')).toBe('unknown');
    expect(statusOf('我主动注销了信用卡')).toBe('unknown');
    expect(statusOf('I closed my Huabei myself last week.')).toBe('unknown');
    expect(statusOf('您已成功锁定白条，解锁前无法使用白条支付')).toBe('user_locked');
    expect(statusOf('您已成功还款，但额度仍处于冻结状态')).toBe('frozen');
    expect(statusOf('【广发银行】您的信用卡因长期未使用已被我行销户')).toBe('closed');
  });
  it('a switch the user can turn back on is a setting, not the line', () => {
    expect(statusOf('白条支付已关闭，您可以在设置中重新开启')).toBe('unknown');
    expect(statusOf('花呗付款已暂停，可随时在“我的-设置”里重新打开')).toBe('unknown');
    expect(statusOf('Huabei payments are turned off. You can turn it back on in Settings.')).toBe('unknown');
    // Applying again after the lender's closure is no switch of the user's (a wait: cooling_off); nor is a freeze the user cannot lift.
    expect(statusOf('您的借呗额度已关闭，可在30天后重新申请')).toBe('cooling_off');
    expect(statusOf('白条额度已冻结，无法在设置中自行解除')).toBe('frozen');
  });
  it('a savings account, a store and an instalment plan are not the line', () => {
    expect(statusOf('Your MYbank savings account has been frozen pending verification.')).toBe('unknown');
    expect(statusOf('Merchant account suspended: your store on Meituan has been paused.')).toBe('unknown');
    expect(statusOf('您已取消白条分期，该订单将按一次性付款处理')).toBe('unknown');
    expect(statusOf('Your Huabei instalment plan has been cancelled.')).toBe('unknown');
    expect(statusOf('白条闪付已停用')).toBe('unknown');
    expect(statusOf('Your Huabei auto-debit has been suspended.')).toBe('unknown');
    expect(statusOf('借呗提前还款已取消')).toBe('unknown');
    expect(statusOf("Your card's contactless function has been frozen.")).toBe('unknown');
    expect(statusOf('您的美团月付支付权限已关闭（仅限外卖）')).toBe('unknown');
    expect(statusOf('亲，支付宝账户被限制登录了，和花呗没关系的哦')).toBe('unknown');
  });
});

describe('detectStatus: how users and notices word a status', () => {
  it('a closure in the words of the user (给我关了, 畀佢閂咗, 入口没了)', () => {
    expect(detectStatus('花呗给我关了！按时还款三年，说关就关')).toMatchObject({ status: 'closed', product: 'huabei' });
    expect(detectStatus('我嘅借唄畀佢閂咗，之前一直準時還款')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(detectStatus('微粒贷入口直接没了，问客服就说是系统综合评估的结果')).toMatchObject({ status: 'closed', product: 'weilidai' });
    expect(detectStatus('信用卡俾銀行封咗')).toMatchObject({ status: 'closed', product: 'bank-card' });
    expect(detectStatus('借唄今日突然冇咗額度')).toMatchObject({ status: 'closed', product: 'jiebei' });
    expect(statusOf('我媽媽嘅借唄畀人閂咗')).toBe('unknown');
  });
  it('the lender as the agent of an English closure or freeze, and a freeze not yet lifted', () => {
    expect(detectStatus('They shut down my Huabei out of nowhere.')).toMatchObject({ status: 'closed', product: 'huabei' });
    expect(detectStatus("JD froze my Baitiao even though I've never been late.")).toMatchObject({
      status: 'frozen',
      product: 'jd-baitiao',
    });
    expect(detectStatus('借呗冻结还没解除，客服说要等重新评估')).toMatchObject({ status: 'frozen', product: 'jiebei' });
    expect(detectStatus('You no longer have access to Weilidai.')).toMatchObject({ status: 'closed', product: 'weilidai' });
  });
  it('a notice with a full date or an effective-from date', () => {
    expect(statusOf('我司已于2026年11月20日关闭您的借款额度，已借款项仍按合同约定还款。')).toBe('closed');
    expect(detectStatus('您的京东白条账户自即日起冻结，冻结期间不得新增消费。')).toMatchObject({ status: 'frozen', product: 'jd-baitiao' });
  });
  it('a limit moved in the words users write (调到, 跌到, 调成…之前是)', () => {
    expect(detectStatus('360借条额度从3.5万调到了8000')).toMatchObject({ status: 'reduced', limitBefore: 35000, limitAfter: 8000 });
    expect(detectStatus('白條額度由一萬跌到三千')).toMatchObject({ status: 'reduced', limitBefore: 10000, limitAfter: 3000 });
    expect(detectStatus('美团借钱额度调成了2000，之前是两万')).toMatchObject({ status: 'reduced', limitBefore: 20000, limitAfter: 2000 });
    // A lone 一 is a word (一半), not the line before.
    expect(detectStatus('我的借呗额度被砍了一半，从两万变成一万')).toMatchObject({
      status: 'reduced',
      limitBefore: 20000,
      limitAfter: 10000,
    });
    expect(detectStatus('New credit limit: ¥3,000 (previously ¥15,000)')).toMatchObject({
      status: 'reduced',
      limitBefore: 15000,
      limitAfter: 3000,
    });
  });
  it('an English usable state said as "can be used normally"', () => {
    expect(statusOf('Your credit line can be used normally.')).toBe('normal');
  });
  it('limits the way people and notices write them, and no amount where it cannot be read whole', () => {
    expect(detectStatus('招行信用卡被降额，从5万降到1万5，连个短信都没有')).toMatchObject({ limitBefore: 50000, limitAfter: 15000 });
    expect(detectStatus('额度从一万五降到三千五')).toMatchObject({ limitBefore: 15000, limitAfter: 3500 });
    expect(detectStatus('当前额度 ￥3,OOO.OO / 原额度 ￥20,000.00 / 额度已调整')).toMatchObject({ limitBefore: 20000, limitAfter: 3000 });
    expect(detectStatus('【工商银行】您尾号9910信用卡额度调整为￥2,000.00，原额度￥12,000.00。')).toMatchObject({
      limitBefore: 12000,
      limitAfter: 2000,
    });
    expect(detectStatus('網商貸額度降低了一半，原本10萬變5萬')).toMatchObject({ limitBefore: 100000, limitAfter: 50000 });
    expect(detectStatus('Your credit limit has been lowered to ¥6,000, down from ¥15,000.')).toMatchObject({
      limitBefore: 15000,
      limitAfter: 6000,
    });
    expect(detectStatus('Your credit limit has been lowered from ¥15,000 to ¥4,000 after our periodic review.')).toMatchObject({
      limitAfter: 4000,
    });
    const unread = detectStatus('额度从3万5000降到2万');
    expect(unread.status).toBe('reduced');
    expect(unread.limitBefore).toBeUndefined();
  });
  it('an English decline said in the passive or as a result label', () => {
    expect(detectStatus('Your application for a Weilidai loan could not be approved.')).toMatchObject({
      status: 'declined',
      product: 'weilidai',
    });
    expect(statusOf('Application result: Not approved')).toBe('declined');
  });
  it('a Cantonese wait (等六個月先可以再申請) and a service not provided', () => {
    expect(detectStatus('借唄話我要等六個月先可以再申請')).toMatchObject({ status: 'cooling_off', months: 6 });
    expect(detectStatus('You can reapply for Weilidai after 6 months.')).toMatchObject({
      status: 'cooling_off',
      months: 6,
      product: 'weilidai',
    });
    expect(detectStatus('有钱花暂时无法提供借款服务')).toMatchObject({ status: 'unavailable', product: 'duxiaoman' });
  });
  it('网商贷 offered where 借呗 was, said over two clauses', () => {
    expect(statusOf('开了个体户执照以后借呗就没了，现在支付宝里只剩网商贷可以借')).toBe('merchant_switch');
    expect(statusOf('您已升级为网商贷用户，原借呗服务由网商银行承接')).toBe('merchant_switch');
    expect(statusOf('Jiebei is no longer available for your account. MYbank Business Loan is offered in its place.')).toBe(
      'merchant_switch',
    );
  });
  it('a bank that lends (放款) on the 信用贷 page, and products by their short or English names', () => {
    expect(statusOf('支付宝里多了一个“信用贷”，点进去写着由上海银行放款')).toBe('brand_split');
    expect(detectStatus('This Xinyongdai service is provided by Bank of Ningbo.')).toMatchObject({
      status: 'brand_split',
      product: 'xinyongdai',
    });
    expect(detectStatus('jb额度没了，点进去显示暂无额度')).toMatchObject({ product: 'jiebei' });
    expect(detectStatus('hb被冻结了，钱早还清了')).toMatchObject({ status: 'frozen', product: 'huabei' });
    expect(detectStatus('Douyin Pay Later has been closed for your account.')).toMatchObject({ status: 'closed', product: 'other' });
    expect(detectStatus('【360数科】您的借条账户存在风险，请完成人脸验证')).toMatchObject({
      status: 'security_risk',
      product: 'jietiao360',
    });
  });

  it("enumerated statuses name kinds and state none; a reminder title heads a switch; 网商贷 offered in 借呗's place", () => {
    expect(detectStatus('花呗额度冻结、关闭或暂停的用户无法参与本活动。').status).toBe('unknown');
    expect(detectStatus('借呗额度变动提醒\n额度提升、降低、冻结、关闭时通知我\n已关闭\n花呗还款提醒').status).toBe('unknown');
    expect(detectStatus('您的花呗已冻结、无法使用').status).toBe('frozen');
    expect(detectStatus('你的借呗暂不可用，已为你匹配网商银行“网商贷”，适用于小微经营者').status).toBe('merchant_switch');
    expect(detectStatus('由於您已登記為經營者，借唄入口已更換為網商貸（經營貸款）').status).toBe('merchant_switch');
  });
});
