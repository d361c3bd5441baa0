import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { can } from '../access-policy';
import { gradeQualifies } from '../benefit/ltci-benefit-rules';
import { LTCI_GRADE_NUMBER, LtciDisabilityGrade } from './ltci-disability-grade.enum';

/** One LTCI disability assessment (失能等级评估) of an insured person; the grade decides benefits. */
@Authorized(can('disabilityAssessments'))
@ObjectType({ description: 'An LTCI disability assessment (长期护理失能等级评估) under 医保办发〔2021〕37号.' })
@Entity('ltci_assessment')
@Unique(['personKey', 'assessedOn'])
@Index(['grade'])
@Index(['validUntil'])
// One record per reference of a source system: a load sent again finds the records it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class LtciAssessment implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the assessed person.' })
  @Index()
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => LtciDisabilityGrade, { description: 'Disability grade (失能等级), 0 基本正常 to 5 重度失能Ⅲ级.' })
  @Column({ type: 'simple-enum', enum: LtciDisabilityGrade })
  grade: LtciDisabilityGrade;

  @Field(() => LocalDate, { description: 'Date of the assessment (评估日期).' })
  @Column({ type: 'date' })
  assessedOn: string;

  @Field(() => LocalDate, {
    description: 'Last day the conclusion holds (评估结论有效期至); benefits need a valid assessment.',
  })
  @Column({ type: 'date' })
  validUntil: string;

  @Field({ description: 'Assessing organisation (评估机构).' })
  @Column({ type: 'varchar', length: 128 })
  assessingOrganisation: string;

  @CreateDateColumn()
  createdAt: Date;

  @Field(() => Int, { description: 'The grade’s number in the standard, 0–5.' })
  get gradeNumber(): number {
    return LTCI_GRADE_NUMBER[this.grade];
  }

  @Field({
    description:
      'Whether the grade qualifies for LTCI benefits under the benefit configuration (default: grade ≥ 3, 重度失能).',
  })
  get qualifiesForBenefits(): boolean {
    return gradeQualifies(this.grade);
  }

  /** Source system of `sourceRef`; null when the record came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The record's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description:
      'The assessment’s identifier in the medical-insurance system that recorded or loaded it, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
