import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import { checkNotFuture } from '../../shared/validation/checks';
import type { CivilAffairsContext } from '../context';
import { Institution } from '../institution/institution.entity';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { BedCount } from './bed-count';
import { Bed } from './bed.entity';
import { AddBedsInput } from './bed.inputs';
import { addBeds, retireBed } from './bed.service';

@Authorized(can('publicRecords'))
@Resolver(() => Bed)
export class BedResolver {
  @Authorized(can('write'))
  @Mutation(() => [Bed], { description: 'Adds beds of one kind to an open institution.' })
  addBeds(
    @Arg('input', () => AddBedsInput) input: AddBedsInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<Bed[]> {
    return transaction(dataSource, (manager) => addBeds(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => Bed, { description: 'Takes a free bed out of service.' })
  retireBed(
    @Arg('bedId', () => ID, { description: 'The bed.' }) bedId: number,
    @Arg('retiredOn', () => LocalDate, { description: 'Date out of service.' }) retiredOn: string,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<Bed> {
    checkNotFuture('retiredOn', retiredOn);
    return transaction(dataSource, (manager) => retireBed(manager, Number(bedId), retiredOn));
  }

  @FieldResolver(() => Institution, { description: 'The institution the bed belongs to.' })
  institution(@Root() bed: Bed, @Ctx() { loaders }: CivilAffairsContext): Promise<Institution | null> {
    return loaders.institutionByCode.load(bed.institutionCode);
  }

  @Authorized(can('careRecords'))
  @FieldResolver(() => InstitutionStay, { nullable: true, description: 'The stay occupying the bed today, if any.' })
  currentStay(@Root() bed: Bed, @Ctx() { loaders }: CivilAffairsContext): Promise<InstitutionStay | null> {
    return loaders.currentStayByBed.load(bed.id);
  }
}

/** The beds section of an institution's record. */
@Authorized(can('publicRecords'))
@Resolver(() => Institution)
export class InstitutionBedResolver {
  @FieldResolver(() => [Bed], { description: 'Every bed, including those out of service, by label.' })
  beds(@Root() institution: Institution, @Ctx() { loaders }: CivilAffairsContext): Promise<Bed[]> {
    return loaders.bedsByInstitution.load(institution.code);
  }

  @FieldResolver(() => [BedCount], { description: 'Beds in service and occupied, per kind.' })
  bedCounts(@Root() institution: Institution, @Ctx() { loaders }: CivilAffairsContext): Promise<BedCount[]> {
    return loaders.bedCountsByInstitution.load(institution.code);
  }
}
