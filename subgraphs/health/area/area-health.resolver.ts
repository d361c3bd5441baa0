import { todayIso } from '../../shared/time/today';
import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { HealthBedCount, healthBedCount, HealthBedKind } from '../medical-institution/health-bed-count';
import { areaColumnOf } from '../../shared/areas/area-column';
import {
  type AreaHealthTotals,
  internetNursingCoverage,
  InternetNursingCoverage,
  NO_HEALTH_TOTALS,
} from './area-health-figures';
import { Area } from './area.stub';

/** The health figures of an area that the indicators need, counted by the database from health's own records. */
@Authorized(can('publicRecords'))
@Resolver(() => Area)
export class AreaHealthResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Medical institutions providing hospice care (安宁疗护) in the area (plan: ≥1 in every district); null for villages and communities, where the commission keeps no figures.',
  })
  async hospiceProviderCount(@Root() area: Area, @Ctx() context: HealthContext): Promise<number | null> {
    return (await totals(area, context))?.hospiceProviders ?? null;
  }

  @FieldResolver(() => InternetNursingCoverage, {
    nullable: true,
    description:
      'Internet+nursing coverage of second-level-and-above public general hospitals in the area (measure 14); null for villages and communities.',
  })
  async internetNursingCoverage(
    @Root() area: Area,
    @Ctx() context: HealthContext,
  ): Promise<InternetNursingCoverage | null> {
    const figures = await totals(area, context);
    return figures && internetNursingCoverage(figures.eligibleHospitals, figures.internetNursingHospitals);
  }

  @FieldResolver(() => [HealthBedCount], {
    nullable: true,
    description:
      'Medical and hospice beds of the institutions standing in the area: stock and occupancy today (五床联动: 医疗床位, 安宁疗护床位); null for villages and communities.',
  })
  async healthBedCounts(@Root() area: Area, @Ctx() context: HealthContext): Promise<HealthBedCount[] | null> {
    const figures = await totals(area, context);
    return (
      figures && [
        healthBedCount(HealthBedKind.MEDICAL, figures.medicalBeds, figures.inHospital),
        healthBedCount(HealthBedKind.HOSPICE, figures.hospiceBeds, figures.inHospice),
      ]
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Home sickbeds (家庭病床) open today at homes in the area; null for villages and communities.',
  })
  async openHomeSickbedCount(@Root() area: Area, @Ctx() context: HealthContext): Promise<number | null> {
    return (await totals(area, context))?.openHomeSickbeds ?? null;
  }
}

/** The area's totals, batched with every other area of its level in the request; null below the town level. */
async function totals(area: Area, { loaders }: HealthContext): Promise<AreaHealthTotals | null> {
  const column = areaColumnOf(area.code);
  if (column === undefined) return null;
  const [figures] = await loaders.healthTotalsByArea.load({ key: area.code, args: { column, day: todayIso() } });
  return figures ?? NO_HEALTH_TOTALS;
}
