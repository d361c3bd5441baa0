import { Authorized, Ctx, Directive, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { LtciScheme } from '../enrolment/ltci-enrolment.enums';
import type { MedicalInsuranceLoaders } from '../loaders';
import { AreaOnDate } from './area-on-date.stub';

const INSURED_ON_THE_DAY =
  'An enrolment keeps only its current status and the day that status took effect, so a person counts as insured on the day when insured from that day or earlier and either still ACTIVE, or suspended or ended only after the day (before a suspension or end took effect the person was insured). ' +
  'A person suspended and resumed before today counts as insured throughout: the interruption is not kept. ' +
  'Exact however small, so `@inaccessible`: for the gateway composing measure 16 (which withholds small cells), or callers entitled to the enrolments.';

/** Insured elders of one scheme in the area on the day: one GROUP BY for every area and scheme asked with the day. */
async function insuredElders(area: AreaOnDate, loaders: MedicalInsuranceLoaders, scheme: LtciScheme): Promise<number> {
  const rows = await loaders.ltciInsuredEldersOnDate.load({ key: area.areaCode, args: area.asOf });
  return rows.reduce((sum, row) => (row.scheme === scheme ? sum + row.count : sum), 0);
}

/** What medical insurance adds to the city or a district on a day: aggregates only, from its own dated records. */
@Authorized(can('publicRecords'))
@Resolver(() => AreaOnDate)
export class AreaOnDateMedicalInsuranceResolver {
  @Directive('@inaccessible')
  @Authorized(can('indicatorInputs'))
  @FieldResolver(() => Int, {
    description:
      '城乡居民长期护理保险参保老年人: distinct persons aged 60 or over on the day (birth date from the ID number given at enrolment) insured by the urban-rural residents’ scheme (城乡居民) of long-term care insurance on the day, counted by the district of their insurance registration — measure 16’s figure, the scheme the measure names. ' +
      INSURED_ON_THE_DAY,
  })
  async ltciInsuredEldersResidentsScheme(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: MedicalInsuranceContext,
  ): Promise<number> {
    return insuredElders(area, loaders, LtciScheme.URBAN_RURAL_RESIDENT);
  }

  @Directive('@inaccessible')
  @Authorized(can('indicatorInputs'))
  @FieldResolver(() => Int, {
    description:
      '职工长期护理保险参保老年人: the same for the employees’ scheme (职工) — with the residents’ scheme, measure 16’s numerator (either scheme). ' +
      INSURED_ON_THE_DAY,
  })
  async ltciInsuredEldersEmployeesScheme(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: MedicalInsuranceContext,
  ): Promise<number> {
    return insuredElders(area, loaders, LtciScheme.EMPLOYEE);
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      '长期护理保险定点养老机构: unified social credit codes of the elder-care institutions (养老机构) whose LTCI designation is in force on the day (first day ≤ the day ≤ last day, open-ended if none), located in the area; distinct, sorted ascending. Medical institutions are not included.',
  })
  async ltciDesignatedInstitutionCodes(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: MedicalInsuranceContext,
  ): Promise<string[]> {
    const codes = await loaders.ltciDesignatedInstitutionCodesOnDate.load({ key: area.areaCode, args: area.asOf });
    return [...new Set(codes)].sort();
  }
}
