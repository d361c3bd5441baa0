import { Authorized, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { can } from '../access-policy';
import { LtciDisabilityGrade } from '../assessment/ltci-disability-grade.enum';
import { LtciProviderLevel } from '../designation/ltci-provider.enums';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';
import { LTCI_BENEFIT_CONFIG } from './ltci-benefit-config';
import { renamedForUnit } from '../../shared/schema/wire-units';

/** One cell of the rate table, as published to clients. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'One line of the LTCI rate table (待遇标准): per-day cap and fund ratios of one care form at one provider level. Defaults, as Weihai’s figures are unpublished.',
})
export class LtciRateEntry {
  @Field(() => LtciCareForm, { description: 'Form of care.' })
  careForm: LtciCareForm;

  @Field(() => LtciProviderLevel, { description: 'Provider level.' })
  providerLevel: LtciProviderLevel;

  @Field(() => Int, { description: 'Per-day cap (日限额), in fen.' })
  dailyCapFen: number;

  @Field(() => Int, { description: 'Fund ratio for the employees’ scheme, in basis points (10,000 = 100 %).' })
  employeeFundRatioBasisPoints: number;

  @Field(() => Int, {
    description: 'Fund ratio for the urban-rural residents’ scheme, in basis points (10,000 = 100 %).',
  })
  residentFundRatioBasisPoints: number;

  @Field(() => Int, {
    description: 'Fund ratio for the employees’ scheme, in basis points.',
    deprecationReason: renamedForUnit('employeeFundRatioBasisPoints'),
  })
  get employeeFundRatioBp(): number {
    return this.employeeFundRatioBasisPoints;
  }

  @Field(() => Int, {
    description: 'Fund ratio for the urban-rural residents’ scheme, in basis points.',
    deprecationReason: renamedForUnit('residentFundRatioBasisPoints'),
  })
  get residentFundRatioBp(): number {
    return this.residentFundRatioBasisPoints;
  }
}

/** The benefit configuration, read-only, so clients show the same figures the settlements use. */
@Authorized(can('publicRecords'))
@Resolver()
export class LtciBenefitResolver {
  @Query(() => [LtciRateEntry], {
    description:
      'The LTCI rate table every settlement is computed from; a care form missing at a level is not paid there. Fund share = charges within days × cap × ratio, rounded half up to the fen.',
  })
  ltciRateTable(): LtciRateEntry[] {
    return Object.values(LtciCareForm).flatMap((careForm) =>
      Object.values(LtciProviderLevel).flatMap((providerLevel) => {
        const rate = LTCI_BENEFIT_CONFIG.rates[careForm][providerLevel];
        return rate
          ? [
              Object.assign(new LtciRateEntry(), {
                careForm,
                providerLevel,
                dailyCapFen: rate.dailyCapFen,
                employeeFundRatioBasisPoints: rate.fundRatioBp.EMPLOYEE,
                residentFundRatioBasisPoints: rate.fundRatioBp.URBAN_RURAL_RESIDENT,
              }),
            ]
          : [];
      }),
    );
  }

  @Query(() => [LtciDisabilityGrade], {
    description:
      'Disability grades that qualify for LTCI benefits (享受待遇的失能等级), by configuration (default: 3–5, 重度失能).',
  })
  ltciQualifyingGrades(): LtciDisabilityGrade[] {
    return [...LTCI_BENEFIT_CONFIG.qualifyingGrades];
  }
}
