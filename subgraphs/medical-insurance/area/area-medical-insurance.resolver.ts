import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { areaColumnOf } from '../../shared/areas/area-column';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { Area } from './area.stub';
import { LtciAreaFigures } from './ltci-area-figures';

/** The LTCI figures of an area. */
@Authorized(can('publicRecords'))
@Resolver(() => Area)
export class AreaMedicalInsuranceResolver {
  @FieldResolver(() => LtciAreaFigures, {
    nullable: true,
    description:
      'Long-term care insurance figures (measure 16), for the city, a district or a town/street; null for a village or community, which medical insurance does not record.',
  })
  async ltciFigures(@Root() area: Area, @Ctx() { loaders }: MedicalInsuranceContext): Promise<LtciAreaFigures | null> {
    const column = areaColumnOf(area.code, 'code');
    if (column === undefined) return null;
    const [counts, designated] = await Promise.all([
      loaders.ltciEnrolmentCountsByArea.load({ key: area.code, args: column }),
      loaders.ltciDesignationCountsByArea.load({ key: area.code, args: column }),
    ]);
    const countOf = (scheme: LtciScheme, status: LtciEnrolmentStatus) =>
      counts.find((c) => c.scheme === scheme && c.status === status)?.count ?? 0;
    const enrolments = Object.values(LtciScheme).flatMap((scheme) =>
      Object.values(LtciEnrolmentStatus).map((status) => ({ scheme, status, count: countOf(scheme, status) })),
    );
    const residents = enrolments
      .filter((e) => e.scheme === LtciScheme.URBAN_RURAL_RESIDENT)
      .reduce((sum, e) => sum + e.count, 0);
    const activeResidents = countOf(LtciScheme.URBAN_RURAL_RESIDENT, LtciEnrolmentStatus.ACTIVE);
    return Object.assign(new LtciAreaFigures(), {
      enrolments,
      activeEmployeeEnrolments: countOf(LtciScheme.EMPLOYEE, LtciEnrolmentStatus.ACTIVE),
      activeResidentEnrolments: activeResidents,
      residentActiveShareBasisPoints:
        residents === 0 ? null : Math.floor((activeResidents * 10_000 * 2 + residents) / (2 * residents)),
      designatedInstitutions: designated.find((d) => d.kind === LtciProviderKind.ELDER_CARE_INSTITUTION)?.count ?? 0,
      designatedMedicalInstitutions:
        designated.find((d) => d.kind === LtciProviderKind.MEDICAL_INSTITUTION)?.count ?? 0,
    });
  }
}
