import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import { Area, areaStub } from '../area/area.stub';
import type { HealthContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { patientKeyOf } from '../elder/patient.inputs';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { HomeSickbed } from './home-sickbed.entity';
import {
  CloseHomeSickbedInput,
  ImportHomeSickbedsInput,
  OpenHomeSickbedInput,
  RecordHomeSickbedVisitInput,
} from './home-sickbed.inputs';
import { importHomeSickbeds } from './home-sickbed-import';
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

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} home sickbeds from a health system in one transaction: each item, named by its source reference, opens a home sickbed (checked as openHomeSickbed checks it) or finds the one with that reference unchanged, and is answered by its index with CREATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importHomeSickbeds(
    @Arg('input', () => ImportHomeSickbedsInput) input: ImportHomeSickbedsInput,
    @Ctx() { dataSource, config }: HealthContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importHomeSickbeds(manager, input, config.personKeySecret));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => HomeSickbed, {
    nullable: true,
    description:
      'A home sickbed by its identifier in a health system, as that system sent it; null if none carries it. For the health commission’s own systems.',
  })
  homeSickbedBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The home sickbed’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<HomeSickbed | null> {
    return dataSource.manager.findOneBy(HomeSickbed, { sourceSystem: source, sourceId: ref });
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
