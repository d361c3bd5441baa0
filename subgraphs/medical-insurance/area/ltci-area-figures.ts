import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { can } from '../access-policy';
import { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { renamedForUnit } from '../../shared/schema/wire-units';

/** Enrolments of one scheme and status in an area, counted by the database. */
@Authorized(can('publicRecords'))
@ObjectType({ description: 'How many LTCI enrolments of one scheme and status an area has.' })
export class LtciEnrolmentCount {
  @Field(() => LtciScheme, { description: 'Scheme.' })
  scheme: LtciScheme;

  @Field(() => LtciEnrolmentStatus, { description: 'Status today.' })
  status: LtciEnrolmentStatus;

  @Field(() => Int, { description: 'Enrolments (persons), 0 if none.' })
  count: number;
}

/** An area's LTCI figures from the bureau's own records: enrolment by scheme and designated providers. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'Long-term care insurance figures of an area (measure 16: residents fully covered and institutions designated by end-2025), from medical insurance’s own records. Enrolments count by the insured’s registered district/town; designations by the provider’s location.',
})
export class LtciAreaFigures {
  @Field(() => [LtciEnrolmentCount], {
    description: 'Enrolments by scheme and status, every combination listed (zeros included).',
  })
  enrolments: LtciEnrolmentCount[];

  @Field(() => Int, { description: 'Persons insured today (ACTIVE) under the employees’ scheme (职工).' })
  activeEmployeeEnrolments: number;

  @Field(() => Int, {
    description:
      'Persons insured today (ACTIVE) under the urban-rural residents’ scheme (城乡居民): the numerator of the 2025 full-coverage target. The denominator (residents or elders of the area) is NOT held by medical insurance; divide by civil affairs’ or the statistics bureau’s population for a coverage rate.',
  })
  activeResidentEnrolments: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Share of the residents’ scheme enrolments on record that are ACTIVE today, in basis points (10,000 = 100 %), rounded half up; null if there are none. Computed ONLY from medical insurance’s own records (active ÷ all resident enrolments ever recorded, suspended and ended included): it measures how many enrolled residents remain insured, NOT coverage of the population.',
  })
  residentActiveShareBasisPoints: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Share of the residents’ scheme enrolments on record that are ACTIVE today, in basis points.',
    deprecationReason: renamedForUnit('residentActiveShareBasisPoints'),
  })
  get residentActiveShareBp(): number | null {
    return this.residentActiveShareBasisPoints;
  }

  @Field(() => Int, { description: 'Elder-care institutions (养老机构) LTCI-designated today in the area.' })
  designatedInstitutions: number;

  @Field(() => Int, { description: 'Medical institutions (医疗机构) LTCI-designated today in the area.' })
  designatedMedicalInstitutions: number;
}
