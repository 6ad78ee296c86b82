// PmtInf/ReqdExctnDt, the debit date (iso20022-norway.md §2.5). Domestic settlement runs only on
// banking days (NBO, S34; DNB moves weekend payments to the next banking day, S35). Per agreement
// [I]: 'roll-forward' moves a past or non-banking date to the first possible banking day and says
// so with DT06 (the transactions become ACWC); 'reject' rejects such a block with DT05. A date due
// today that arrives after the day's last execution run (the cut-off) is rolled forward too, or
// rejected with TM01. A date too far ahead is CH03 (setting maxExecutionDaysAhead, [I]).
import { isIsoDate } from '../../norway/calendar-date.ts';
import { addDays } from '../../norway/oslo-time.ts';
import type { BankSettings } from '../bank-settings.ts';
import type { BankingCalendar } from '../banking-calendar.ts';
import type { ExecutionDatePolicy } from '../customer-agreement.ts';
import type { Finding } from '../finding.ts';
import type { Pain001Payment } from '../../iso20022/pain001-model.ts';

export interface ExecutionDateContext {
  /** Today's Oslo date. */
  today: string;
  /** Oslo wall-clock time now, 'HH:MM'. */
  timeOfDay: string;
  /** The cut-off for payments due today, 'HH:MM'. */
  cutOff: string;
  policy: ExecutionDatePolicy;
  calendar: BankingCalendar;
  settings: BankSettings;
}

export interface ExecutionDateCheck {
  /** The date the bank will execute on (the requested one, or rolled forward). */
  executionDate: string;
  /** DT06 (informational, on each accepted transaction) or a rejecting DT05 / TM01 / CH03. */
  finding?: Finding;
}

/** The first date the bank can still execute on: today before the cut-off, else the next banking day. */
export function earliestExecutionDate(
  context: Pick<ExecutionDateContext, 'today' | 'timeOfDay' | 'cutOff' | 'calendar'>,
): string {
  const { today, calendar } = context;
  if (calendar.isBankingDay(today) && context.timeOfDay < context.cutOff) return today;
  return calendar.nextBankingDay(addDays(today, 1));
}

export function checkExecutionDate(
  payment: Pain001Payment,
  context: ExecutionDateContext,
): ExecutionDateCheck {
  const written = payment.requestedExecutionDate;
  const requested = written.date.slice(0, 10);
  const at = {
    level: 'payment' as const,
    path: `${payment.path}/ReqdExctnDt`,
    value: written.dateTime ?? written.date,
    line: written.line,
  };
  if (!isIsoDate(requested)) {
    return {
      executionDate: requested,
      finding: { ...at, reason: 'DT05', text: `ReqdExctnDt ${written.date} is not a date` },
    };
  }
  const latest = addDays(context.today, context.settings.maxExecutionDaysAhead);
  if (requested > latest) {
    return {
      executionDate: requested,
      finding: {
        ...at,
        reason: 'CH03',
        text: `ReqdExctnDt ${requested} is more than ${context.settings.maxExecutionDaysAhead} days ahead (latest ${latest})`,
      },
    };
  }
  const earliest = earliestExecutionDate(context);
  if (requested >= earliest && context.calendar.isBankingDay(requested)) return { executionDate: requested };

  const rolled = context.calendar.nextBankingDay(requested > earliest ? requested : earliest);
  const why =
    requested < context.today
      ? 'is in the past'
      : requested === context.today && context.calendar.isBankingDay(requested)
        ? `is today and the file arrived after the cut-off ${context.cutOff}`
        : 'is not a banking day';
  if (context.policy === 'reject') {
    const reason = requested === context.today && context.calendar.isBankingDay(requested) ? 'TM01' : 'DT05';
    return { executionDate: requested, finding: { ...at, reason, text: `ReqdExctnDt ${requested} ${why}` } };
  }
  return {
    executionDate: rolled,
    finding: {
      ...at,
      reason: 'DT06',
      text: `ReqdExctnDt ${requested} ${why}; execution date changed to ${rolled}`,
    },
  };
}
