import { can } from '../access-policy';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AgeFriendlyLevel } from './age-friendly-level.enum';

/** A community's designation as an age-friendly demonstration; measure 9 asks ≥2 per district by end-2025. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A designation of a community or village as a demonstration age-friendly community (示范性老年友好型社区).',
})
@Entity('age_friendly_community')
@Unique(['communityCode', 'level'])
@Index(['districtCode', 'level'])
@Index(['townCode', 'level'])
export class AgeFriendlyCommunity {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Code of the community or village designated.' })
  @Column({ type: 'varchar', length: 12 })
  communityCode: string;

  @Field(() => ID, { description: 'Town or street it belongs to.' })
  @Column({ type: 'varchar', length: 12 })
  townCode: string;

  @Field(() => ID, { description: 'District it belongs to.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => AgeFriendlyLevel, { description: 'Level of the designation.' })
  @Column({ type: 'simple-enum', enum: AgeFriendlyLevel })
  level: AgeFriendlyLevel;

  @Field(() => Int, { description: 'Year of the designation.' })
  @Column({ type: 'int' })
  designatedYear: number;

  @Field({ description: 'Name as designated, e.g. 环翠区鲸园街道戚谷疃社区.' })
  @Column({ type: 'varchar', length: 128 })
  name: string;

  @CreateDateColumn()
  createdAt: Date;
}
