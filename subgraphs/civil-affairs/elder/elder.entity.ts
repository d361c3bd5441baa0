import { can } from '../access-policy';
import { Authorized, Directive, Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonalData } from '../../shared/auth/personal-data';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '../../shared/identity/masking';
import { LocalDate } from '../../shared/schema/local-date';
import { Sex } from '../../shared/identity/sex.enum';
import { EconomicStatus, LivingSituation } from './elder.enums';

/** An elder (60 or older) in the civil-affairs registry; other departments attach their records by person key. */
@Directive('@key(fields: "personKey")')
@Authorized(can('elderIdentity'))
@ObjectType({
  description:
    'An elder in the civil-affairs registry (老年人信息库). Health, insurance, HR and finance extend it with their own records.',
})
@Entity('elder')
@Index(['districtCode', 'economicStatus'])
// Covers the records behind the population figures (elders, special difficulty) and the tallies' recount
// without reading the rows; the figures themselves read the tallies (indicators/tallies/).
@Index(['districtCode', 'personKey', 'birthDate', 'deceasedOn', 'livingSituation', 'specialFamilyPlanningFamily'])
// The registry's pages (the living, in person-key order) read it in order: with deceasedOn alone, the
// database picked that index and sorted every living elder for each page (1.5 s at 100,000).
@Index(['deceasedOn', 'personKey'])
// The same for a page filtered by town, community, living situation or economic status: the living of
// that value in person-key order (a town's page scanned the living registry: 486 ms at 100,000).
@Index(['townCode', 'deceasedOn', 'personKey'])
@Index(['communityCode', 'deceasedOn', 'personKey'])
@Index(['livingSituation', 'deceasedOn', 'personKey'])
@Index(['economicStatus', 'deceasedOn', 'personKey'])
// One elder per reference of a source system: a load sent again finds the elders it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class Elder implements SourceRefColumns {
  @Field(() => ID, {
    description:
      'Pseudonymous person key: keyed hash of the ID number, the same in every department. Joins departments without the raw number.',
  })
  @PrimaryColumn({ type: 'varchar', length: 32 })
  personKey: string;

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

  @Field(() => LocalDate, { description: 'Date of birth, from the ID number.' })
  @Index()
  @Column({ type: 'date' })
  birthDate: string;

  @UseMiddleware(PersonalData(maskPhone))
  @Field(() => String, {
    nullable: true,
    description: 'Contact phone number. Personal information: masked without the personal-data scope.',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @UseMiddleware(PersonalData(maskAddress))
  @Field(() => String, {
    nullable: true,
    description: 'Home address. Personal information: masked without the personal-data scope.',
  })
  @Column({ type: 'varchar', length: 128, nullable: true })
  address: string | null;

  @Field(() => ID, { description: 'District of the service area (may differ from the ID number’s address code).' })
  @Index()
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, { nullable: true, description: 'Town or street of the service area, if known.' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @Field(() => ID, { nullable: true, description: 'Village or community of the service area, if known.' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  communityCode: string | null;

  @Authorized(can('elderCircumstances'))
  @Field(() => LivingSituation, { description: 'Living situation.' })
  @Column({ type: 'simple-enum', enum: LivingSituation })
  livingSituation: LivingSituation;

  @Authorized(can('elderCircumstances'))
  @Field({ description: 'Member of a family-planning special family (计划生育特殊家庭: only child died or disabled).' })
  @Column({ type: 'boolean', default: false })
  specialFamilyPlanningFamily: boolean;

  @Authorized(can('elderCircumstances'))
  @Field(() => EconomicStatus, { description: 'Economic status in the social-assistance records.' })
  @Column({ type: 'simple-enum', enum: EconomicStatus })
  economicStatus: EconomicStatus;

  @Authorized(can('elderCircumstances'))
  @Field({
    description:
      'For extreme-poverty elders: whether they wish to be cared for in an institution (有集中供养意愿). Always false for others.',
  })
  @Column({ type: 'boolean', default: false })
  wantsCentralisedCare: boolean;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date of death, once recorded; the elder then leaves every current count.',
  })
  @Column({ type: 'date', nullable: true })
  deceasedOn: string | null;

  @Field({ description: 'When the elder was entered in the registry.' })
  @CreateDateColumn()
  registeredAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  /** Source system of `sourceRef`; null when civil affairs' system sent none. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The elder's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description:
      'The elder’s identifier in the civil-affairs system that registered or last loaded them (e.g. 金民工程), if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
