import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { CaregiverCertificateKind, CaregiverCertificateLevel, rankOfLevel } from './certificate.enums';

/** A certificate a caregiver holds; whether it makes them "certified" is decided in `certified.ts`. */
@Authorized(can('caregiverRecords'))
@ObjectType({
  description:
    'A certificate (证书) of a worker in elder care: elder-caregiver skill level, long-term-carer level or social-work qualification, or the licence of an institution’s medical, rehabilitation or fire-safety staff (执业医师/护士, 康复医学治疗技术, 消防设施操作员), with its validity.',
})
@Entity('caregiver_certificate')
@Index(['personKey', 'issuedOn'])
@Index(['issuedOn', 'expiresOn'])
// One certificate per reference of a source system: a load sent again finds the certificates it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class CaregiverCertificate implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the caregiver holding it.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => CaregiverCertificateKind, { description: 'Qualification attested (follows from the level).' })
  @Index()
  @Column({ type: 'simple-enum', enum: CaregiverCertificateKind })
  kind: CaregiverCertificateKind;

  @Field(() => CaregiverCertificateLevel, { description: 'Level attested.' })
  @Column({ type: 'simple-enum', enum: CaregiverCertificateLevel })
  level: CaregiverCertificateLevel;

  @Field({ description: 'Certificate number (证书编号), unique.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  certificateNumber: string;

  @Field({ description: 'Issuing or evaluating body (发证机构/评价机构).' })
  @Column({ type: 'varchar', length: 64 })
  issuer: string;

  @Field(() => LocalDate, { description: 'Date of issue.' })
  @Column({ type: 'date' })
  issuedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of validity; null if it does not expire.' })
  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  @Field({ description: 'When the certificate was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;

  /** Source system of `sourceRef`; null when the certificate came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The certificate's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description:
      'The certificate’s identifier in the human-resources system that recorded or loaded it, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }

  @Field(() => Int, {
    description: 'Rank of the level within its kind, 1 the lowest: elder-caregiver 五级 is 1, 一级 (高级技师) is 5.',
  })
  get levelRank(): number {
    return rankOfLevel(this.level);
  }
}
