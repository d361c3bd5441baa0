import { can } from '../access-policy';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';

/** A new urban residential development and its supporting elder-care facility; indicator 5 counts them per district. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A new urban residential development (新建城镇居住区) in civil affairs’ register, with the community elder-care facility it must build and hand over with the housing (配建, 同步规划、同步建设、同步验收、同步交付): indicator 5, 社区养老服务设施配建达标率 (88% in 2020 → 100% by 2025).',
})
@Entity('residential_development')
@Index(['districtCode', 'deliveredOn'])
@Index(['townCode', 'deliveredOn'])
export class ResidentialDevelopment {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Project name (项目名称), e.g. 海悦华庭二期.' })
  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Field({ description: 'Developer (开发建设单位).' })
  @Column({ type: 'varchar', length: 128 })
  developer: string;

  @Field(() => ID, { description: 'District where it stands.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, { description: 'Town or street where it stands.' })
  @Column({ type: 'varchar', length: 12 })
  townCode: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Village or community where it stands, if registered at that level.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  communityCode: string | null;

  @Field(() => Int, { description: 'Households (户数) of the development.' })
  @Column({ type: 'int' })
  households: number;

  @Field(() => LocalDate, {
    description: 'Date the housing was delivered (住宅交付日期); indicator 5 counts the development from this day.',
  })
  @Column({ type: 'date' })
  deliveredOn: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Floor area of the supporting elder-care facility (配建养老服务设施建筑面积), whole m²; null until it is handed over.',
  })
  @Column({ type: 'int', nullable: true })
  facilityAreaM2: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date the facility was handed over to civil affairs (移交民政部门日期); null until then.',
  })
  @Column({ type: 'date', nullable: true })
  facilityHandedOverOn: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
