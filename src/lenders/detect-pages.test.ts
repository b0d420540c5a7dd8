// detectStatus on readings of whole pages of the listed hosts, where the sensor found
// them wrong (test/fixtures/pages/dev-3/: chats, forms, bills, banners, dialogs; dev-4/: a finance portal's other products; dev-5/: settings, a portal's two cards):
// each mechanism with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: the risk warning printed on loan pages is no account risk', () => {
  it.each([
    '贷款有风险，借款需谨慎',
    '借贷有风险，选择需谨慎',
    '借呗服务由重庆蚂蚁消费金融有限公司提供 · 贷款有风险，借款需谨慎',
    '網貸有風險，借款需謹慎',
  ])('%s', (text) => expect(detectStatus(text)).toEqual(nothing));
  it('the status above the footer is the page’s, not a conflict with it', () => {
    expect(
      detectStatus(
        '经综合评估，您暂时无法使用借呗借款，请 6 个月后再来尝试。 / 可借额度(元) / -- / 借呗服务由重庆蚂蚁消费金融有限公司提供 · 贷款有风险，借款需谨慎',
      ),
    ).toMatchObject({ status: 'cooling_off', months: 6, product: 'jiebei' });
  });
  it("an account's own risk still counts", () => {
    expect(detectStatus('您的借呗账户存在风险，暂时无法借款')).toMatchObject({ status: 'security_risk' });
    expect(detectStatus('借呗 / 账户有风险 / 请完成身份验证')).toMatchObject({ status: 'security_risk' });
  });
});

describe('detectStatus: a settings row whose value line says it is off', () => {
  it('金条借款保护 / 借款前需人脸验证 / 未开启 is a setting', () => {
    expect(detectStatus('金条借款保护 / 借款前需人脸验证 / 未开启')).toEqual(nothing);
    expect(detectStatus('白條鎖定 / 防止帳號被盜用時產生白條消費 / 已鎖定 / 金條借款保護 / 借款前需人臉驗證 / 未開啟')).toMatchObject({
      status: 'user_locked',
    });
  });
  it('a check the line waits on, said as a sentence, still counts', () => {
    expect(detectStatus('金条 / 借款前需完成人脸验证，请在App中操作')).toMatchObject({ status: 'security_risk' });
  });
});

describe('detectStatus: a check named alone on its line is a step or a menu entry', () => {
  it('① 实名认证 ② 授权评估 ③ 获得额度 are the steps of opening a line', () => {
    expect(detectStatus('借呗 / 按日计息 · 随借随还 / ① 实名认证 / ② 授权评估 / ③ 获得额度')).toEqual(nothing);
    expect(
      detectStatus('借呗 / ① 实名认证 / ② 授权评估 / ③ 获得额度 / 评估结果 / 很抱歉，经综合评估，您暂不满足借呗开通条件，本次申请未通过。'),
    ).toMatchObject({ status: 'declined', product: 'jiebei' });
  });
  it('a check asked of the user still counts', () => {
    expect(detectStatus('为保障您的账户安全，请完成实名认证后继续使用借呗')).toMatchObject({ status: 'security_risk' });
    expect(detectStatus('借呗 / 需要实名认证')).toMatchObject({ status: 'security_risk' });
  });
});

describe('detectStatus: a trade closes, the line does not', () => {
  it('交易已关闭 in a 白条 bill is an order', () => {
    expect(
      detectStatus('白条 / 2026年11月账单 / 订单号 / 商品 / 状态 / 订单已取消，已退回白条 / 29355568120 / 电热水壶 / ¥89.00 / 交易已关闭'),
    ).toEqual(nothing);
    expect(detectStatus('花呗 / 交易關閉 / 退款成功')).toEqual(nothing);
  });
  it('a card that stops trading is still the card', () => {
    expect(detectStatus('您尾号1234的信用卡已暂停交易')).toMatchObject({ status: 'suspended', product: 'bank-card' });
  });
});

describe('detectStatus: 如 …，则 … is a condition', () => {
  it.each([
    '活动规则：3. 如账户额度被冻结、关闭或暂停使用，则无法参与本活动；',
    '如白条额度已被冻结，则本券不可使用',
    '如借呗额度被关闭，则已领取的免息券自动失效',
  ])('%s', (text) => expect(detectStatus(text)).toEqual(nothing));
  it('a statement in the next sentence still counts', () => {
    expect(detectStatus('如有疑问，请致电客服，则可获得帮助。您的白条额度已被冻结。')).toMatchObject({ status: 'frozen' });
  });
});

describe('detectStatus: the funds a bank provides are its loan (brand split)', () => {
  it('由中信银行提供资金 names the lender', () => {
    expect(detectStatus('信用贷 / 本服务由 中信银行 提供资金并审批放款，支付宝仅提供技术服务 / 可借额度（元） / 36,000.00')).toMatchObject({
      status: 'brand_split',
      product: 'xinyongdai',
    });
    expect(detectStatus('Credit Loan / Funded and approved by Bank of Ningbo. Alipay provides the technical platform only.')).toMatchObject(
      {
        status: 'brand_split',
      },
    );
  });
});

describe('detectStatus: 借钱 upgraded to 网商贷 is the merchant switch', () => {
  it.each(['支付寶 · 借錢 / 借唄 → 網商貸 / 您的借錢服務已升級為網商貸', '您的借钱服务已切换为网商贷，额度以网商银行审批为准'])(
    '%s',
    (text) => expect(detectStatus(text)).toMatchObject({ status: 'merchant_switch', product: 'wangshangdai' }),
  );
});

describe('detectStatus: a row with a value of its own labels nothing above it', () => {
  it('信用免押：共享充电宝 已关闭 / 先享后付：哈啰出行 已开通 is two settings rows', () => {
    expect(detectStatus('芝麻信用 / 信用免押：共享充电宝 已关闭 / 先享后付：哈啰出行 已开通 / 芝麻工作证：未认证')).toEqual(nothing);
  });
  it('a bare product line under a status still labels it', () => {
    expect(detectStatus('已冻结 / 花呗')).toMatchObject({ status: 'frozen', product: 'huabei' });
  });
});

describe('detectStatus: a title naming a thing of its own owns the 额度 below it', () => {
  it('额度已冻结 under 小明赠送的亲情卡 is the family card’s', () => {
    expect(detectStatus('支付宝 · 亲情卡 / 小明赠送的亲情卡 / 额度已冻结（对方账户受限）')).toEqual(nothing);
  });
  it('额度已冻结 under a product or a plain notice title is the line’s', () => {
    expect(detectStatus('我的花呗 / 额度已冻结')).toMatchObject({ status: 'frozen', product: 'huabei' });
    expect(detectStatus('消息通知 / 您的额度已冻结')).toMatchObject({ status: 'frozen' });
  });
});

describe('detectStatus: a menu of several things heads nothing', () => {
  it('小金库 | 基金 | 保险 | 金条 | 白条 above a fund list', () => {
    expect(detectStatus('京东金融 · 理财 / 小金库 | 基金 | 保险 | 金条 | 白条 / 全部可购买已售罄产品已关闭')).toEqual(nothing);
  });
  it('a product heading above a bare state is still its heading', () => {
    expect(detectStatus('借呗 / 额度 / 已冻结')).toMatchObject({ status: 'frozen', product: 'jiebei' });
    expect(detectStatus('白条 / 已关闭')).toMatchObject({ status: 'closed', product: 'jd-baitiao' });
  });
});

describe('detectStatus: a row’s name right above a bare value owns it (dev-5: settings pages)', () => {
  it.each([
    '花呗 · 设置 / 账单分期提醒 / 已关闭 / 关闭花呗服务 / 需结清全部欠款后操作',
    '白条设置 / 自动还款 / 已暂停 / 白条额度管理',
    '借呗 / 还款提醒 / 已关闭 / 借呗额度',
  ])('%s', (text) => expect(detectStatus(text)).toEqual(nothing));
  it('a credit word or a product above a bare value still owns it', () => {
    expect(detectStatus('花呗 · 设置 / 额度状态 / 已关闭')).toMatchObject({ status: 'closed', product: 'huabei' });
    expect(detectStatus('金条 / 已冻结 / 查看详情')).toMatchObject({ status: 'frozen', product: 'jd-jintiao' });
  });
});

describe('detectStatus: 借呗 shown as 信用贷, and a change into a named thing (dev-5: a portal’s two cards)', () => {
  it('借呗入口已调整为信用贷 is the brand split, not a cut', () => {
    expect(detectStatus('借唄 / 借唄入口已調整為信用貸 / 原借唄借款仍可在此查看和還款')).toMatchObject({
      status: 'brand_split',
      product: 'xinyongdai',
    });
    expect(detectStatus('您的借呗已升级为“信用贷”')).toMatchObject({ status: 'brand_split' });
  });
  it('a change of a date or into another thing is no cut', () => {
    expect(detectStatus('白条还款日已调整为每月10日')).toEqual(nothing);
    expect(detectStatus('花呗账单日已调整为每月1日')).toEqual(nothing);
  });
  it('a change into an amount is still a cut, and a question about 信用贷 still nothing', () => {
    expect(detectStatus('您的借呗额度已调整为5000元')).toMatchObject({ status: 'reduced', product: 'jiebei' });
    expect(detectStatus('为什么借呗入口显示为“信用贷”？')).toEqual(nothing);
  });
});
