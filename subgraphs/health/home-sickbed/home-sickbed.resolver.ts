import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import { Area, areaStub } from '../area/area.stub';
import type { HealthContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { patientKeyOf } from '../elder/patient.inputs';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { HomeSickbed } from './home-sickbed.entity';
import { CloseHomeSickbedInput, OpenHomeSickbedInput, RecordHomeSickbedVisitInput } from './home-sickbed.inputs';
import { closeHomeSickbed, openHomeSickbed, recordHomeSickbedVisit } from './home-sickbed.service';

@Authorized(can('patientRecords'))
@Resolver(() => HomeSickbed)
export class HomeSickbedResolver {
  @Authorized(can('write'))
  @Mutation(() => HomeSickbed, {
    description:
      'Opens a home sickbed (家庭病床建床) at an elder’s home. Refused if the elder has a home sickbed open on or after that date.',
  })
  openHomeSickbed(
    @Arg('input', () => OpenHomeSickbedInput) input: OpenHomeSickbedInput,
    @Ctx() { dataSource, config }: HealthContext,
  ): Promise<HomeSickbed> {
    const personKey = patientKeyOf(input, config.personKeySecret);
    return transaction(dataSource, (manager) =>
      openHomeSickbed(manager, personKey, input.idNumber ? 'idNumber' : 'personKey', input),
    );
  }

  @Authorized(can('write'))
  @Mutation(() => HomeSickbed, { description: 'Records a visit to an open home sickbed (上门查床).' })
  recordHomeSickbedVisit(
    @Arg('input', () => RecordHomeSickbedVisitInput) input: RecordHomeSickbedVisitInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<HomeSickbed> {
    return transaction(dataSource, (manager) => recordHomeSickbedVisit(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => HomeSickbed, { description: 'Closes a home sickbed (撤床), recording why.' })
  closeHomeSickbed(
    @Arg('input', () => CloseHomeSickbedInput) input: CloseHomeSickbedInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<HomeSickbed> {
    return transaction(dataSource, (manager) => closeHomeSickbed(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The patient (civil affairs’ elder).' })
  elder(@Root() bed: HomeSickbed): Elder {
    return elderStub(bed.personKey);
  }

  @FieldResolver(() => MedicalInstitution, { description: 'The medical institution that opened it and visits.' })
  medicalInstitution(@Root() bed: HomeSickbed, @Ctx() { loaders }: HealthContext): Promise<MedicalInstitution | null> {
    return loaders.medicalInstitutionByCode.load(bed.medicalInstitutionCode);
  }

  @FieldResolver(() => Area, {
    description: 'The most specific recorded area of the elder’s home (town/street, else district).',
  })
  area(@Root() bed: HomeSickbed): Area {
    return areaStub(bed.townCode ?? bed.districtCode);
  }
}
