import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { isUniqueViolation } from '../../shared/db/unique-violation';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { yuan } from '../../shared/money/fen';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { LotteryFund } from './lottery-fund.entity';
import type { LotteryFundFilter, RecordLotteryFundInput } from './lottery-fund.inputs';

/** Records a year's retained fund; a second fund of the same source, level and year is refused. */
export async function recordLotteryFund(manager: EntityManager, input: RecordLotteryFundInput): Promise<LotteryFund> {
  const funds = manager.getRepository(LotteryFund);
  const key = { source: input.source, areaCode: input.areaCode, raisedYear: input.raisedYear };
  const existing = await funds.findOneBy(key);
  if (existing) throw duplicateFund(existing);
  try {
    return await funds.save(
      funds.create({
        ...key,
        spendingYear: input.raisedYear + 1,
        amountFen: input.amountFen,
        documentReference: input.documentReference?.trim() ?? null,
      }),
    );
  } catch (error) {
    // Two clerks recording the same fund at once: both passed the check, the unique index stops the second.
    if (isUniqueViolation(error)) throw duplicateFund({ ...key, amountFen: input.amountFen });
    throw error;
  }
}

function duplicateFund(fund: Pick<LotteryFund, 'source' | 'areaCode' | 'raisedYear' | 'amountFen'>): ConflictError {
  return new ConflictError(
    `the ${fund.source} fund of ${fund.areaCode} raised in ${fund.raisedYear} is already recorded (${yuan(fund.amountFen)})`,
    'raisedYear',
  );
}

/** The fund a write acts on, locked against concurrent allocations when asked. */
export async function requireFund(
  manager: EntityManager,
  id: number | string,
  { lock = false, field }: { lock?: boolean; field?: string } = {},
): Promise<LotteryFund> {
  const fund = await manager
    .getRepository(LotteryFund)
    .findOne({ where: { id: Number(id) }, ...(lock ? rowLock(manager) : {}) });
  if (!fund) throw new NotFoundError('Lottery fund', String(id), field);
  return fund;
}

/** Fen of a fund allocated so far, summed by the database inside the caller's transaction. */
export async function allocatedFenOf(manager: EntityManager, fundId: number): Promise<number> {
  const row = await manager
    .getRepository(LotteryFundAllocation)
    .createQueryBuilder('allocation')
    .select('COALESCE(SUM(allocation.amountFen), 0)', 'allocated')
    .where('allocation.fundId = :fundId', { fundId })
    .getRawOne<{ allocated: string | number }>();
  return Number(row?.allocated ?? 0);
}

export async function listLotteryFunds(
  manager: EntityManager,
  filter: LotteryFundFilter | undefined,
): Promise<LotteryFund[]> {
  return manager.getRepository(LotteryFund).find({
    where: {
      ...(filter?.areaCode ? { areaCode: filter.areaCode } : {}),
      ...(filter?.raisedYear ? { raisedYear: filter.raisedYear } : {}),
      ...(filter?.source ? { source: filter.source } : {}),
    },
    order: { raisedYear: 'DESC', areaCode: 'ASC', source: 'ASC' },
  });
}
