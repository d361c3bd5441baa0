import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Fen } from '../../shared/money/fen';
import { can } from '../access-policy';
import { LotteryFundCategory } from '../allocation/lottery-fund-allocation-enums';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { LotteryFundDisbursementStatus } from '../disbursement/lottery-fund-disbursement-enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { elderCareShare } from '../fund/elder-care-share';
import { LotteryFundElderCareShare } from '../fund/lottery-fund-elder-care-share.type';
import { LotteryFundSource } from '../fund/lottery-fund-source.enum';
import { LotteryFund } from '../fund/lottery-fund.entity';

@Authorized(can('publicRecords'))
@ObjectType({ description: 'One level’s retained fund of one source for one year: retained, allocated (to elder care and in all), disbursed, and the elder-care share against 55%.' })
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

  @Field(() => LotteryFundElderCareShare, { description: 'Elder-care share of the retained fund against the plan’s 55%.' })
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

/**
 * Per level and year raised: three GROUP BY queries (funds, allocations, disbursements), whatever
 * the number of areas and years asked; nothing is summed in Node but the three results joined.
 */
export async function lotteryFundYearFigures(manager: EntityManager, { areaCodes, fromYear, toYear, source }: FiguresQuery): Promise<LotteryFundYearFigures[]> {
  if (areaCodes && areaCodes.length === 0) return [];
  // Every query starts with `WHERE fund.source = :source`; this adds the years and areas asked.
  const scope = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> => {
    query.andWhere('fund.raisedYear BETWEEN :fromYear AND :toYear', { fromYear, toYear });
    return areaCodes ? query.andWhere('fund.areaCode IN (:...areaCodes)', { areaCodes }) : query;
  };
  const funds = await scope(
    manager.getRepository(LotteryFund).createQueryBuilder('fund').select('fund.areaCode', 'areaCode').addSelect('fund.raisedYear', 'raisedYear').addSelect('SUM(fund.amountFen)', 'retained').where('fund.source = :source', { source }),
  )
    .groupBy('fund.areaCode')
    .addGroupBy('fund.raisedYear')
    .orderBy('fund.raisedYear', 'ASC')
    .addOrderBy('fund.areaCode', 'ASC')
    .getRawMany<{ areaCode: string; raisedYear: number | string; retained: number | string }>();
  if (funds.length === 0) return [];

  const allocations = await scope(
    manager
      .getRepository(LotteryFundAllocation)
      .createQueryBuilder('allocation')
      .innerJoin(LotteryFund, 'fund', 'fund.id = allocation.fundId')
      .select('fund.areaCode', 'areaCode')
      .addSelect('fund.raisedYear', 'raisedYear')
      .addSelect('SUM(allocation.amountFen)', 'allocated')
      .addSelect('SUM(CASE WHEN allocation.category = :elderCare THEN allocation.amountFen ELSE 0 END)', 'elderCare')
      .where('fund.source = :source', { source })
      .setParameter('elderCare', LotteryFundCategory.ELDER_CARE),
  )
    .groupBy('fund.areaCode')
    .addGroupBy('fund.raisedYear')
    .getRawMany<{ areaCode: string; raisedYear: number | string; allocated: number | string; elderCare: number | string }>();

  const disbursements = await scope(
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
  )
    .groupBy('fund.areaCode')
    .addGroupBy('fund.raisedYear')
    .getRawMany<{ areaCode: string; raisedYear: number | string; disbursed: number | string }>();

  const allocated = new Map(allocations.map((row) => [keyOf(row.areaCode, row.raisedYear), row]));
  const disbursed = new Map(disbursements.map((row) => [keyOf(row.areaCode, row.raisedYear), Number(row.disbursed)]));
  return funds.map((row) => {
    const key = keyOf(row.areaCode, row.raisedYear);
    const retainedFen = Number(row.retained);
    const allocatedFen = Number(allocated.get(key)?.allocated ?? 0);
    const elderCareAllocatedFen = Number(allocated.get(key)?.elderCare ?? 0);
    return Object.assign(new LotteryFundYearFigures(), {
      areaCode: row.areaCode,
      source,
      raisedYear: Number(row.raisedYear),
      spendingYear: Number(row.raisedYear) + 1,
      retainedFen,
      allocatedFen,
      elderCareAllocatedFen,
      unallocatedFen: retainedFen - allocatedFen,
      disbursedFen: disbursed.get(key) ?? 0,
      elderCareShare: Object.assign(new LotteryFundElderCareShare(), elderCareShare(elderCareAllocatedFen, retainedFen)),
    });
  });
}
