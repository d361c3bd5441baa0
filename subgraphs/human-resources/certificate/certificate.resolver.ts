import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import { Caregiver } from '../caregiver/caregiver.entity';
import type { HumanResourcesContext } from '../context';
import { CaregiverCertificate } from './certificate.entity';
import { ImportCaregiverCertificatesInput, RecordCaregiverCertificateInput } from './certificate.inputs';
import { importCaregiverCertificates } from './certificate-import';
import { recordCaregiverCertificate } from './certificate.service';
import { isCertificateValidOn } from './certified';

@Authorized(can('caregiverRecords'))
@Resolver(() => CaregiverCertificate)
export class CaregiverCertificateResolver {
  @Authorized(can('write'))
  @Mutation(() => CaregiverCertificate, {
    description:
      'Records a certificate a caregiver holds. Refused for an unknown caregiver, a certificate number already recorded, or an expiry before the issue.',
  })
  recordCaregiverCertificate(
    @Arg('input', () => RecordCaregiverCertificateInput) input: RecordCaregiverCertificateInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverCertificate> {
    return transaction(dataSource, (manager) => recordCaregiverCertificate(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} caregivers’ certificates from a human-resources system in one transaction: each item records a certificate, or brings the one with its source reference or certificate number up to date, and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importCaregiverCertificates(
    @Arg('input', () => ImportCaregiverCertificatesInput) input: ImportCaregiverCertificatesInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importCaregiverCertificates(manager, input));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => CaregiverCertificate, {
    nullable: true,
    description:
      'A caregiver’s certificate by its identifier in a human-resources system, as that system sent it; null if none carries it. For human resources’ own systems.',
  })
  caregiverCertificateBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The certificate’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverCertificate | null> {
    return dataSource.manager.findOneBy(CaregiverCertificate, { sourceSystem: source, sourceId: ref });
  }

  @FieldResolver(() => Boolean, { description: 'Valid today: issued by today and not expired.' })
  validToday(@Root() certificate: CaregiverCertificate): boolean {
    return isCertificateValidOn(certificate, todayIso());
  }

  @FieldResolver(() => Caregiver, { description: 'The caregiver holding it.' })
  caregiver(
    @Root() certificate: CaregiverCertificate,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<Caregiver | null> {
    return loaders.caregiverByKey.load(certificate.personKey);
  }
}
