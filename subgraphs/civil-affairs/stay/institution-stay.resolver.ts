import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Bed } from '../bed/bed.entity';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { Institution } from '../institution/institution.entity';
import { InstitutionStay } from './institution-stay.entity';
import { AdmitToInstitutionInput, DischargeFromInstitutionInput } from './institution-stay.inputs';
import { admitToInstitution, dischargeFromInstitution } from './institution-stay.service';

@Authorized(can('careRecords'))
@Resolver(() => InstitutionStay)
export class InstitutionStayResolver {
  @Authorized(can('write'))
  @Mutation(() => InstitutionStay, {
    description: 'Admits an elder to a free bed. Refused if the bed or the elder has a stay from that date on.',
  })
  admitToInstitution(
    @Arg('input', () => AdmitToInstitutionInput) input: AdmitToInstitutionInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<InstitutionStay> {
    return transaction(dataSource, (manager) => admitToInstitution(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => InstitutionStay, { description: 'Ends a stay, recording where the resident went.' })
  dischargeFromInstitution(
    @Arg('input', () => DischargeFromInstitutionInput) input: DischargeFromInstitutionInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<InstitutionStay> {
    return transaction(dataSource, (manager) => dischargeFromInstitution(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The resident.' })
  elder(@Root() stay: InstitutionStay, @Ctx() { loaders }: CivilAffairsContext): Promise<Elder | null> {
    return loaders.elderByKey.load(stay.personKey);
  }

  @FieldResolver(() => Bed, { description: 'The bed occupied.' })
  bed(@Root() stay: InstitutionStay, @Ctx() { loaders }: CivilAffairsContext): Promise<Bed | null> {
    return loaders.bedById.load(stay.bedId);
  }

  @FieldResolver(() => Institution, { description: 'The institution.' })
  institution(@Root() stay: InstitutionStay, @Ctx() { loaders }: CivilAffairsContext): Promise<Institution | null> {
    return loaders.institutionByCode.load(stay.institutionCode);
  }
}

/** The institutional-care section of an elder's record. */
@Authorized(can('careRecords'))
@Resolver(() => Elder)
export class ElderInstitutionStayResolver {
  @FieldResolver(() => InstitutionStay, {
    nullable: true,
    description: 'The current stay in an elder-care institution, if any.',
  })
  currentInstitutionStay(
    @Root() elder: Elder,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<InstitutionStay | null> {
    return loaders.currentStayByPerson.load(elder.personKey);
  }

  @FieldResolver(() => [InstitutionStay], { description: 'Every stay in elder-care institutions, newest first.' })
  institutionStays(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<InstitutionStay[]> {
    return loaders.staysByPerson.load(elder.personKey);
  }
}
