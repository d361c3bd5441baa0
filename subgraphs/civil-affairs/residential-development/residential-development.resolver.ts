import { can } from '../access-policy';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { LocalDate } from '../../shared/schema/local-date';
import { todayIso } from '../../shared/time/today';
import { Area } from '../area/area.entity';
import { mostSpecificCode } from '../area/service-area';
import type { CivilAffairsContext } from '../context';
import { isFacilityCompliant, requiredFacilityAreaM2 } from './facility-standard';
import { ResidentialDevelopment } from './residential-development.entity';
import {
  RecordFacilityHandoverInput,
  RegisterResidentialDevelopmentInput,
  ResidentialDevelopmentFilter,
} from './residential-development.inputs';
import {
  listResidentialDevelopments,
  recordFacilityHandover,
  registerResidentialDevelopment,
} from './residential-development.service';

@ObjectType({ description: 'A page of the residential-development register.' })
export class ResidentialDevelopmentPage extends PageOf(
  ResidentialDevelopment,
  'A page of the residential-development register.',
) {}

@Authorized(can('publicRecords'))
@Resolver(() => ResidentialDevelopment)
export class ResidentialDevelopmentResolver {
  @Query(() => ResidentialDevelopment, {
    nullable: true,
    description: 'A new residential development by record number; null if none.',
  })
  residentialDevelopment(
    @Arg('id', () => ID, { description: 'Record number.' }) id: number,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<ResidentialDevelopment | null> {
    return Number.isSafeInteger(Number(id))
      ? loaders.residentialDevelopmentById.load(Number(id))
      : Promise.resolve(null);
  }

  @Query(() => ResidentialDevelopmentPage, {
    description:
      'New residential developments (新建城镇居住区) matching a filter, in order of delivery, then of registration.',
  })
  residentialDevelopments(
    @Arg('filter', () => ResidentialDevelopmentFilter, { nullable: true, description: 'Which developments.' })
    filter: ResidentialDevelopmentFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: CivilAffairsContext,
  ): Promise<ResidentialDevelopmentPage> {
    return listResidentialDevelopments(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => ResidentialDevelopment, {
    description:
      'Enters a new residential development in the register, with its supporting facility if already handed over. Refused if it is not in a town/street or community/village, or a development of the name is registered in the district.',
  })
  registerResidentialDevelopment(
    @Arg('input', () => RegisterResidentialDevelopmentInput) input: RegisterResidentialDevelopmentInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<ResidentialDevelopment> {
    return transaction(dataSource, (manager) => registerResidentialDevelopment(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => ResidentialDevelopment, {
    description:
      'Records the handover of a development’s supporting elder-care facility to civil affairs (移交), or corrects it with `correction: true`. A second handover without it is refused (CONFLICT).',
  })
  recordFacilityHandover(
    @Arg('input', () => RecordFacilityHandoverInput) input: RecordFacilityHandoverInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<ResidentialDevelopment> {
    return transaction(dataSource, (manager) => recordFacilityHandover(manager, input));
  }

  @FieldResolver(() => Int, {
    description:
      'Floor area its facility needs, whole m²: max(350, ⌈households × 20 / 100⌉) (每百户不低于20平方米，不低于350平方米).',
  })
  requiredFacilityAreaM2(@Root() development: ResidentialDevelopment): number {
    return requiredFacilityAreaM2(development.households);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether its facility meets the standard on the day (配建达标): handed over on or before it with at least the required floor area.',
  })
  compliant(
    @Root() development: ResidentialDevelopment,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The day (inclusive); today when omitted.' })
    asOf: string | undefined,
  ): boolean {
    return isFacilityCompliant(development, asOf ?? todayIso());
  }

  @FieldResolver(() => Area, { description: 'The most specific known area where it stands.' })
  area(@Root() development: ResidentialDevelopment, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(mostSpecificCode(development));
  }

  @FieldResolver(() => Area, { description: 'The district where it stands.' })
  district(@Root() development: ResidentialDevelopment, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(development.districtCode);
  }
}
