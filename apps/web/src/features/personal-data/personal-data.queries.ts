import { graphql } from '../../lib/graphql/generated';

export const PersonalDataBreachFieldsFragment = graphql(`
  fragment PersonalDataBreachFields on PersonalDataBreach {
    incidentId
    aspects
    awareAt
    facts
    effects
    remedialAction
    affectedPeopleEstimate
    authorityDecision
    authorityNotifiedAt
    authorityReason
    version
    clock {
      state
      deadline
      minutesLeft
      minutesOverdue
      notifiedLate
    }
  }
`);

export const RecordPersonalDataBreachMutation = graphql(`
  mutation RecordPersonalDataBreach($input: RecordPersonalDataBreachInput!) {
    recordPersonalDataBreach(input: $input) {
      ...PersonalDataBreachFields
    }
  }
`);
