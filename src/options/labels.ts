// Words for the case file's enumerations, through the locale files so both
// languages stay complete (test/meta/i18n.test.ts).
import type { ContactChannel } from '../shared/channels';
import type { DeadlineStep } from '../rules/output';
import { t } from '../shared/i18n';

export function channelLabel(channel: ContactChannel): string {
  switch (channel) {
    case 'phone':
      return t('optionsChannelPhone');
    case 'chat':
      return t('optionsChannelChat');
    case 'letter':
      return t('optionsChannelLetter');
    case 'app':
      return t('optionsChannelApp');
    case 'regulator':
      return t('optionsChannelRegulator');
    default:
      return t('optionsChannelOther');
  }
}

export function deadlineStateLabel(state: DeadlineStep['state']): string {
  switch (state) {
    case 'waiting':
      return t('optionsStateWaiting');
    case 'overdue':
      return t('optionsStateOverdue');
    case 'answered':
      return t('optionsStateAnswered');
    default:
      return t('optionsStateNotStarted');
  }
}

/** "in 3 days" / "today" / "2 days ago". */
export function daysLeftLabel(days: number | undefined): string {
  if (days === undefined) return '';
  if (days === 0) return t('optionsDueToday');
  return days > 0 ? t('optionsDaysLeft', String(days)) : t('optionsDaysOver', String(-days));
}
