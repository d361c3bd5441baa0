import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { can } from '../access-policy';
import { ElderCareSchoolKind } from './elder-care-school-kind.enum';

/**
 * One school's enrolment in one elder-care major in one year (indicator 12: 本科高校、职业院校养老服务相关
 * 专业招生规模, to grow markedly). Numbers of students, no persons: public.
 */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'Students enrolled (招生人数) in one elder-care major (养老服务相关专业) of one school in one enrolment year, recorded by human resources with education (indicator 12: enrolment at universities and vocational schools to grow markedly, 明显增长). Numbers of students only.',
})
@Entity('elder_care_major_enrolment')
@Unique(['schoolCode', 'major', 'enrolmentYear'])
@Index(['enrolmentYear', 'districtCode'])
export class ElderCareMajorEnrolment {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码) of the school, 18 characters.' })
  @Column({ type: 'varchar', length: 18 })
  schoolCode: string;

  @Field({ description: 'Name of the school, as recorded with the enrolment.' })
  @Column({ type: 'varchar', length: 64 })
  schoolName: string;

  @Field(() => ElderCareSchoolKind, { description: 'Kind of school.' })
  @Column({ type: 'simple-enum', enum: ElderCareSchoolKind })
  schoolKind: ElderCareSchoolKind;

  @Field({
    description:
      'Major (专业), e.g. 智慧健康养老服务与管理, 老年保健与管理, 护理（老年护理方向）, 社会工作（老年社会工作方向）.',
  })
  @Column({ type: 'varchar', length: 64 })
  major: string;

  @Field(() => Int, {
    description: 'Enrolment year (招生年度): the autumn intake of that year, closed on 30 September.',
  })
  @Column({ type: 'smallint' })
  enrolmentYear: number;

  @Field(() => Int, { description: 'Students enrolled (人), 0 or more.' })
  @Column({ type: 'int' })
  enrolled: number;

  @Field(() => ID, { description: 'District where the school stands (6-digit code); area figures count by it.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @CreateDateColumn()
  createdAt: Date;
}
