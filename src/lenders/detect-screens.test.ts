// detectStatus on whole screens as a content script reads them (visible lines joined
// by " / "): status cards, limit screens, menus, buttons, switches, help lists,
// complaint lists and breadcrumbs (test/fixtures/phrases/dev-5.tsv).
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: a button or a switch offers an action, it states no status', () => {
  it.each([
    '信用卡 / 卡片挂失 / 临时冻结 / 解除冻结 / 修改交易密码 / 注销信用卡',
    '锁定白条 / 锁定后将无法使用白条支付，可随时解锁 / 确认锁定 / 取消',
    '信用卡 / 卡片管理 / 掛失 / 臨時凍結 / 解除凍結 / 停用卡片',
    '账户安全 / 白条锁定 未开启 / 支付密码 已设置 / 实名认证 已认证',
    '帳戶安全 / 白條鎖定 未開啟 / 登入密碼 修改 / 裝置管理',
  ])('%s', (text) => {
    expect(detectStatus(text)).toEqual(nothing);
  });
  it('the state shown beside its undo button is the status', () => {
    expect(detectStatus('白条 / 白条状态 已锁定 / 锁定方式：本人在“设置-账户安全”中开启 / 解除锁定')).toMatchObject({
      status: 'user_locked',
      product: 'jd-baitiao',
    });
    expect(detectStatus('花呗 / 当前状态：已冻结 / 解除冻结')).toMatchObject({ status: 'frozen' });
  });
  it('a status line that is no button still counts', () => {
    expect(detectStatus('花呗 / 暂停使用 / 查看原因')).toMatchObject({ status: 'suspended', product: 'huabei' });
    expect(detectStatus('账户安全 / 白条锁定 已开启 / 登录密码 修改')).toMatchObject({ status: 'user_locked' });
  });
});

describe('detectStatus: an amount ends at its line', () => {
  it('the available amount is read even when a non-credit line follows it', () => {
    expect(detectStatus('京东金融 / 我的资产 / 白条 可用额度 ¥4,300.00 / 小金库 ¥128.00 / 基金 去看看')).toMatchObject({
      status: 'normal',
      product: 'jd-baitiao',
    });
    expect(detectStatus('我的信用卡 / 白金卡 尾号1024 正常 / 可用额度 ¥18,400.00 / 账单分期')).toMatchObject({ status: 'normal' });
  });
});

describe('detectStatus: lists, topics and navigation name statuses without stating one', () => {
  it.each([
    // Search results, help-centre topics and lists of other people's complaints.
    '热门搜索：白条被冻结 / 金条额度降低 / 如何解除锁定 / 账单分期',
    '黑猫投诉 搜索“借呗关闭” / 共1,284条结果 / 借呗突然被关闭 2026-11-02 / 借呗额度冻结不给解释 2026-10-28 / 借呗降额严重 2026-10-21',
    '黑猫投诉 / 最新投诉 / [微粒贷] 额度被冻结 已回复 / [白条] 被降额 处理中 / [花呗] 无故暂停 已完成',
    '度小满 帮助中心 / 额度失效 / 借款被拒 / 还款方式 / 更多问题',
    '黑貓投訴 搜尋「花唄凍結」 / 共532筆 / 花唄突然被凍結 / 花唄凍結後無法解除 / 花唄降額',
    'Complaints / Search: "Huabei frozen" / 412 results / Huabei frozen for no reason · 2 days ago / Huabei limit cut · 1 week ago',
    // A topic's title: 说明, 与解付, 是指.
    '花呗 / 账单 / 额度 / 服务暂停说明 / 花呗设置',
    '首页 / 客户服务 / 信用卡 / 止付与解付 / 止付后多久可以恢复？',
    '常见问题 / 白条锁定与解锁 / 白条注销流程',
    '百科 / 额度冻结 / 额度冻结是指金融机构暂停用户使用授信额度的措施',
    // Breadcrumbs, and a question inside the phrase ("由哪些银行提供").
    'Home › Cards › Credit line closed › Next steps',
    '首页 > 信用卡 > 额度冻结 > 解冻',
    '支付宝帮助 / 信用贷是什么？ / 信用贷由哪些银行提供',
  ])('%s', (text) => {
    expect(detectStatus(text)).toEqual(nothing);
  });
  it("the user's own complaint form and notification list still state the status", () => {
    expect(detectStatus('黑猫投诉 / 投诉对象：蚂蚁借呗 / 投诉问题：借呗额度被无故关闭 / 投诉要求：恢复额度')).toMatchObject({
      status: 'closed',
      product: 'jiebei',
    });
    expect(detectStatus('消息中心 / 11-28 花呗账单已出 / 11-20 您的借呗额度已关闭，已借款项仍按原计划还款')).toMatchObject({
      status: 'closed',
      product: 'jiebei',
    });
  });
});

describe('detectStatus: limit screens print their label and value every way', () => {
  it.each([
    ['借呗 / 可借额度(元) 45,000.00 / 日利率 0.03% / 去借钱', 'jiebei'],
    ['美团月付 / 本月已用 ¥320.50 / 剩余可用 ¥1,679.50 / 每月8日出账', 'meituan'],
    ['微粒贷 / 额度 ¥30,000 / 可借 ¥30,000 / 借钱 / 还款', 'weilidai'],
    ['借钱 / 金条 最高可借20万 / 白条 可用 ¥2,000 / 京东小金库', 'jd-baitiao'],
  ])('an available amount is a usable line: %s', (text, product) => {
    expect(detectStatus(text)).toMatchObject({ status: 'normal', product });
  });
  it.each([
    ['花呗 / 总额度 ¥12,000 / 原额度 ¥30,000 / 额度说明', 30000, 12000],
    ['花唄 / 總額度 ¥4,000 / 原額度 ¥9,000 / 額度說明', 9000, 4000],
    ['有钱花 / 额度 ¥30,000 ▸ ¥10,000 / 调整原因：综合评估', 30000, 10000],
    ['借呗 / 额度：1万↓ / 原额度 5万 / 近期额度有调整', 50000, 10000],
    ['Credit limit: CNY 3,000 (was 10,000) / Updated Nov 20, 2026 / Learn more', 10000, 3000],
  ])('a pair of limits is a cut: %s', (text, limitBefore, limitAfter) => {
    expect(detectStatus(text)).toMatchObject({ status: 'reduced', limitBefore, limitAfter });
  });
  it('a down arrow or 已降 marks a cut without its amounts', () => {
    expect(detectStatus('微粒贷 / 总额度 1.2万 / 较上月 ↓2.8万 / 额度说明')).toMatchObject({ status: 'reduced', product: 'weilidai' });
    expect(detectStatus('花呗 / 额度 3000（已降） / 去提额')).toMatchObject({ status: 'reduced', product: 'huabei' });
  });
  it('a rise, marketing and a coupon are no cut and no line', () => {
    expect(detectStatus('白条 / 总额度 ¥12,000 / 原额度 ¥8,000')).toMatchObject({ status: 'normal' });
    expect(detectStatus('推荐产品 / 有钱花 最高可借20万 / 360借条 日息低至0.02%')).toEqual(nothing);
    expect(detectStatus('优惠券 / 满200可用 ¥10 / 有效期至12-31')).toEqual(nothing);
  });
});

describe('detectStatus: a product qualifying a noun on a label line names that noun', () => {
  it('白条免息券 已过期 is a coupon, so 已失效 above it has no credit subject', () => {
    expect(detectStatus('优惠券 / 满100减10 已失效 / 白条免息券 已过期 / 月付立减券 已使用')).toEqual(nothing);
  });
  it('a product alone on the label line still heads the status', () => {
    expect(detectStatus('已关闭 / 借呗')).toMatchObject({ status: 'closed', product: 'jiebei' });
  });
});

describe('detectStatus: a consequence in a confirmation dialog is no status', () => {
  it.each([
    '关闭月付 / 关闭后无法使用美团月付支付，已出账单仍需按时还款 / 确认关闭 / 暂不关闭',
    '注销信用卡 / 注销后该卡无法使用，额度将被收回 / 确认注销',
  ])('%s', (text) => {
    expect(detectStatus(text)).toEqual(nothing);
  });
  it('a state said before the consequence still counts', () => {
    expect(detectStatus('您的借呗已关闭，关闭后已借款项仍需按时还款')).toMatchObject({ status: 'closed', product: 'jiebei' });
  });
});

describe('detectStatus: a video or post that coaches is advice', () => {
  it('直播 / 借呗被关了不要慌，三招教你恢复', () => {
    expect(detectStatus('直播 / 借呗被关了不要慌，三招教你恢复 / 点赞 2.1万 / 评论')).toEqual(nothing);
  });
});

describe('detectStatus: what a notice says after the fact', () => {
  it('a completed act after its reason is the effect, not a cause (因逾期未还款已被冻结)', () => {
    expect(detectStatus('您的白条账户因逾期未还款已被冻结，冻结期间无法使用白条支付，还清欠款后可申请解冻。')).toMatchObject({
      status: 'frozen',
      product: 'jd-baitiao',
    });
  });
  it('a recovery followed by 后 is a time (解冻后额度以系统重新评估为准)', () => {
    expect(detectStatus('您的金条账户因逾期超过90天已被冻结，需结清全部欠款后才能申请解冻，解冻后额度以系统重新评估为准。')).toMatchObject({
      status: 'frozen',
      product: 'jd-jintiao',
    });
  });
  it('a recovery the user may do somewhere is a prospect (可在钱包页重新开通)', () => {
    expect(detectStatus('你已主动关闭美团月付，之后想用可在钱包页重新开通，关闭前产生的账单仍需按期还清')).toEqual(nothing);
  });
});

describe('detectStatus: what status cards and result screens print', () => {
  it.each([
    ['借钱 / 借呗入口已调整为网商贷 / 网商贷 经营用途 / 可用额度 ¥80,000', 'merchant_switch', 'wangshangdai'],
    ['支付宝 / 借呗 / 您已开通网商贷，后续借款将由网商贷提供 / 去看看', 'merchant_switch', 'wangshangdai'],
    [
      'Borrow / MYbank Business Loan (Wangshangdai) has replaced Jiebei for your account / Available ¥60,000',
      'merchant_switch',
      'wangshangdai',
    ],
    ['借唄入口不見了，變成「網商貸」', 'merchant_switch', 'wangshangdai'],
    ['信用贷 / 资金方 南京银行、浦发银行 等 / 与借呗分开展示 / 借款额度以页面为准', 'brand_split', 'xinyongdai'],
    ['Alipay / Credit Loan / Lender: China CITIC Bank / Separate from Jiebei / Rates from 7.2% APR', 'brand_split', 'xinyongdai'],
    ['信用贷 · 江苏银行 / 额度由银行评估 / 点击查看《个人借款合同》（贷款人：江苏银行股份有限公司）', 'brand_split', 'xinyongdai'],
    ['Weilidai / Service temporarily unavailable / We can’t serve you right now / Back', 'unavailable', 'weilidai'],
    ['Huabei / Frozen / Repay your overdue bill of ¥1,420.00 to unfreeze / Pay now', 'frozen', 'huabei'],
    ['Card controls / Card locked by you on Nov 3 / Online purchases: Off / Unlock card', 'user_locked', 'bank-card'],
    ['Fenfu (WeChat Pay Later) / Status: Closed / Closed on Oct 12, 2026', 'closed', 'other'],
    ['My cards / Platinum •••• 1024 / Active / Available credit ¥18,400.00', 'normal', 'bank-card'],
    ['投诉问题：美团月付被暂停使用 / 投诉进度：已完成 / 商家回复：经核实已为您恢复，月付现可正常使用', 'normal', 'meituan'],
    ['信用卡申請進度 / 審核結果：很抱歉，您的申請未獲核准', 'declined', 'bank-card'],
    ['通知 / 11-25 美团月付：您的月付已开通，额度¥1,500 / 11-25 外卖红包已到账', 'normal', 'meituan'],
    ['放心借 / 经综合评估，暂无法为你提供借款服务，感谢你的关注', 'declined', 'other'],
  ])('%s', (text, status, product) => {
    expect(detectStatus(text)).toMatchObject({ status, product });
  });
  it('an unavailable line without a subject, a closed order and an FAQ on 信用贷 stay silent', () => {
    expect(detectStatus('Account status / Credit line: Unavailable')).toMatchObject({ status: 'unavailable' });
    expect(detectStatus('Service temporarily unavailable. Please try again later.')).toEqual(nothing);
    expect(detectStatus('Orders / #20261108-3321 · Cancelled / #20261102-1187 · Closed')).toEqual(nothing);
    expect(detectStatus('网商贷帮助 / 网商贷和借呗的区别 / 如何切换回借呗')).toEqual(nothing);
  });
});

describe('detectStatus: a menu entry is known by its siblings', () => {
  it('额度冻结 beside 额度恢复 and 提额申请 is a menu', () => {
    expect(detectStatus('额度冻结 / 额度恢复 / 提额申请 / 还款计划 / 在线客服')).toEqual(nothing);
  });
  it('a bare state under its product, with a plain action below, is the status', () => {
    expect(detectStatus('借呗 / 额度冻结 / 去还款')).toMatchObject({ status: 'frozen', product: 'jiebei' });
  });
});

describe('detectStatus: a lender product the dictionary does not list is named by its shape', () => {
  it.each([
    ['【中国农业银行】您的网捷贷额度已冻结，如有疑问请联系您的开户行', 'frozen'],
    ['建行快贷 / 很抱歉，您暂不符合快贷准入条件', 'declined'],
    ['中银E贷 / 额度已由¥200,000.00调整为¥50,000.00', 'reduced'],
    ['Fenqile: Your credit line is currently unavailable. You can still repay existing bills as usual.', 'unavailable'],
  ])('%s', (text, status) => {
    expect(detectStatus(text)).toMatchObject({ status, product: 'other' });
  });
  it('a known product or a plain loan keeps its own reading', () => {
    expect(detectStatus('您的微粒贷额度已关闭')).toMatchObject({ status: 'closed', product: 'weilidai' });
    expect(detectStatus('网商贷 / 额度已冻结')).toMatchObject({ status: 'frozen', product: 'wangshangdai' });
    expect(detectStatus('个人贷款 / 额度已冻结').product).toBeUndefined();
  });
});
describe('detectStatus: a booking paid with a credit product is a booking', () => {
  it('Your booking paid with Naquhua has been cancelled', () => {
    expect(detectStatus('Trip.com: Your booking paid with Naquhua has been cancelled. The refund will go back to Naquhua.')).toEqual(
      nothing,
    );
  });
});

describe('detectStatus: an enumerated reason and a question after a premise state nothing', () => {
  it('a bare item of a numbered list is a list entry', () => {
    expect(detectStatus('冻结说明 / 什么情况下额度会被冻结 / 1.逾期未还 2.存在风险交易 3.身份信息过期 / 如何解冻')).toEqual(nothing);
  });
  it('a premise before a yes-or-no question is asked about, unless the lender says it to the user', () => {
    expect(detectStatus('借呗被关闭了，之前借的钱还要还吗？')).toEqual(nothing);
    expect(detectStatus('您的借呗已关闭，是否前往还款？')).toMatchObject({ status: 'closed' });
  });
});

describe('detectStatus: an approval is no decline', () => {
  it('"is approved" beside a 信用贷 lender is the page, not a refusal', () => {
    expect(
      detectStatus('Credit Loan / Provided by Bank of Tianjin. This loan is approved and issued by the bank and is separate from Jiebei.'),
    ).toMatchObject({ status: 'brand_split', product: 'xinyongdai' });
    expect(detectStatus('Your Weilidai application was approved.')).toEqual(nothing);
    expect(detectStatus('Your Weilidai application was not approved.')).toMatchObject({ status: 'declined' });
  });
});

describe('detectStatus: products by the names their pages use now', () => {
  it.each([
    ['信用购 / 你的信用购额度已关闭，已产生的账单仍需按期还款', 'closed', 'huabei'],
    ['满易贷 / 额度已冻结 / 冻结期间暂不能借款', 'frozen', 'duxiaoman'],
    ['拼多多 / 先用后付服务已暂停 / 付款后可恢复使用', 'suspended', 'other'],
  ])('%s', (text, status, product) => {
    expect(detectStatus(text)).toMatchObject({ status, product });
  });
});

describe('detectStatus: a notice title names what the notice is about', () => {
  it('额度调整通知 / 调低通知：¥8,000 → ¥2,000 is a cut of the line', () => {
    expect(detectStatus('额度调整通知 / 调低通知：¥8,000 → ¥2,000 / 生效时间 2026-11-05 / 我知道了')).toMatchObject({
      status: 'reduced',
      limitBefore: 8000,
      limitAfter: 2000,
    });
  });
  it('a notice that is itself switched off stays a setting', () => {
    expect(detectStatus('消息设置 / 账单提醒 已关闭 / 营销推送 关闭')).toEqual(nothing);
  });
});

describe('detectStatus: a phrase begins where its words begin', () => {
  it('a line break let in before a phrase belongs to the line: "解除冻结 / 锁定白条" is two buttons', () => {
    expect(detectStatus('解除冻结 / 锁定白条')).toEqual(nothing);
  });
});

describe('detectStatus: an icon after a label is no figure', () => {
  it('可借额度（元）① / 0.00 / 暂无可借额度 is closed, not an amount of 1', () => {
    expect(detectStatus('< 借呗 ○○ ×\n可借额度（元）①\n0.00\n暂无可借额度你的借呗额度已于2024年5月20\n日关闭')).toMatchObject({
      status: 'closed',
      product: 'jiebei',
    });
  });
});

describe("detectStatus: an app's search box is no list", () => {
  it("白条 搜索白条服务 / 白条已冻结 is the user's own page", () => {
    expect(detectStatus('白条 搜索白条服务 / 白条已冻结 / 您的白条账户存在逾期未还款项，已被冻结')).toMatchObject({
      status: 'frozen',
      product: 'jd-baitiao',
    });
  });
});
