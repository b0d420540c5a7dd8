import { describe, expect, it } from 'vitest';
import { answersOf } from './answers';

describe('answersOf: stored answers read as questionnaire v2', () => {
  it('maps the v1 ID and device answers to q_account_change', () => {
    expect(answersOf({ q_id_expired: 'yes', q_device_change: 'no' }).q_account_change).toBe('id_expired');
    expect(answersOf({ q_id_expired: 'no', q_device_change: 'yes' }).q_account_change).toBe('phone_device');
    expect(answersOf({ q_id_expired: 'no', q_device_change: 'no' }).q_account_change).toBe('none');
    expect(answersOf({ q_id_expired: 'unsure' })).toEqual({});
  });

  it('keeps a v2 answer over the v1 ones it replaced', () => {
    expect(answersOf({ q_account_change: 'none', q_id_expired: 'yes' }).q_account_change).toBe('none');
  });

  it('drops answers to questions that no longer exist and values that are not options', () => {
    expect(answersOf({ q_score_drop: 'yes', q_overdue: 'maybe', q_usage: 'rarely' })).toEqual({ q_usage: 'rarely' });
  });

  it('reads the booleans and numbers older builds stored as strings', () => {
    expect(answersOf({ q_paid_offer: 'yes', q_business: 'no' })).toEqual({ q_paid_offer: 'yes', q_business: 'no' });
  });
});
