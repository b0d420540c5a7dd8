// An overdue that is not known to be repaid: repay it (docs/sources.md#causes). Never for one the user says is repaid.
import { defineRule } from '../../engine';
import { SOURCE } from '../sources';

export default defineRule({
  id: 'repay-overdue',
  when: {
    all: [
      {
        any: [
          { fact: 'answers.q_overdue', operator: 'in', value: ['this_product', 'same_group', 'other'] },
          {
            all: [
              {
                any: [
                  { fact: 'status.evidence', operator: 'contains', value: '逾期' },
                  { fact: 'status.evidence', operator: 'contains', value: 'overdue' },
                ],
              },
              { fact: 'status.evidence', operator: 'doesNotContain', value: '未逾期' },
              { fact: 'status.evidence', operator: 'doesNotContain', value: '无逾期' },
              { fact: 'status.evidence', operator: 'doesNotContain', value: '没有逾期' },
            ],
          },
        ],
      },
      {
        any: [
          { fact: 'answers.q_overdue_now', operator: 'notExists' },
          { fact: 'answers.q_overdue_now', operator: 'equal', value: 'outstanding' },
        ],
      },
      { fact: 'caseDates.overdueRepaid', operator: 'notExists' },
    ],
  },
  then: { checklist: ['repay-overdue'] },
  sources: [SOURCE['caijin51-30201'], SOURCE['tianqiyubao2-207597']],
});
