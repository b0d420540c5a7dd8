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
