import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { assertPersonKey, personKeyOf } from '../../shared/identity/person-key';
import { parseResidentId } from '../../shared/identity/resident-id';
import { checkedPage, PageInput, PageOf } from '../../shared/paging/page';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import { CaregiverCertificate } from '../certificate/certificate.entity';
import { isCertifiedOn } from '../certificate/certified';
import type { HumanResourcesContext } from '../context';
import { Institution } from '../institution/institution.stub';
import { Caregiver } from './caregiver.entity';
import { CaregiverFilter, ImportCaregiversInput, RegisterCaregiverInput } from './caregiver.inputs';
import { importCaregivers } from './caregiver-import';
import { listCaregivers, registerCaregiver } from './caregiver.service';

@ObjectType({ description: 'A page of caregivers.' })
export class CaregiverPage extends PageOf(Caregiver, 'A page of caregivers.') {}

@Authorized(can('caregiverRecords'))
@Resolver(() => Caregiver)
export class CaregiverResolver {
  @Query(() => Caregiver, { nullable: true, description: 'A caregiver by person key; null if none is registered.' })
  caregiver(
    @Arg('personKey', () => ID, { description: 'Person key of the caregiver.' }) personKey: string,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<Caregiver | null> {
    return loaders.caregiverByKey.load(assertPersonKey(personKey));
  }

  @Query(() => Caregiver, {
    nullable: true,
    description:
      'A caregiver by resident ID number (validated, then looked up by its person key); null if none is registered. Needs the personal-data scope: a caller that sees numbers masked looks caregivers up by person key.',
  })
  caregiverByIdNumber(
    @Arg('idNumber', { description: 'Resident ID number.' }) idNumber: string,
    @Ctx() { loaders, config }: HumanResourcesContext,
  ): Promise<Caregiver | null> {
    return loaders.caregiverByKey.load(personKeyOf(parseResidentId(idNumber).number, config.personKeySecret));
  }

  @Query(() => CaregiverPage, {
    description:
      'Caregivers matching a filter (working today unless former staff are included), ordered by person key.',
  })
  caregivers(
    @Arg('filter', () => CaregiverFilter, { nullable: true, description: 'Which caregivers.' })
    filter: CaregiverFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: HumanResourcesContext,
  ): Promise<CaregiverPage> {
    return listCaregivers(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }

  @Authorized(can('write'))
  @Mutation(() => Caregiver, {
    description:
      'Registers a caregiver (养老护理员, 长期照护师 or 社会工作者) with their employer. Refused for an invalid ID number or credit code, a person already registered, or an employment before working age.',
  })
  registerCaregiver(
    @Arg('input', () => RegisterCaregiverInput) input: RegisterCaregiverInput,
    @Ctx() { dataSource, config }: HumanResourcesContext,
  ): Promise<Caregiver> {
    return transaction(dataSource, (manager) => registerCaregiver(manager, input, config.personKeySecret));
  }

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} caregivers from a human-resources system in one transaction: each item registers a caregiver, or brings the one with its source reference or ID number up to date, and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importCaregivers(
    @Arg('input', () => ImportCaregiversInput) input: ImportCaregiversInput,
    @Ctx() { dataSource, config }: HumanResourcesContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importCaregivers(manager, input, config.personKeySecret));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => Caregiver, {
    nullable: true,
    description:
      'A caregiver by their identifier in a human-resources system (来源系统编号), as that system sent it; null if none carries it. For human resources’ own systems.',
  })
  caregiverBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The caregiver’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<Caregiver | null> {
    return dataSource.manager.findOneBy(Caregiver, { sourceSystem: source, sourceId: ref });
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The employing elder-care institution (civil affairs resolves its name and beds); null without one.',
  })
  employer(@Root() caregiver: Caregiver): Institution | null {
    return caregiver.employerCode ? Object.assign(new Institution(), { code: caregiver.employerCode }) : null;
  }

  @FieldResolver(() => [CaregiverCertificate], {
    description: 'Certificates held, newest first, expired ones included.',
  })
  certificates(
    @Root() caregiver: Caregiver,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<CaregiverCertificate[]> {
    return loaders.certificatesByPerson.load(caregiver.personKey);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Certified today (持证): holds a certificate attesting the role (a care certificate for care and social work, the licence of the trade for medical, rehabilitation and fire-safety staff) issued by today and not expired.',
  })
  async certified(@Root() caregiver: Caregiver, @Ctx() { loaders }: HumanResourcesContext): Promise<boolean> {
    return isCertifiedOn(await loaders.certificatesByPerson.load(caregiver.personKey), caregiver.role, todayIso());
  }
}
