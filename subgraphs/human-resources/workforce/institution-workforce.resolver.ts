import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import { Caregiver } from '../caregiver/caregiver.entity';
import type { HumanResourcesContext } from '../context';
import { Institution } from '../institution/institution.stub';
import { type CareStaffCounts, NO_CARE_STAFF } from './workforce.loader';
import { CaregiverWorkforceShare } from './workforce-share';
import { CERTIFIED_SHARE_TARGET, LONG_TERM_CARER_SHARE_TARGET } from './workforce-targets';

/** What HR adds to civil affairs' institutions: their staff and measure 20's shares. */
@Authorized(can('publicRecords'))
@Resolver(() => Institution)
export class InstitutionHumanResourcesResolver {
  @Authorized(can('caregiverRecords'))
  @FieldResolver(() => [Caregiver], {
    nullable: true,
    description:
      'Workers employed by the institution today (or ever, with includeFormer), by role: caregivers and social workers, and its medical, rehabilitation and fire-safety staff.',
  })
  caregivers(
    @Root() institution: Institution,
    @Arg('includeFormer', { defaultValue: false, description: 'Also caregivers whose employment here has ended.' })
    includeFormer: boolean,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<Caregiver[]> {
    return loaders.caregiversByEmployer.load({ key: institution.code, args: includeFormer });
  }

  @FieldResolver(() => CaregiverWorkforceShare, {
    nullable: true,
    description: '持证上岗率 (measure 20: ≥90% by end-2025): care staff certified today ÷ care staff employed today.',
  })
  async certifiedShare(
    @Root() institution: Institution,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<CaregiverWorkforceShare> {
    const counts = await careStaffToday(institution, loaders);
    return CaregiverWorkforceShare.of(counts.certified, counts.careStaff, CERTIFIED_SHARE_TARGET);
  }

  @FieldResolver(() => CaregiverWorkforceShare, {
    nullable: true,
    description:
      'Long-term carers (长期照护师) ÷ care staff employed today (measure 20: ≥20% by end-2026 in LTCI-designated institutions; the designation is medical insurance’s).',
  })
  async longTermCarerShare(
    @Root() institution: Institution,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<CaregiverWorkforceShare> {
    const counts = await careStaffToday(institution, loaders);
    return CaregiverWorkforceShare.of(counts.longTermCarers, counts.careStaff, LONG_TERM_CARER_SHARE_TARGET);
  }
}

/** The institution's care staff employed today, how many certified and how many long-term carers. */
async function careStaffToday(
  institution: Institution,
  loaders: HumanResourcesContext['loaders'],
): Promise<CareStaffCounts> {
  const [counts = NO_CARE_STAFF] = await loaders.careStaffCountsByEmployer.load({
    key: institution.code,
    args: todayIso(),
  });
  return counts;
}
