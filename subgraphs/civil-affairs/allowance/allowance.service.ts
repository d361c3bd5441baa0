import { type EntityManager, In } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { firstDayOf, lastDayOf } from '../../shared/time/months';
import { abilityLevelOn, assessmentHistories } from '../assessment/ability-level-on';
import { Elder } from '../elder/elder.entity';
import { requireElder } from '../elder/require-elder';
import { decideAllowance } from './allowance-eligibility';
import type { AllowanceKind } from './allowance-kind.enum';
import { AllowancePayment } from './allowance.entity';
import type { RecordAllowancePaymentInput, RecordAllowancePaymentsInput } from './allowance.inputs';

interface Payee {
  elder: Elder;
  /** The input field that named the elder, for refusals. */
  field: string;
}

interface PaymentMonth {
  kind: AllowanceKind;
  month: string;
  paidOn: string;
}

export async function recordAllowancePayment(
  manager: EntityManager,
  input: RecordAllowancePaymentInput,
): Promise<AllowancePayment> {
  const elder = await requireElder(manager, input.personKey, 'personKey', { lock: true });
  return (await pay(manager, [{ elder, field: 'personKey' }], input))[0];
}

export async function recordAllowancePayments(
  manager: EntityManager,
  input: RecordAllowancePaymentsInput,
): Promise<AllowancePayment[]> {
  const keys = input.personKeys.map((key, i) => assertPersonKey(key, `personKeys[${i}]`));
  const elders = new Map(
    (await manager.find(Elder, { where: { personKey: In(keys) }, ...rowLock(manager) })).map((elder) => [
      elder.personKey,
      elder,
    ]),
  );
  const payees = keys.map((key, i) => {
    const elder = elders.get(key);
    if (!elder) throw new BadUserInputError(`personKeys[${i}]`, 'no elder with this person key is in the registry');
    return { elder, field: `personKeys[${i}]` };
  });
  return pay(manager, payees, input);
}

/**
 * Pays a month of one allowance to every payee or to none: each must be alive at the month's start,
 * eligible by the rate table and not yet paid for that month. The payees' rows are locked by the
 * caller, so the same month cannot be paid twice by two clerks at once.
 */
async function pay(
  manager: EntityManager,
  payees: Payee[],
  { kind, month, paidOn }: PaymentMonth,
): Promise<AllowancePayment[]> {
  const keys = payees.map(({ elder }) => elder.personKey);
  const histories = await assessmentHistories(manager, keys);
  const paid = new Map(
    (await manager.findBy(AllowancePayment, { personKey: In(keys), kind, month })).map((payment) => [
      payment.personKey,
      payment,
    ]),
  );
  const payments = manager.getRepository(AllowancePayment);
  const rows = payees.map(({ elder, field }) => {
    if (elder.deceasedOn && firstDayOf(month) > elder.deceasedOn)
      throw new BadUserInputError(field, `this elder died on ${elder.deceasedOn}; nothing is paid for ${month}`);
    const previous = paid.get(elder.personKey);
    if (previous)
      throw new ConflictError(`${kind} for ${month} was already paid to this elder on ${previous.paidOn}`, field);
    const decision = decideAllowance(
      kind,
      { ...elder, abilityLevel: abilityLevelOn(histories.get(elder.personKey), lastDayOf(month)) },
      month,
    );
    if ('refusal' in decision) throw new BadUserInputError(field, decision.refusal);
    return payments.create({ personKey: elder.personKey, kind, month, amountFen: decision.amountFen, paidOn });
  });
  return payments.save(rows, { chunk: 200 });
}
