import type { SubgraphDefinition } from '../shared/subgraph/subgraph-definition';
import { jointMeetingPolicy } from './access-policy';
import { Area } from './area/area.stub';
import { ElderFiveBedResolver, FiveBedEpisodeResolver } from './five-bed/elder-five-bed.resolver';
import { Elder, elderReference } from './five-bed/elder.stub';
import { FiveBedDischargesResolver } from './five-bed/five-bed-discharges.resolver';
import { fiveBedLinkageReference } from './five-bed/five-bed-linkage.entity';
import { FiveBedLinkageResolver } from './five-bed/five-bed-linkage.resolver';
import { Institution } from './five-bed/institution.stub';
import { MedicalInstitution } from './five-bed/medical-institution.stub';
import { areaOnDateReference } from './indicators/area-on-date.reference';
import { AreaOnDateResolver, IndicatorValueResolver } from './indicators/indicator.resolver';
import { indicatorValueReference } from './indicators/indicator-value.reference';
import { createJointMeetingLoaders, type JointMeetingLoaders } from './loaders';
import { jointMeetingMigrations } from './migrations';

/**
 * The joint meeting on elder-care services (养老服务工作联席会议): the policy — the catalogue of the
 * documents' indicators and targets and how they are read — and the cross-department views composed
 * from every department's figures: the indicators, and the five-bed linkage (area views and an
 * elder's journey). It owns no department's records; its database holds only the audit trail,
 * write locks and idempotency records every subgraph keeps.
 */
export const jointMeeting: SubgraphDefinition<JointMeetingLoaders> = {
  department: 'joint-meeting',
  policy: jointMeetingPolicy,
  entities: [],
  migrations: jointMeetingMigrations,
  resolvers: [
    AreaOnDateResolver,
    IndicatorValueResolver,
    FiveBedLinkageResolver,
    FiveBedDischargesResolver,
    ElderFiveBedResolver,
    FiveBedEpisodeResolver,
  ],
  orphanedTypes: [Area, Elder, Institution, MedicalInstitution],
  referenceResolvers: {
    ...areaOnDateReference,
    ...indicatorValueReference,
    ...fiveBedLinkageReference,
    ...elderReference,
  },
  createLoaders: createJointMeetingLoaders,
};
