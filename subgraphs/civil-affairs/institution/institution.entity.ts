import { can } from '../access-policy';
import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { InstitutionOwnership } from './institution-ownership.enum';

/** An elder-care institution (养老机构) registered with civil affairs; other departments extend it. */
@Directive('@key(fields: "code")')
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An elder-care institution (养老机构). Health adds cooperation agreements and clinics, insurance its LTCI designation, HR its staff, finance the awards it received.',
})
@Entity('institution')
export class Institution {
  @Field(() => ID, {
    description:
      'Unified social credit code (统一社会信用代码), 18 characters: the institution’s stable public identifier.',
  })
  @PrimaryColumn({ type: 'varchar', length: 18 })
  code: string;

  @Field({ description: 'Registered name.' })
  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Field(() => ID, { description: 'District where it operates.' })
  @Index()
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, { nullable: true, description: 'Town or street where it operates.' })
  @Index()
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @Field(() => ID, { nullable: true, description: 'Village or community where it operates.' })
  @Index()
  @Column({ type: 'varchar', length: 12, nullable: true })
  communityCode: string | null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @Column({ type: 'varchar', length: 128, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Public telephone.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => InstitutionOwnership, { description: 'Ownership and operation.' })
  @Index()
  @Column({ type: 'simple-enum', enum: InstitutionOwnership })
  ownership: InstitutionOwnership;

  @Field(() => Int, {
    nullable: true,
    description: 'Star rating 1–5 (等级评定, GB/T 37276 养老机构等级划分与评定); null if not yet rated.',
  })
  @Index()
  @Column({ type: 'tinyint', nullable: true })
  rating: number | null;

  @Field({ description: '智慧养老院: recognised as a smart elder-care home (measure 4: ≥7 by end-2025).' })
  @Column({ type: 'boolean', default: false })
  smartHome: boolean;

  @Field({
    description:
      'Offers home visits to elders in the community (居家上门服务; measure 5: ≥60% of institutions by end-2026).',
  })
  @Column({ type: 'boolean', default: false })
  offersHomeVisits: boolean;

  @Field({
    description:
      '特困人员供养服务机构: an institution providing centralised care to extreme-poverty persons (特困供养; a rural 敬老院 or a public welfare home). The plan asks every district for at least one with medical-care integration (专栏1: 县级层面).',
  })
  @Column({ type: 'boolean', default: false })
  extremePovertySupport: boolean;

  @Field({ description: 'Run as part of a chain brand (连锁化运营).' })
  @Column({ type: 'boolean', default: false })
  chainOperated: boolean;

  @Field({ description: 'Meets GB 38600 养老机构服务安全基本规范 (basic service-safety standard).' })
  @Column({ type: 'boolean', default: false })
  meetsSafetyStandard: boolean;

  @Field({ description: 'Meets the service-quality standard (养老机构服务质量基本规范).' })
  @Column({ type: 'boolean', default: false })
  meetsServiceQualityStandard: boolean;

  @Field({ description: 'Has smart fire monitoring (智慧消防; measure 18).' })
  @Column({ type: 'boolean', default: false })
  smartFireMonitoring: boolean;

  @Field({ description: 'Has smart gas monitoring (智慧燃气; measure 18).' })
  @Column({ type: 'boolean', default: false })
  smartGasMonitoring: boolean;

  @Field({ description: 'Has "Internet + bright kitchen" monitoring (互联网+明厨亮灶; measure 18).' })
  @Column({ type: 'boolean', default: false })
  brightKitchen: boolean;

  @Field(() => LocalDate, { description: 'Date it opened (filed 备案 with civil affairs).' })
  @Column({ type: 'date' })
  openedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date it closed; null while operating.' })
  @Index()
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
