import { Authorized, Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import { renamedForUnit } from '../../shared/schema/wire-units';
import { can } from '../access-policy';
import { meetsShareTarget, type ShareTarget } from './workforce-targets';

/** A share of an institution's care staff, with its exact parts, against a target of measure 20. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A share of an institution’s care staff working today (measure 20), with the exact numerator and denominator and the target.',
})
export class CaregiverWorkforceShare {
  @Field(() => Int, { description: 'Care staff (养老护理员 and 长期照护师) in the share, e.g. those certified today.' })
  numerator: number;

  @Field(() => Int, { description: 'Care staff (养老护理员 and 长期照护师) employed by the institution today.' })
  denominator: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'numerator ÷ denominator, 0–1, for display; null without care staff. Use the integer fields for exact arithmetic.',
  })
  ratio: number | null;

  @Field(() => Int, {
    description: 'Target share in basis points (10,000 = 100%; measure 20: 9000 certified, 2000 long-term carers).',
  })
  targetBasisPoints: number;

  @Field(() => Int, {
    description: 'Target share in percent (measure 20).',
    deprecationReason: renamedForUnit('targetBasisPoints'),
  })
  targetPercent: number;

  @Field(() => LocalDate, { description: 'Date by which the target is to be met.' })
  deadline: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the share reaches the target (compared exactly in integers); null without care staff.',
  })
  targetMet: boolean | null;

  static of(numerator: number, denominator: number, target: ShareTarget): CaregiverWorkforceShare {
    return Object.assign(new CaregiverWorkforceShare(), {
      numerator,
      denominator,
      ratio: denominator ? numerator / denominator : null,
      targetBasisPoints: target.percent * 100,
      targetPercent: target.percent,
      deadline: target.deadline,
      targetMet: meetsShareTarget(numerator, denominator, target),
    });
  }
}
