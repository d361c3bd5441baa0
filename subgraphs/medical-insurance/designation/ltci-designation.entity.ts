import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { LtciProviderKind, LtciProviderLevel } from './ltci-provider.enums';

/** A provider's LTCI designation (定点) for a period; a provider has at most one designation in force on any day. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'An LTCI designation (长期护理保险定点): an elder-care or medical institution the fund pays for care, from one date to another.',
})
@Entity('ltci_designation')
@Index(['providerCode', 'designatedFrom'])
@Index(['districtCode', 'providerKind', 'designatedFrom'])
@Index(['townCode', 'providerKind', 'designatedFrom'])
@Index(['designatedUntil'])
export class LtciDesignation {
  @Field(() => ID, { description: 'Record number (协议编号).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => LtciProviderKind, {
    description: 'Elder-care institution (civil affairs) or medical institution (health).',
  })
  @Column({ type: 'simple-enum', enum: LtciProviderKind })
  providerKind: LtciProviderKind;

  @Field(() => ID, { description: 'Unified social credit code of the provider.' })
  @Column({ type: 'varchar', length: 18 })
  providerCode: string;

  @Field(() => LtciProviderLevel, { description: 'Level in the rate table, as the designation agreement records it.' })
  @Column({ type: 'simple-enum', enum: LtciProviderLevel })
  providerLevel: LtciProviderLevel;

  @Field(() => ID, { description: 'District where the provider operates (6-digit code).' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Town or street where the provider operates (9-digit code), if known.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  townCode: string | null;

  @Field(() => LocalDate, { description: 'First day designated (定点起始日期).' })
  @Column({ type: 'date' })
  designatedFrom: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day designated (定点终止日期); null while open-ended.' })
  @Column({ type: 'date', nullable: true })
  designatedUntil: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
