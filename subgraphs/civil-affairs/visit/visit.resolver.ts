import { can } from '../access-policy';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { LocalDate } from '../../shared/schema/local-date';
import { checkDateOrder } from '../../shared/validation/checks';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { CareVisit } from './visit.entity';
import { RecordVisitInput } from './visit.inputs';
import { recordVisit } from './visit.service';

@Authorized(can('casework'))
@Resolver(() => CareVisit)
export class CareVisitResolver {
  @Authorized(can('write'))
  @Mutation(() => CareVisit, {
    description:
      'Records a caring visit (探访关爱) to a registered elder. Refused for a future date, a date after the elder’s death, or the same visitor’s visit recorded twice.',
  })
  recordVisit(
    @Arg('input', () => RecordVisitInput) input: RecordVisitInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<CareVisit> {
    return transaction(dataSource, (manager) => recordVisit(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The elder visited.' })
  elder(@Root() visit: CareVisit, @Ctx() { loaders }: CivilAffairsContext): Promise<Elder | null> {
    return loaders.elderByKey.load(visit.personKey);
  }
}

/** The caring-visits section of an elder's record. */
@Authorized(can('casework'))
@Resolver(() => Elder)
export class ElderCareVisitResolver {
  @FieldResolver(() => [CareVisit], { description: 'Caring visits (探访关爱) in a period, newest first.' })
  visits(
    @Root() elder: Elder,
    @Arg('from', () => LocalDate, { nullable: true, description: 'First day of the period; open if omitted.' })
    from: string | undefined,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Last day of the period; open if omitted.' })
    to: string | undefined,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<CareVisit[]> {
    if (from) checkDateOrder('from', from, 'to', to);
    return loaders.visitsByPerson.load({ key: elder.personKey, args: { from: from ?? null, to: to ?? null } });
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description: 'Date of the latest caring visit; null if never visited.',
  })
  lastVisitedOn(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<string | null> {
    return loaders.lastVisitedOnByPerson.load(elder.personKey);
  }
}
