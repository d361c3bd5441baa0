import type { EntityManager } from 'typeorm';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { rowLock } from '../../shared/db/row-lock';
import { isUniqueViolation } from '../../shared/db/unique-violation';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { yuan } from '../../shared/money/fen';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { checkDateOrder } from '../../shared/validation/checks';
import type { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { disbursedFenOf, requireAllocation } from '../allocation/lottery-fund-allocation.service';
import type { LotteryFund } from '../fund/lottery-fund.entity';
import { requireFund } from '../fund/lottery-fund.service';
import { LotteryFundDisbursementStatus } from './lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from './lottery-fund-disbursement.entity';
import {
  type DisburseLotteryFundInput,
  type LotteryFundDisbursementFilter,
  LotteryFundRecipientInput,
  type Recipient,
  type ReverseLotteryFundDisbursementInput,
} from './lottery-fund-disbursement.inputs';
import { needsRatingBasis, PROGRAMME_RECIPIENTS } from './programme-recipients';

/**
 * Pays from an allocation. The allocation's row is locked and its paid total summed again inside
 * the transaction, so concurrent payments cannot exceed it; a decision already paid (and not
 * reversed) is refused, and a unique index catches two clerks paying it at the same moment.
 */
export async function disburseLotteryFund(
  manager: EntityManager,
  input: DisburseLotteryFundInput,
): Promise<LotteryFundDisbursement> {
  const recipient = LotteryFundRecipientInput.parse(input.recipient);
  const allocation = await requireAllocation(manager, input.allocationId, { lock: true, field: 'allocationId' });
  const fund = await requireFund(manager, allocation.fundId);
  const fields = disbursementRecord(allocation, fund, recipient, input);
  const disbursements = manager.getRepository(LotteryFundDisbursement);
  const paidBefore = await disbursements.findOneBy({
    decidingDepartment: fields.decidingDepartment,
    activeDecisionReference: fields.decisionReference,
  });
  if (paidBefore) throw duplicateDecision(input, paidBefore);
  if (
    input.sourceRef &&
    (await disbursements.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw disbursementSourceRefTaken(input.sourceRef);
  checkRemainder(fields.amountFen, allocation.amountFen - (await disbursedFenOf(manager, allocation.id)));
  try {
    return await disbursements.save(disbursements.create(fields));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateDecision(input, null);
    throw error;
  }
}

/**
 * The fields of a payment from `allocation` of `fund`: refused for a recipient the allocation's
 * programme does not pay, a missing or needless rating basis, or a date before the fund's spending
 * year or the allocation.
 */
export function disbursementRecord(
  allocation: Pick<LotteryFundAllocation, 'id' | 'programme' | 'allocatedOn'>,
  fund: Pick<LotteryFund, 'raisedYear' | 'spendingYear'>,
  recipient: Recipient,
  input: DisburseLotteryFundInput,
): Pick<LotteryFundDisbursement, (typeof DISBURSEMENT_FIELDS)[number] | 'activeDecisionReference' | 'status'> &
  Pick<LotteryFundDisbursement, 'reversedOn' | 'reversalReason'> {
  const allowed = PROGRAMME_RECIPIENTS[allocation.programme];
  if (!allowed.includes(recipient.kind))
    throw new BadUserInputError(
      'recipient',
      `a ${allocation.programme} allocation pays ${allowed.join(' or ')} recipients, not ${recipient.kind}`,
    );
  const ratingBasis = input.ratingBasis ?? null;
  if (needsRatingBasis(allocation.programme) && ratingBasis === null)
    throw new BadUserInputError(
      'ratingBasis',
      'an operating award is tied to the institution’s star rating: give the rating (1–5) it was decided on',
    );
  if (!needsRatingBasis(allocation.programme) && ratingBasis !== null)
    throw new BadUserInputError('ratingBasis', 'only operating awards record a rating basis');
  if (input.paidOn < `${fund.spendingYear}-01-01`)
    throw new BadUserInputError(
      'paidOn',
      `must be in or after ${fund.spendingYear}: the fund raised in ${fund.raisedYear} is spent the year after`,
    );
  checkDateOrder('the allocation date', allocation.allocatedOn, 'paidOn', input.paidOn);
  const decisionReference = input.decisionReference.trim();
  return {
    allocationId: allocation.id,
    amountFen: input.amountFen,
    paidOn: input.paidOn,
    purpose: input.purpose.trim(),
    recipientKind: recipient.kind,
    institutionCode: recipient.institutionCode,
    personKey: recipient.personKey,
    programmeRecipient: recipient.programmeRecipient,
    ratingBasis,
    decidingDepartment: input.decidingDepartment,
    decisionReference,
    activeDecisionReference: decisionReference,
    status: LotteryFundDisbursementStatus.PAID,
    reversedOn: null,
    reversalReason: null,
    ...sourceRefColumns(input.sourceRef),
  };
}

/** The fields a payment is made with, which a load compares (a payment is reversed, never changed). */
export const DISBURSEMENT_FIELDS = [
  'allocationId',
  'amountFen',
  'paidOn',
  'purpose',
  'recipientKind',
  'institutionCode',
  'personKey',
  'programmeRecipient',
  'ratingBasis',
  'decidingDepartment',
  'decisionReference',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof LotteryFundDisbursement>;

/** Refuses a payment of more than the allocation's remainder (its amount less what was paid and not reversed). */
export function checkRemainder(amountFen: number, remainderFen: number): void {
  if (amountFen > remainderFen)
    throw new ConflictError(
      `${yuan(amountFen)} exceeds the allocation’s remainder of ${yuan(remainderFen)}`,
      'amountFen',
    );
}

export function duplicateDecision(
  input: Pick<DisburseLotteryFundInput, 'decisionReference' | 'decidingDepartment'>,
  paid: LotteryFundDisbursement | null,
): ConflictError {
  const when = paid ? ` on ${paid.paidOn} (disbursement ${paid.id})` : '';
  return new ConflictError(
    `decision ${input.decisionReference} of ${input.decidingDepartment} was already paid${when}; reverse that payment first to pay it again`,
    'decisionReference',
  );
}

export function disbursementSourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names a recorded disbursement`, 'sourceRef');
}

/** Reverses a payment: it stays on record, marked reversed, and no longer counts against its allocation. */
export async function reverseLotteryFundDisbursement(
  manager: EntityManager,
  input: ReverseLotteryFundDisbursementInput,
): Promise<LotteryFundDisbursement> {
  const disbursements = manager.getRepository(LotteryFundDisbursement);
  const disbursement = await disbursements.findOne({
    where: { id: Number(input.disbursementId) },
    ...rowLock(manager),
  });
  if (!disbursement) throw new NotFoundError('Lottery-fund disbursement', String(input.disbursementId));
  if (disbursement.status === LotteryFundDisbursementStatus.REVERSED)
    throw new ConflictError(`this disbursement was already reversed on ${disbursement.reversedOn}`, 'disbursementId');
  checkDateOrder('the payment date', disbursement.paidOn, 'reversedOn', input.reversedOn);
  disbursement.status = LotteryFundDisbursementStatus.REVERSED;
  disbursement.reversedOn = input.reversedOn;
  disbursement.reversalReason = input.reason.trim();
  disbursement.activeDecisionReference = null;
  return disbursements.save(disbursement);
}

/** Disbursements matching a filter, in payment order. */
export async function listLotteryFundDisbursements(
  manager: EntityManager,
  filter: LotteryFundDisbursementFilter | undefined,
  page: CheckedPage,
): Promise<Page<LotteryFundDisbursement>> {
  const query = manager.getRepository(LotteryFundDisbursement).createQueryBuilder('disbursement');
  if (filter?.fundAreaCode || filter?.raisedYear) {
    query
      .innerJoin('lottery_fund_allocation', 'allocation', 'allocation.id = disbursement.allocationId')
      .innerJoin('lottery_fund', 'fund', 'fund.id = allocation.fundId');
    if (filter.fundAreaCode) query.andWhere('fund.areaCode = :fundAreaCode', { fundAreaCode: filter.fundAreaCode });
    if (filter.raisedYear) query.andWhere('fund.raisedYear = :raisedYear', { raisedYear: filter.raisedYear });
  }
  if (filter?.allocationId)
    query.andWhere('disbursement.allocationId = :allocationId', { allocationId: Number(filter.allocationId) });
  if (filter?.recipientKind)
    query.andWhere('disbursement.recipientKind = :recipientKind', { recipientKind: filter.recipientKind });
  if (filter?.status) query.andWhere('disbursement.status = :status', { status: filter.status });
  return readPage(query, page, [
    { column: 'disbursement.paidOn', property: 'paidOn', direction: 'ASC' },
    { column: 'disbursement.id', property: 'id', direction: 'ASC' },
  ]);
}
