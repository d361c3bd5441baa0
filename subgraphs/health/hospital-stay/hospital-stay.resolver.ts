import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { patientKeyOf } from '../elder/patient.inputs';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { HospitalStay } from './hospital-stay.entity';
import { AdmitToHospitalInput, DischargeFromHospitalInput } from './hospital-stay.inputs';
import { admitToHospital, dischargeFromHospital } from './hospital-stay.service';

@Authorized(can('patientRecords'))
@Resolver(() => HospitalStay)
export class HospitalStayResolver {
  @Authorized(can('write'))
  @Mutation(() => HospitalStay, {
    description:
      'Admits an elder to a medical bed (入院). Refused if the elder has an overlapping hospital stay or the institution’s medical beds are all occupied.',
  })
  admitToHospital(
    @Arg('input', () => AdmitToHospitalInput) input: AdmitToHospitalInput,
    @Ctx() { dataSource, config }: HealthContext,
  ): Promise<HospitalStay> {
    const personKey = patientKeyOf(input, config.personKeySecret);
    return transaction(dataSource, (manager) =>
      admitToHospital(manager, personKey, input.idNumber ? 'idNumber' : 'personKey', input),
    );
  }

  @Authorized(can('write'))
  @Mutation(() => HospitalStay, {
    description: 'Discharges a patient from hospital (出院), recording where they went.',
  })
  dischargeFromHospital(
    @Arg('input', () => DischargeFromHospitalInput) input: DischargeFromHospitalInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<HospitalStay> {
    return transaction(dataSource, (manager) => dischargeFromHospital(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The patient (civil affairs’ elder).' })
  elder(@Root() stay: HospitalStay): Elder {
    return elderStub(stay.personKey);
  }

  @FieldResolver(() => MedicalInstitution, { description: 'The medical institution.' })
  medicalInstitution(
    @Root() stay: HospitalStay,
    @Ctx() { loaders }: HealthContext,
  ): Promise<MedicalInstitution | null> {
    return loaders.medicalInstitutionByCode.load(stay.medicalInstitutionCode);
  }
}
