import { can } from '../access-policy';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { LocalDate } from '../../shared/schema/local-date';
import { AbilityLevel, AssessmentReason } from './ability.enums';

/** One ability assessment of an elder (老年人能力评估). */
@Authorized(can('abilityAssessments'))
@ObjectType({ description: 'An ability assessment of an elder under GB/T 42195-2022 (老年人能力评估).' })
@Entity('ability_assessment')
@Index(['personKey', 'assessedOn'])
@Index(['level', 'assessedOn', 'personKey'])
// One assessment per reference of a source system: a load sent again finds the assessments it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class AbilityAssessment implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the elder assessed.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => AbilityLevel, { description: 'Resulting ability level.' })
  @Index()
  @Column({ type: 'simple-enum', enum: AbilityLevel })
  level: AbilityLevel;

  @Field(() => LocalDate, { description: 'Date of the assessment.' })
  @Column({ type: 'date' })
  assessedOn: string;

  @Field(() => AssessmentReason, { description: 'Why it was made.' })
  @Column({ type: 'simple-enum', enum: AssessmentReason })
  reason: AssessmentReason;

  @Field({ description: 'Assessing organisation (评估机构).' })
  @Column({ type: 'varchar', length: 128 })
  assessor: string;

  @Field({ description: 'When the assessment was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;

  /** Source system of `sourceRef`; null when the assessment came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The assessment's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description: 'The assessment’s identifier in the civil-affairs system that recorded or loaded it, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
