import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Fen } from '../../shared/money/fen';
import { can } from '../access-policy';
import { LotteryFundCategory } from '../allocation/lottery-fund-allocation.enums';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { LotteryFundDisbursementStatus } from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { type ElderCareShare, elderCareShare } from '../fund/elder-care-share';
import { LotteryFundElderCareShare } from '../fund/lottery-fund-elder-care-share.type';
import { LotteryFundSource } from '../fund/lottery-fund-source.enum';
import { LotteryFund } from '../fund/lottery-fund.entity';
import { daysTable, queryNamed } from '../../shared/indicators/days-table';

@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'One level’s retained fund of one source for one year: retained, allocated (to elder care and in all), disbursed, and the elder-care share against 55%.',
})
export class LotteryFundYearFigures {
  @Field(() => ID, { description: 'Level that retains the fund: 371000 for the city, or a district code.' })
  areaCode: string;

  @Field(() => LotteryFundSource, { description: 'Source of the fund.' })
  source: LotteryFundSource;

  @Field(() => Int, { description: 'Year raised.' })
  raisedYear: number;

  @Field(() => Int, { description: 'Year spent: the year after it was raised.' })
  spendingYear: number;

  @Field(() => Fen, { description: 'Fen retained (留成).' })
  retainedFen: number;

  @Field(() => Fen, { description: 'Fen allocated, every category.' })
  allocatedFen: number;

  @Field(() => Fen, { description: 'Fen allocated to elder care.' })
  elderCareAllocatedFen: number;

  @Field(() => Fen, { description: 'Fen retained and not yet allocated.' })
  unallocatedFen: number;

  @Field(() => Fen, { description: 'Fen disbursed and not reversed.' })
  disbursedFen: number;

  @Field(() => LotteryFundElderCareShare, {
    description: 'Elder-care share of the retained fund against the plan’s 55%.',
  })
  elderCareShare: LotteryFundElderCareShare;
}

export interface FiguresQuery {
  /** Levels to report; every level when omitted. */
  areaCodes?: string[];
  fromYear: number;
  toYear: number;
  source: LotteryFundSource;
}

const keyOf = (areaCode: string, raisedYear: number | string) => `${areaCode}/${Number(raisedYear)}`;

/** Every query starts with `WHERE fund.source = :source`; this adds the years and areas asked. */
function scoped<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  { areaCodes, fromYear, toYear }: FiguresQuery,
): SelectQueryBuilder<T> {
  query.andWhere('fund.raisedYear BETWEEN :fromYear AND :toYear', { fromYear, toYear });
  return areaCodes ? query.andWhere('fund.areaCode IN (:...areaCodes)', { areaCodes }) : query;
}

/** Fen retained per level and year raised (oldest year first, then by area code): one GROUP BY. */
async function retainedFenByLevel(
  manager: EntityManager,
  query: FiguresQuery,
): Promise<Array<{ areaCode: string; raisedYear: number; retainedFen: number }>> {
  if (query.areaCodes && query.areaCodes.length === 0) return [];
  const rows = await scoped(
    manager
      .getRepository(LotteryFund)
      .createQueryBuilder('fund')
      .select('fund.areaCode', 'areaCode')
      .addSelect('fund.raisedYear', 'raisedYear')
      .addSelect('SUM(fund.amountFen)', 'retained')
      .where('fund.source = :source', { source: query.source }),
    query,
  )
    .groupBy('fund.areaCode')
    .addGroupBy('fund.raisedYear')
    .orderBy('fund.raisedYear', 'ASC')
    .addOrderBy('fund.areaCode', 'ASC')
    .getRawMany<{ areaCode: string; raisedYear: number | string; retained: number | string }>();
  return rows.map((row) => ({
    areaCode: row.areaCode,
    raisedYear: Number(row.raisedYear),
    retainedFen: Number(row.retained),
  }));
}

/** Fen allocated in all and to elder care, by level and year raised. */
interface AllocatedFen {
  allocatedFen: number;
  elderCareFen: number;
}

/**
 * Fen allocated per level and year raised, in all and to elder care (the 55% rule's numerator): one
 * GROUP BY over every allocation recorded (none is dated in the future; the figure as of a day is
 * `lotteryFundSharesOnDays`'s).
 */
async function allocatedFenByLevel(manager: EntityManager, query: FiguresQuery): Promise<Map<string, AllocatedFen>> {
  if (query.areaCodes && query.areaCodes.length === 0) return new Map();
  const allocations = scoped(
    manager
      .getRepository(LotteryFundAllocation)
      .createQueryBuilder('allocation')
      .innerJoin(LotteryFund, 'fund', 'fund.id = allocation.fundId')
      .select('fund.areaCode', 'areaCode')
      .addSelect('fund.raisedYear', 'raisedYear')
      .addSelect('SUM(allocation.amountFen)', 'allocated')
      .addSelect('SUM(CASE WHEN allocation.category = :elderCare THEN allocation.amountFen ELSE 0 END)', 'elderCare')
      .where('fund.source = :source', { source: query.source })
      .setParameter('elderCare', LotteryFundCategory.ELDER_CARE),
    query,
  );
  const rows = await allocations.groupBy('fund.areaCode').addGroupBy('fund.raisedYear').getRawMany<{
    areaCode: string;
    raisedYear: number | string;
    allocated: number | string;
    elderCare: number | string;
  }>();
  return new Map(
    rows.map((row) => [
      keyOf(row.areaCode, row.raisedYear),
      { allocatedFen: Number(row.allocated), elderCareFen: Number(row.elderCare) },
    ]),
  );
}

/** One level's retained fund of one year and its elder-care share as of a day. */
export interface LotteryFundShareOnDay {
  areaCode: string;
  raisedYear: number;
  retainedFen: number;
  /** Fen allocated to elder care by decisions made on or before the day. */
  elderCareFen: number;
  share: ElderCareShare;
}

/**
 * Each level's elder-care share as of each day asked (the joint meeting's figure), for the year
 * `raisedYearOf` the day: retained, and allocated to elder care by allocations decided on or before
 * the day. Two statements for every day asked: the funds retained over the years the days read (one
 * GROUP BY), and the elder-care allocations per day (one GROUP BY joining the table of days).
 */
export async function lotteryFundSharesOnDays(
  manager: EntityManager,
  query: { areaCodes?: string[]; source: LotteryFundSource },
  days: readonly string[],
  raisedYearOf: (day: string) => number,
): Promise<Array<LotteryFundShareOnDay & { day: string }>> {
  const years = days.map(raisedYearOf);
  const funds = await retainedFenByLevel(manager, {
    ...query,
    fromYear: Math.min(...years),
    toYear: Math.max(...years),
  });
  if (funds.length === 0) return [];
  const on = daysTable(days, (day) => ({ raisedYear: raisedYearOf(day) }));
  const allocations = await queryNamed<{ day: string; areaCode: string; elderCare: number | string }>(
    manager.connection,
    `SELECT d.day AS day, fund.areaCode AS areaCode,
            SUM(CASE WHEN allocation.category = :elderCare THEN allocation.amountFen ELSE 0 END) AS elderCare
       FROM ${on.sql} d
       JOIN ${manager.connection.getMetadata(LotteryFund).tableName} fund
         ON fund.source = :source AND fund.raisedYear = d.raisedYear${query.areaCodes ? ' AND fund.areaCode IN (:...areaCodes)' : ''}
       JOIN ${manager.connection.getMetadata(LotteryFundAllocation).tableName} allocation
         ON allocation.fundId = fund.id AND allocation.allocatedOn <= d.day
      GROUP BY d.day, fund.areaCode`,
    {
      ...on.params,
      elderCare: LotteryFundCategory.ELDER_CARE,
      source: query.source,
      areaCodes: query.areaCodes ?? null,
    },
  );
  const elderCare = new Map(allocations.map((row) => [`${String(row.day)}/${row.areaCode}`, Number(row.elderCare)]));
  return days.flatMap((day) =>
    funds
      .filter(({ raisedYear }) => raisedYear === raisedYearOf(day))
      .map(({ areaCode, raisedYear, retainedFen }) => {
        const elderCareFen = elderCare.get(`${day}/${areaCode}`) ?? 0;
        return {
          day,
          areaCode,
          raisedYear,
          retainedFen,
          elderCareFen,
          share: elderCareShare(elderCareFen, retainedFen),
        };
      }),
  );
}

/**
 * Per level and year raised: three GROUP BY queries (funds, allocations, disbursements), whatever
 * the number of areas and years asked; nothing is summed in Node but the three results joined.
 */
export async function lotteryFundYearFigures(
  manager: EntityManager,
  query: FiguresQuery,
): Promise<LotteryFundYearFigures[]> {
  const { source } = query;
  const funds = await retainedFenByLevel(manager, query);
  if (funds.length === 0) return [];
  const allocated = await allocatedFenByLevel(manager, query);

  const disbursements = await scoped(
    manager
      .getRepository(LotteryFundDisbursement)
      .createQueryBuilder('disbursement')
      .innerJoin(LotteryFundAllocation, 'allocation', 'allocation.id = disbursement.allocationId')
      .innerJoin(LotteryFund, 'fund', 'fund.id = allocation.fundId')
      .select('fund.areaCode', 'areaCode')
      .addSelect('fund.raisedYear', 'raisedYear')
      .addSelect('SUM(disbursement.amountFen)', 'disbursed')
      .where('fund.source = :source', { source })
      .andWhere('disbursement.status = :paid', { paid: LotteryFundDisbursementStatus.PAID }),
    query,
  )
    .groupBy('fund.areaCode')
    .addGroupBy('fund.raisedYear')
    .getRawMany<{ areaCode: string; raisedYear: number | string; disbursed: number | string }>();

  const disbursed = new Map(disbursements.map((row) => [keyOf(row.areaCode, row.raisedYear), Number(row.disbursed)]));
  return funds.map(({ areaCode, raisedYear, retainedFen }) => {
    const key = keyOf(areaCode, raisedYear);
    const allocatedFen = allocated.get(key)?.allocatedFen ?? 0;
    const elderCareAllocatedFen = allocated.get(key)?.elderCareFen ?? 0;
    return Object.assign(new LotteryFundYearFigures(), {
      areaCode,
      source,
      raisedYear,
      spendingYear: raisedYear + 1,
      retainedFen,
      allocatedFen,
      elderCareAllocatedFen,
      unallocatedFen: retainedFen - allocatedFen,
      disbursedFen: disbursed.get(key) ?? 0,
      elderCareShare: Object.assign(
        new LotteryFundElderCareShare(),
        elderCareShare(elderCareAllocatedFen, retainedFen),
      ),
    });
  });
}
