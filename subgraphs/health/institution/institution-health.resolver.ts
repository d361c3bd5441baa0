import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { CooperationAgreement } from '../cooperation/cooperation-agreement.entity';
import { InsideClinic } from '../inside-clinic/inside-clinic.entity';
import { Institution } from './institution.stub';

/** The medical-elder-care integration section (医养结合) of an elder-care institution. */
@Authorized(can('publicRecords'))
@Resolver(() => Institution)
export class InstitutionHealthResolver {
  @FieldResolver(() => [CooperationAgreement], {
    nullable: true,
    description:
      'Its cooperation agreements with medical institutions (签约合作), newest first: those not ended or expired, or all.',
  })
  cooperationAgreements(
    @Root() institution: Institution,
    @Arg('includeEnded', { defaultValue: false, description: 'Include agreements that have ended or expired.' })
    includeEnded: boolean,
    @Ctx() { loaders }: HealthContext,
  ): Promise<CooperationAgreement[]> {
    return loaders.agreementsByInstitution.load({ key: institution.code, args: { includeEnded, today: todayIso() } });
  }

  @FieldResolver(() => InsideClinic, {
    nullable: true,
    description: 'The medical facility operating inside it (内设医疗机构), if one is filed.',
  })
  insideClinic(@Root() institution: Institution, @Ctx() { loaders }: HealthContext): Promise<InsideClinic | null> {
    return loaders.openInsideClinicByInstitution.load(institution.code);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Counts as medical-care integrated today (医养结合, indicator 8: 100% by 2025): a cooperation agreement in force or an operating inside clinic.',
  })
  medicalCareIntegrated(@Root() institution: Institution, @Ctx() { loaders }: HealthContext): Promise<boolean> {
    return loaders.medicalCareIntegratedByInstitution.load(institution.code);
  }
}
