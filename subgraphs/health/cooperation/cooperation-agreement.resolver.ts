import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { Institution, institutionStub } from '../institution/institution.stub';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { CooperationAgreement, inForceOn } from './cooperation-agreement.entity';
import { EndCooperationAgreementInput, SignCooperationAgreementInput } from './cooperation-agreement.inputs';
import { endCooperationAgreement, signCooperationAgreement } from './cooperation-agreement.service';

@Authorized(can('publicRecords'))
@Resolver(() => CooperationAgreement)
export class CooperationAgreementResolver {
  @Authorized(can('write'))
  @Mutation(() => CooperationAgreement, {
    description:
      'Records a cooperation agreement signed between a medical and an elder-care institution. Refused if the pair already has one overlapping its term.',
  })
  signCooperationAgreement(
    @Arg('input', () => SignCooperationAgreementInput) input: SignCooperationAgreementInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<CooperationAgreement> {
    return transaction(dataSource, (manager) => signCooperationAgreement(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => CooperationAgreement, { description: 'Ends a cooperation agreement before its term (终止).' })
  endCooperationAgreement(
    @Arg('input', () => EndCooperationAgreementInput) input: EndCooperationAgreementInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<CooperationAgreement> {
    return transaction(dataSource, (manager) => endCooperationAgreement(manager, input));
  }

  @FieldResolver(() => Boolean, { description: 'In force today: begun, and neither expired nor ended.' })
  inForce(@Root() agreement: CooperationAgreement): boolean {
    return inForceOn(agreement, todayIso());
  }

  @FieldResolver(() => Boolean, { description: 'Ended early (终止).' })
  ended(@Root() agreement: CooperationAgreement): boolean {
    return agreement.endedOn !== null;
  }

  @FieldResolver(() => MedicalInstitution, { description: 'The medical institution.' })
  medicalInstitution(
    @Root() agreement: CooperationAgreement,
    @Ctx() { loaders }: HealthContext,
  ): Promise<MedicalInstitution | null> {
    return loaders.medicalInstitutionByCode.load(agreement.medicalInstitutionCode);
  }

  @FieldResolver(() => Institution, { description: 'The elder-care institution (owned by civil affairs).' })
  institution(@Root() agreement: CooperationAgreement): Institution {
    return institutionStub(agreement.institutionCode);
  }
}

/** The agreements a medical institution has signed. */
@Authorized(can('publicRecords'))
@Resolver(() => MedicalInstitution)
export class MedicalInstitutionCooperationResolver {
  @FieldResolver(() => [CooperationAgreement], {
    description:
      'Its cooperation agreements with elder-care institutions, newest first: those not ended or expired, or all.',
  })
  cooperationAgreements(
    @Root() institution: MedicalInstitution,
    @Arg('includeEnded', { defaultValue: false, description: 'Include agreements that have ended or expired.' })
    includeEnded: boolean,
    @Ctx() { loaders }: HealthContext,
  ): Promise<CooperationAgreement[]> {
    return loaders.agreementsByMedicalInstitution.load({
      key: institution.code,
      args: { includeEnded, today: todayIso() },
    });
  }
}
