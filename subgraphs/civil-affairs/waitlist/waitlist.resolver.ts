import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../shared/errors/errors';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { Institution } from '../institution/institution.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { ApplyToWaitlistInput, MarkWaitlistAdmittedInput, WithdrawFromWaitlistInput } from './waitlist.inputs';
import { applyToWaitlist, markWaitlistAdmitted, withdrawFromWaitlist } from './waitlist.service';
import { WaitlistStatus } from './waitlist-status.enum';

/** The waiting entries of an institution in admission order; their positions follow from the order, so no query is needed for them. */
async function waitingInOrder(code: string, { loaders }: CivilAffairsContext): Promise<WaitlistEntry[]> {
  const entries = await loaders.waitingEntriesByInstitution.load(code);
  entries.forEach((entry, index) => loaders.waitlistPositionByEntry.prime(entry.id, index + 1));
  return entries;
}

@Authorized(can('casework'))
@Resolver(() => WaitlistEntry)
export class WaitlistEntryResolver {
  @Query(() => [WaitlistEntry], {
    description:
      'The waiting applicants of an institution in admission order: priority tier, then application date, then record number.',
  })
  async institutionWaitlist(
    @Arg('institutionCode', () => ID, { description: 'Credit code of the institution.' }) institutionCode: string,
    @Ctx() context: CivilAffairsContext,
  ): Promise<WaitlistEntry[]> {
    const code = institutionCode.toUpperCase();
    if (!(await context.loaders.institutionByCode.load(code))) throw new NotFoundError('Institution', code);
    return waitingInOrder(code, context);
  }

  @Authorized(can('write'))
  @Mutation(() => WaitlistEntry, {
    description:
      'Puts an elder on a public institution’s wait-list. Refused for a private institution, a deceased elder, or an elder already waiting there.',
  })
  applyToWaitlist(
    @Arg('input', () => ApplyToWaitlistInput) input: ApplyToWaitlistInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<WaitlistEntry> {
    return transaction(dataSource, (manager) => applyToWaitlist(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => WaitlistEntry, { description: 'Withdraws a waiting application; those behind it move up.' })
  withdrawFromWaitlist(
    @Arg('input', () => WithdrawFromWaitlistInput) input: WithdrawFromWaitlistInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<WaitlistEntry> {
    return transaction(dataSource, (manager) => withdrawFromWaitlist(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => WaitlistEntry, {
    description: 'Records that a waiting applicant was admitted, optionally linking their stay.',
  })
  markWaitlistAdmitted(
    @Arg('input', () => MarkWaitlistAdmittedInput) input: MarkWaitlistAdmittedInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<WaitlistEntry> {
    return transaction(dataSource, (manager) => markWaitlistAdmitted(manager, input));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Place in the institution’s queue, 1 being next to be admitted; null once admitted or withdrawn.',
  })
  position(@Root() entry: WaitlistEntry, @Ctx() { loaders }: CivilAffairsContext): Promise<number | null> | null {
    return entry.status === WaitlistStatus.WAITING ? loaders.waitlistPositionByEntry.load(entry.id) : null;
  }

  @FieldResolver(() => Elder, { description: 'The applicant.' })
  elder(@Root() entry: WaitlistEntry, @Ctx() { loaders }: CivilAffairsContext): Promise<Elder | null> {
    return loaders.elderByKey.load(entry.personKey);
  }

  @FieldResolver(() => Institution, { description: 'The institution applied to.' })
  institution(@Root() entry: WaitlistEntry, @Ctx() { loaders }: CivilAffairsContext): Promise<Institution | null> {
    return loaders.institutionByCode.load(entry.institutionCode);
  }
}

/** The wait-list section of an elder's record. */
@Authorized(can('casework'))
@Resolver(() => Elder)
export class ElderWaitlistResolver {
  @FieldResolver(() => [WaitlistEntry], {
    description: 'Every application to a public institution’s wait-list, newest first.',
  })
  waitlistEntries(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<WaitlistEntry[]> {
    return loaders.waitlistEntriesByPerson.load(elder.personKey);
  }
}

/** The wait-list section of an institution's record. */
@Authorized(can('casework'))
@Resolver(() => Institution)
export class InstitutionWaitlistResolver {
  @FieldResolver(() => [WaitlistEntry], {
    description: 'The waiting applicants in admission order (入住评估轮候); empty for private institutions.',
  })
  waitlist(@Root() institution: Institution, @Ctx() context: CivilAffairsContext): Promise<WaitlistEntry[]> {
    return waitingInOrder(institution.code, context);
  }
}
