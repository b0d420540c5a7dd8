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
