import { can } from '../access-policy';
import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { AreaLevel } from './area-level.enum';

/** A place at one level of the service network; other departments report their figures against it. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An administrative area of Weihai (city, district, town/street, village/community). Every department contributes its figures for an area.',
})
@Entity('area')
export class Area {
  @Field(() => ID, {
    description:
      'Statistical division code (统计用区划代码): 6 digits for a district, 9 for a town or street, 12 for a village or community; project-local codes are marked by `official: false`.',
  })
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Field({ description: 'Official Chinese name, e.g. 环翠区.' })
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Field(() => AreaLevel, { description: 'Administrative level.' })
  @Index()
  @Column({ type: 'simple-enum', enum: AreaLevel })
  level: AreaLevel;

  @Field(() => String, { nullable: true, description: 'Code of the area one level up; null for the city.' })
  @Index()
  @Column({ type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;

  @Field({ description: 'False for codes the project assigned itself where no public code exists (南海新区).' })
  @Column({ type: 'boolean', default: true })
  official: boolean;

  @Field({ description: 'Whether the district is a pilot of the five-bed linkage (五床联动试点): 环翠区 and 乳山市.' })
  @Column({ type: 'boolean', default: false })
  fiveBedPilot: boolean;

  @CreateDateColumn()
  createdAt: Date;
}
