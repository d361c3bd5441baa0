import { Authorized, Directive, Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonalData } from '../../shared/auth/personal-data';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { maskIdNumber, maskName, maskPhone } from '../../shared/identity/masking';
import { LocalDate } from '../../shared/schema/local-date';
import { Sex } from '../../shared/identity/sex.enum';
import { can } from '../access-policy';
import { CaregiverRole } from './caregiver-role.enum';

/** A caregiver registered with the human resources and social security bureau; civil affairs' care assignments point here by person key. */
@Directive('@key(fields: "personKey")')
@Authorized(can('caregiverIdentity'))
@ObjectType({
  description:
    'A worker in elder care registered by human resources — a caregiver (养老护理员, 健康照护师/长期照护师), a social worker (社会工作者), or an elder-care institution’s medical, rehabilitation or fire-safety staff member: identity, role, employer and certificates. Civil affairs’ care assignments point at them.',
})
@Entity('caregiver')
@Index(['employerCode', 'role'])
@Index(['districtCode', 'role'])
// One caregiver per reference of a source system: a load sent again finds the caregivers it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class Caregiver implements SourceRefColumns {
  @Field(() => ID, {
    description: 'Pseudonymous person key: keyed hash of the ID number, the same in every department.',
  })
  @PrimaryColumn({ type: 'varchar', length: 32 })
  personKey: string;

  @Authorized(can('caregiverRecords'))
  @UseMiddleware(PersonalData(maskIdNumber))
  @Field({
    description:
      'Resident ID number (居民身份证号码), 18 characters. Personal information: masked without the personal-data scope.',
  })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  idNumber: string;

  @UseMiddleware(PersonalData(maskName))
  @Field({ description: 'Full name. Personal information: masked without the personal-data scope.' })
  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Field(() => Sex, { description: 'Sex, from the ID number.' })
  @Column({ type: 'simple-enum', enum: Sex })
  sex: Sex;

  @Authorized(can('caregiverRecords'))
  @Field(() => LocalDate, { description: 'Date of birth, from the ID number.' })
  @Column({ type: 'date' })
  birthDate: string;

  @Authorized(can('caregiverRecords'))
  @UseMiddleware(PersonalData(maskPhone))
  @Field(() => String, {
    nullable: true,
    description: 'Contact phone number. Personal information: masked without the personal-data scope.',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => CaregiverRole, { description: 'Role in elder care.' })
  @Index()
  @Column({ type: 'simple-enum', enum: CaregiverRole })
  role: CaregiverRole;

  @Field(() => ID, {
    nullable: true,
    description:
      'Credit code of the employing elder-care institution; null for a caregiver without one (independent home care).',
  })
  @Column({ type: 'varchar', length: 18, nullable: true })
  employerCode: string | null;

  @Field(() => LocalDate, {
    description: 'First day of the current employment (or of independent work when there is no employer).',
  })
  @Column({ type: 'date' })
  employedFrom: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the employment; null while it lasts.' })
  @Index()
  @Column({ type: 'date', nullable: true })
  employedUntil: string | null;

  @Field(() => ID, {
    description:
      'District code where the caregiver works: the employer’s district, or the caregiver’s own service district when there is no employer.',
  })
  @Index()
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Authorized(can('caregiverRecords'))
  @Field(() => Int, {
    nullable: true,
    description:
      'Year of graduation from a college or vocational school (高校/职业院校毕业), if any; decides graduate hiring awards and internship subsidies.',
  })
  @Column({ type: 'smallint', nullable: true })
  graduationYear: number | null;

  @Field({ description: 'When the caregiver was registered.' })
  @CreateDateColumn()
  registeredAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  /** Source system of `sourceRef`; null when the caregiver came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The caregiver's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description:
      'The caregiver’s identifier in the human-resources system that registered or loaded them, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
