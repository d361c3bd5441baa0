import { can } from '../access-policy';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { VisitMethod } from './visit-method.enum';

/** One caring visit to an elder; indicator 9 counts the special-difficulty elders visited each month. */
@Authorized(can('casework'))
@ObjectType({ description: 'A caring visit to an elder (探访关爱), by a community worker, volunteer or official.' })
@Entity('care_visit')
@Index(['personKey', 'visitedOn'])
@Index(['visitedOn', 'specialDifficulty'])
export class CareVisit {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the elder visited.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => LocalDate, { description: 'Date of the visit.' })
  @Column({ type: 'date' })
  visitedOn: string;

  @Field({ description: 'Name of the visitor.' })
  @Column({ type: 'varchar', length: 32 })
  visitorName: string;

  @Field({ description: 'Organisation the visitor came from, e.g. a community committee or a social-work station.' })
  @Column({ type: 'varchar', length: 128 })
  visitorOrganisation: string;

  @Field(() => VisitMethod, { description: 'How the visit was made.' })
  @Column({ type: 'simple-enum', enum: VisitMethod })
  method: VisitMethod;

  @Field(() => String, {
    nullable: true,
    description: 'What the visitor found (health, living conditions, needs); null if nothing was noted.',
  })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  findings: string | null;

  @Field({ description: 'Whether the findings need follow-up (e.g. a service referral or a repeat visit).' })
  @Column({ type: 'boolean', default: false })
  followUpNeeded: boolean;

  @Field({
    description:
      'Whether the elder counted as special-difficulty (特殊困难老年人) on the day of the visit. Visits to other elders are recorded too; indicator 9 counts only these.',
  })
  @Column({ type: 'boolean' })
  specialDifficulty: boolean;

  @Field({ description: 'When the visit was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;
}
