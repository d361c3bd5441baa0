import { can } from '../access-policy';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { FacilityKind } from './facility-kind.enum';

/** A community elder-care facility; the coverage indicators count them per street, town and district. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A community elder-care facility (社区养老服务设施): a centre, day-care centre, happiness home, meal point, rental point, small institution or university for the elderly.',
})
@Entity('community_facility')
@Index(['districtCode', 'kind', 'name'])
@Index(['townCode', 'kind'])
@Index(['communityCode', 'kind'])
@Index(['kind', 'closedOn'])
export class CommunityFacility {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => FacilityKind, { description: 'Kind of facility.' })
  @Column({ type: 'simple-enum', enum: FacilityKind })
  kind: FacilityKind;

  @Field({ description: 'Name as signposted, e.g. 鲸园街道综合养老服务中心.' })
  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Field(() => ID, { description: 'District where it stands.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Town or street where it stands; always set for street and town centres.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @Field(() => ID, { nullable: true, description: 'Village or community where it stands, if it serves one.' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  communityCode: string | null;

  @Field({ description: 'Operator (运营主体): the street office, village committee or company running it.' })
  @Column({ type: 'varchar', length: 128 })
  operatorName: string;

  @Field(() => Int, {
    description:
      'Floor area in whole square metres (建筑面积, m²); indicator 5 asks ≥350 m² for a new residential area.',
  })
  @Column({ type: 'int' })
  floorAreaSqm: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Star rating 1–5 (星级); meal points only, null for every other kind.',
  })
  @Column({ type: 'tinyint', nullable: true })
  starRating: number | null;

  @Field(() => LocalDate, { description: 'Date it opened.' })
  @Column({ type: 'date' })
  openedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date it closed; null while open.' })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
