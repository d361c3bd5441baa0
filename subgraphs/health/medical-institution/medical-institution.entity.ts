import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { can } from '../access-policy';
import { MedicalInstitutionKind } from './medical-institution-kind.enum';

/** A medical institution (医疗机构) registered with the health commission; owned here, referenced by insurance and finance. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A medical institution (医疗机构) registered with the health commission (卫生健康委): hospitals, nursing homes, health centres and clinics, with their medical and hospice bed stock.',
})
@Entity('medical_institution')
@Index(['kind', 'level', 'isPublic'])
export class MedicalInstitution {
  @Field(() => ID, {
    description:
      'Unified social credit code (统一社会信用代码), 18 characters: the institution’s stable public identifier.',
  })
  @PrimaryColumn({ type: 'varchar', length: 18 })
  code: string;

  @Field({ description: 'Registered name.' })
  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Field(() => MedicalInstitutionKind, { description: 'Kind of institution (类别).' })
  @Column({ type: 'simple-enum', enum: MedicalInstitutionKind })
  kind: MedicalInstitutionKind;

  @Field(() => Int, {
    nullable: true,
    description: 'Grade 1–3 (一级/二级/三级 医院等级); null for ungraded institutions such as village clinics.',
  })
  @Column({ type: 'tinyint', nullable: true })
  level: number | null;

  @Field({ description: 'Publicly owned (公立).' })
  @Column({ type: 'boolean' })
  isPublic: boolean;

  @Field(() => ID, { description: 'District where it stands.' })
  @Index()
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, { nullable: true, description: 'Town or street where it stands, if known.' })
  @Index()
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @Field(() => Int, { description: 'Medical beds (医疗床位) in its stock, hospice beds excluded; unit: beds.' })
  @Column({ type: 'int', default: 0 })
  medicalBeds: number;

  @Field(() => Int, { description: 'Hospice beds (安宁疗护床位) in its stock; unit: beds.' })
  @Column({ type: 'int', default: 0 })
  hospiceBeds: number;

  @Field({
    description:
      'Offers "Internet + nursing" services (互联网+护理服务): nurses sent to patients’ homes on online orders (measure 14: ≥70% of second-level-and-above public general hospitals by end-2025).',
  })
  @Index()
  @Column({ type: 'boolean', default: false })
  internetNursing: boolean;

  @Field({
    description:
      'Provides hospice care (安宁疗护服务), in hospice beds or at home (plan: ≥1 provider in every district).',
  })
  @Index()
  @Column({ type: 'boolean', default: false })
  hospiceProvider: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
