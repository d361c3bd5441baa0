import { Authorized, Ctx, Directive, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { AreaOnDate } from './area-on-date.stub';

/** What medical insurance adds to the city or a district on a day: aggregates only, from its own dated records. */
@Authorized(can('publicRecords'))
@Resolver(() => AreaOnDate)
export class AreaOnDateMedicalInsuranceResolver {
  @Directive('@inaccessible')
  @Authorized(can('indicatorInputs'))
  @FieldResolver(() => Int, {
    description:
      '长期护理保险参保人数: distinct persons insured by long-term care insurance (either scheme, 职工 or 城乡居民) on the day, counted by the district of their insurance registration (measure 16’s numerator). ' +
      'An enrolment keeps only its current status and the day that status took effect, so a person counts as insured on the day when insured from that day or earlier and either still ACTIVE, or suspended or ended only after the day (before a suspension or end took effect the person was insured). ' +
      'A person suspended and resumed before today counts as insured throughout: the interruption is not kept. ' +
      'Exact however small, so `@inaccessible`: for the gateway composing measure 16 (which withholds small cells), or callers entitled to the enrolments.',
  })
  async ltciInsuredPersons(@Root() area: AreaOnDate, @Ctx() { loaders }: MedicalInsuranceContext): Promise<number> {
    const counts = await loaders.ltciInsuredPersonsOnDate.load({ key: area.areaCode, args: area.asOf });
    return counts.reduce((sum, count) => sum + count, 0);
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
