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
