import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture, checkText } from '../../shared/validation/checks';
import { VisitMethod } from './visit-method.enum';

@InputType({ description: 'A caring visit to record.' })
export class RecordVisitInput implements SelfValidating {
  @Field(() => ID, { description: 'Person key of the elder visited.' })
  personKey: string;

  @Field(() => LocalDate, { description: 'Date of the visit; not in the future, not after the elder’s death.' })
  visitedOn: string;

  @Field({ description: 'Name of the visitor.' })
  visitorName: string;

  @Field({ description: 'Organisation the visitor came from.' })
  visitorOrganisation: string;

  @Field(() => VisitMethod, { description: 'How the visit was made.' })
  method: VisitMethod;

  @Field(() => String, { nullable: true, description: 'What the visitor found.' })
  findings?: string | null;

  @Field({ defaultValue: false, description: 'Whether the findings need follow-up.' })
  followUpNeeded: boolean;

  validate(): void {
    checkNotFuture('visitedOn', this.visitedOn);
    checkText('visitorName', this.visitorName, 32);
    checkText('visitorOrganisation', this.visitorOrganisation, 128);
    checkText('findings', this.findings, 1000);
  }
}
