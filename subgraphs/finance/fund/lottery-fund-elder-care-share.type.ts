import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { Fen } from '../../shared/money/fen';
import { can } from '../access-policy';
import type { ElderCareShare } from './elder-care-share';

@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'The elder-care share of a retained fund against the plan’s rule that at least 55% of the retained welfare-lottery fund goes to elder care (留成福彩公益金55%以上用于养老服务), as exact integers.',
})
export class LotteryFundElderCareShare implements ElderCareShare {
  @Field(() => Fen, { description: 'Numerator: fen allocated to the ELDER_CARE category.' })
  elderCareFen: number;

  @Field(() => Fen, { description: 'Denominator: fen retained.' })
  retainedFen: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The share in basis points (1/100 of a percent), rounded down; null when nothing is retained.',
  })
  basisPoints: number | null;

  @Field(() => Int, { description: 'The plan’s minimum in basis points: 5500 (55%).' })
  requiredBasisPoints: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the exact share elderCareFen / retainedFen is at least 55%; null when nothing is retained.',
  })
  met: boolean | null;
}
