import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
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
import { assertPersonKey, personKeyFromIdNumber } from '../../shared/identity/person-key';
import { maskIdNumber } from '../../shared/identity/masking';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { ageOn, todayIso } from '../../shared/time/today';
import { Area } from '../area/area.entity';
import { mostSpecificCode } from '../area/service-area';
import type { CivilAffairsContext } from '../context';
import { Elder } from './elder.entity';
import { ElderFilter, ImportEldersInput, RegisterElderInput, UpdateElderInput } from './elder.inputs';
import { importElders } from './elder-import';
import { listElders, registerElder, updateElder } from './elder.service';

@ObjectType({ description: 'A page of elders.' })
export class ElderPage extends PageOf(Elder, 'A page of elders.') {}

@Authorized(can('elderIdentity'))
@Resolver(() => Elder)
export class ElderResolver {
  @Query(() => Elder, {
    nullable: true,
    description:
      'An elder by resident ID number (validated; 15-digit numbers accepted); null if not in the registry. Needs the personal-data scope: a caller that sees numbers masked looks elders up by person key.',
  })
  elderByIdNumber(
    @Arg('idNumber', { description: 'Resident ID number.' }) idNumber: string,
    @Ctx() { loaders, config }: CivilAffairsContext,
  ): Promise<Elder | null> {
    return loaders.elderByKey.load(personKeyFromIdNumber(idNumber, config.personKeySecret));
  }

  @Query(() => Elder, { nullable: true, description: 'An elder by person key; null if not in the registry.' })
  elder(
    @Arg('personKey', () => ID, { description: 'Person key.' }) personKey: string,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<Elder | null> {
    return loaders.elderByKey.load(assertPersonKey(personKey));
  }

  @Query(() => ElderPage, { description: 'Elders matching a filter, ordered by person key, one page at a time.' })
  elders(
    @Arg('filter', () => ElderFilter, { nullable: true, description: 'Which elders.' }) filter: ElderFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: CivilAffairsContext,
  ): Promise<ElderPage> {
    return listElders(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => Elder, {
    description:
      'Enters an elder in the registry. Refused if the ID number is invalid or already registered, or the person is under 60.',
  })
  registerElder(
    @Arg('input', () => RegisterElderInput) input: RegisterElderInput,
    @Ctx() { dataSource, config }: CivilAffairsContext,
  ): Promise<Elder> {
    return transaction(dataSource, (manager) => registerElder(manager, input, config.personKeySecret));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => Elder, {
    nullable: true,
    description:
      'An elder by their identifier in a civil-affairs system (来源系统编号), as that system sent it; null if none carries it. For civil affairs’ own systems.',
  })
  elderBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The elder’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<Elder | null> {
    return dataSource.manager.findOneBy(Elder, { sourceSystem: source, sourceId: ref });
  }

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} elders from a civil-affairs system (e.g. 金民工程) in one transaction: each item registers an elder, or brings the one with its source reference or ID number up to date, and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importElders(
    @Arg('input', () => ImportEldersInput) input: ImportEldersInput,
    @Ctx() { dataSource, config }: CivilAffairsContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importElders(manager, input, config.personKeySecret));
  }

  @Authorized(can('write'))
  @Mutation(() => Elder, { description: 'Corrects an elder’s record or records their death.' })
  updateElder(
    @Arg('personKey', () => ID, { description: 'Person key of the elder.' }) personKey: string,
    @Arg('input', () => UpdateElderInput) input: UpdateElderInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<Elder> {
    return transaction(dataSource, (manager) => updateElder(manager, assertPersonKey(personKey), input));
  }

  @FieldResolver(() => String, {
    description: 'The ID number masked for display, e.g. 3710************** (only the province and city shown).',
  })
  maskedIdNumber(@Root() elder: Elder): string {
    return maskIdNumber(elder.idNumber);
  }

  @FieldResolver(() => Int, { description: 'Age in whole years today (or at death).' })
  age(@Root() elder: Elder): number {
    return ageOn(elder.birthDate, elder.deceasedOn ?? todayIso());
  }

  @FieldResolver(() => Area, {
    description: 'The most specific known service area (village/community, else town/street, else district).',
  })
  area(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(mostSpecificCode(elder));
  }

  @FieldResolver(() => Area, { description: 'The district of the service area.' })
  district(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<Area | null> {
    return loaders.areaByCode.load(elder.districtCode);
  }
}
