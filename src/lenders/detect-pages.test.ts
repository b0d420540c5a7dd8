// detectStatus on readings of whole pages of the listed hosts, where the sensor found
// them wrong (test/fixtures/pages/dev-3/: chats, forms, bills, banners, dialogs):
// each mechanism with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { detectStatus } from './detect';

const nothing = { status: 'unknown', evidence: [] };

describe('detectStatus: the regulator-mandated risk warning is no account risk', () => {
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
