import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { patientKeyOf } from '../elder/patient.inputs';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { HospiceStay } from './hospice-stay.entity';
import { AdmitToHospiceInput, DischargeFromHospiceInput } from './hospice-stay.inputs';
import { admitToHospice, dischargeFromHospice } from './hospice-stay.service';

@Authorized(can('patientRecords'))
@Resolver(() => HospiceStay)
export class HospiceStayResolver {
  @Authorized(can('write'))
  @Mutation(() => HospiceStay, {
    description:
      'Admits an elder to a hospice bed (安宁疗护). Refused if the elder has an overlapping hospice stay or the provider’s hospice beds are all occupied.',
  })
  admitToHospice(
    @Arg('input', () => AdmitToHospiceInput) input: AdmitToHospiceInput,
    @Ctx() { dataSource, config }: HealthContext,
  ): Promise<HospiceStay> {
    const personKey = patientKeyOf(input, config.personKeySecret);
    return transaction(dataSource, (manager) =>
      admitToHospice(manager, personKey, input.idNumber ? 'idNumber' : 'personKey', input),
    );
  }

  @Authorized(can('write'))
  @Mutation(() => HospiceStay, { description: 'Ends a hospice stay, recording how.' })
  dischargeFromHospice(
    @Arg('input', () => DischargeFromHospiceInput) input: DischargeFromHospiceInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<HospiceStay> {
    return transaction(dataSource, (manager) => dischargeFromHospice(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The patient (civil affairs’ elder).' })
  elder(@Root() stay: HospiceStay): Elder {
    return elderStub(stay.personKey);
  }

  @FieldResolver(() => MedicalInstitution, { description: 'The hospice provider.' })
  medicalInstitution(@Root() stay: HospiceStay, @Ctx() { loaders }: HealthContext): Promise<MedicalInstitution | null> {
    return loaders.medicalInstitutionByCode.load(stay.medicalInstitutionCode);
  }
}
