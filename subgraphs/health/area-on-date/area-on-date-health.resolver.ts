import { Authorized, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { AreaOnDate } from './area-on-date.stub';

/** Health's contribution to the joint meeting's figures (联席会议): aggregates from health's own records, batched over every area of the request. */
@Authorized(can('publicRecords'))
@Resolver(() => AreaOnDate)
export class AreaOnDateHealthResolver {
  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'Credit codes of the elder-care institutions that are medical-care integrated (医养结合, indicator 8) on the day: a cooperation agreement (签约合作) in force that day or an inside clinic (内设医疗机构) filed by then and not closed. CITYWIDE and the same for every area: health does not know where elder-care institutions stand (civil affairs does, and keeps those in the area). Sorted, distinct.',
  })
  medicalCareIntegratedInstitutionCodes(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: HealthContext,
  ): Promise<string[]> {
    return loaders.medicalCareIntegratedCodesOnDay.load(area.asOf);
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'Credit codes of the elder-care institutions with a cooperation agreement (签约合作) with a medical institution in force on the day, inside clinic or not (plan: 医疗卫生机构与养老机构签约服务……全覆盖). CITYWIDE and the same for every area, as for the integrated ones. Sorted, distinct.',
  })
  signedCooperationInstitutionCodes(@Root() area: AreaOnDate, @Ctx() { loaders }: HealthContext): Promise<string[]> {
    return loaders.signedCooperationCodesOnDay.load(area.asOf);
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'The districts of the area (for a district: itself or none) with at least one medical institution providing hospice care (安宁疗护; plan: every district). Medical institutions’ flags carry no dates: these are today’s records whatever the day. Sorted.',
  })
  async hospiceProviderDistrictCodes(@Root() area: AreaOnDate, @Ctx() { loaders }: HealthContext): Promise<string[]> {
    return [...(await loaders.hospiceProviderDistrictsByArea.load(area.areaCode))].sort();
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Second-level-and-above public general hospitals (二级及以上公立综合医院) of the area offering Internet+nursing (互联网+护理服务; measure 14’s numerator); unit: hospitals. The flags carry no dates: today’s records whatever the day.',
  })
  async internetNursingOfferingHospitals(@Root() area: AreaOnDate, @Ctx() { loaders }: HealthContext): Promise<number> {
    return (await loaders.internetNursingOfferingByArea.load(area.areaCode)).reduce(
      (total, hospitals) => total + hospitals,
      0,
    );
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'Credit codes of the second-level-and-above public general hospitals of the area NOT offering Internet+nursing (with the offering ones, measure 14’s denominator). Today’s records whatever the day. Sorted.',
  })
  async internetNursingMissingHospitalCodes(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: HealthContext,
  ): Promise<string[]> {
    return [...(await loaders.internetNursingMissingByArea.load(area.areaCode))].sort();
  }
}
