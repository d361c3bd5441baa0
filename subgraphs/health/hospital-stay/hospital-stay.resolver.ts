import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { patientKeyOf } from '../elder/patient.inputs';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { HospitalStay } from './hospital-stay.entity';
import { AdmitToHospitalInput, DischargeFromHospitalInput, ImportHospitalStaysInput } from './hospital-stay.inputs';
import { importHospitalStays } from './hospital-stay-import';
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

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} hospital admissions from a health system in one transaction: each item, named by its source reference, admits an elder (checked as admitToHospital checks it) or finds the stay with that reference unchanged, and is answered by its index with CREATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importHospitalStays(
    @Arg('input', () => ImportHospitalStaysInput) input: ImportHospitalStaysInput,
    @Ctx() { dataSource, config }: HealthContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importHospitalStays(manager, input, config.personKeySecret));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => HospitalStay, {
    nullable: true,
    description:
      'A hospital stay by its identifier in a health system (e.g. a hospital’s 住院号), as that system sent it; null if none carries it. For the health commission’s own systems.',
  })
  hospitalStayBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The stay’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<HospitalStay | null> {
    return dataSource.manager.findOneBy(HospitalStay, { sourceSystem: source, sourceId: ref });
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
