import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import { Caregiver } from '../caregiver/caregiver.entity';
import type { HumanResourcesContext } from '../context';
import { CaregiverCertificate } from './certificate.entity';
import { RecordCaregiverCertificateInput } from './certificate.inputs';
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
