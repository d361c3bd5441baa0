import { can } from '../access-policy';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { FamilyBedCloseReason } from './family-bed-close-reason.enum';

/** A family elder-care bed (家庭养老床位): the second of the five beds, at the elder's home. */
@Authorized(can('careRecords'))
@ObjectType({
  description:
    'A family elder-care bed (家庭养老床位): an elder’s bed at home, equipped and served by an institution (indicator 10: ≥500).',
})
@Entity('family_bed')
@Index(['personKey', 'openedOn'])
@Index(['operatorCode', 'closedOn'])
@Index(['districtCode', 'closedOn'])
@Index(['townCode', 'closedOn'])
@Index(['communityCode', 'closedOn'])
@Index(['closedOn'])
@Index(['openedOn'])
export class FamilyBed {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the elder.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => ID, { description: 'Credit code of the operating institution (运营机构) that serves the bed.' })
  @Column({ type: 'varchar', length: 18 })
  operatorCode: string;

  @Field(() => ID, { description: 'District of the elder’s service area when the bed was opened.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Town or street of the elder’s service area when the bed was opened, if known.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Village or community of the elder’s service area when the bed was opened, if known.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  communityCode: string | null;

  @Field(() => LocalDate, { description: 'Date the bed was opened (建床日期).' })
  @Column({ type: 'date' })
  openedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date the bed was closed (撤床日期); null while open.' })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => FamilyBedCloseReason, { nullable: true, description: 'Why it was closed; null while open.' })
  @Column({ type: 'simple-enum', enum: FamilyBedCloseReason, nullable: true })
  closeReason: FamilyBedCloseReason | null;

  @CreateDateColumn()
  createdAt: Date;
}
