import { Authorized, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { countsIn, isCity } from '../../shared/areas/city-of-districts';
import { NotFoundError } from '../../shared/errors/errors';
import { CivilAffairsAreaFigures } from '../../shared/indicators/civil-affairs-area-figures';
import { DistrictInstitution } from '../../shared/indicators/district-institution';
import { can } from '../access-policy';
import type { CivilAffairsContext } from '../context';
import { AreaOnDate } from './area-on-date.stub';
import { cityFigures } from './civil-affairs-figures.query';

/**
 * Civil affairs' contribution to the joint meeting's indicators: its own counts for the area on the
 * day, like every other department's. Exact however small, so `@inaccessible` and answered only to
 * the gateway composing (the joint meeting withholds small cells) or to those entitled directly.
 */
@Authorized(can('indicatorInputs'))
@Resolver(() => AreaOnDate)
export class AreaOnDateCivilAffairsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => CivilAffairsAreaFigures, {
    nullable: true,
    description:
      'Civil affairs’ counts for the area on the day (elders, 特困 elders, beds, streets and towns with centres, institutions and their attributes, visits, family beds, developments, facilities, age-friendly communities): the city’s are its districts’ added up.',
  })
  async civilAffairsFigures(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<CivilAffairsAreaFigures> {
    const perDistrict = await loaders.districtFiguresOn.load(area.asOf);
    const own = isCity(area.areaCode) ? cityFigures(perDistrict.values()) : perDistrict.get(area.areaCode);
    if (!own) throw new NotFoundError('district', area.areaCode);
    return Object.assign(new CivilAffairsAreaFigures(), own);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'Unified social credit codes of the elder-care institutions of the area operating on the day, sorted: the joint meeting counts those health names medical-care integrated (indicator 8).',
  })
  async operatingInstitutionCodes(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<string[]> {
    const byDistrict = await loaders.operatingInstitutionsOn.load(area.asOf);
    return [...byDistrict]
      .filter(([district]) => countsIn(area.areaCode, district))
      .flatMap(([, codes]) => codes)
      .sort();
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [DistrictInstitution], {
    nullable: true,
    description:
      'The 特困人员供养服务机构 (institutions of 特困供养) of the area operating on the day, each with its district, sorted by credit code: the joint meeting keeps those health names medical-care integrated (plan 专栏1: at least one per district).',
  })
  async extremePovertySupportInstitutions(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<DistrictInstitution[]> {
    const byDistrict = await loaders.operatingExtremePovertySupportOn.load(area.asOf);
    return [...byDistrict]
      .filter(([district]) => countsIn(area.areaCode, district))
      .flatMap(([districtCode, codes]) =>
        codes.map((institutionCode) => Object.assign(new DistrictInstitution(), { districtCode, institutionCode })),
      )
      .sort((a, b) => a.institutionCode.localeCompare(b.institutionCode));
  }
}
