import { graphql } from '../../lib/graphql/generated';

export const ContinuationPlanFieldsFragment = graphql(`
  fragment ContinuationPlanFields on ContinuationPlan {
    id
    serviceKey
    title
    owner
    steps
    needs
    addsCapacity {
      backlogKey
      staff
    }
    version
  }
`);

export const ContinuationPlansQuery = graphql(`
  query ContinuationPlans($serviceKey: String) {
    continuationPlans(serviceKey: $serviceKey) {
      ...ContinuationPlanFields
    }
  }
`);

/** One service's plans with the contact ways, for the printed page. */
export const PlansPrintQuery = graphql(`
  query PlansPrint($serviceKey: String!) {
    continuationPlans(serviceKey: $serviceKey) {
      ...ContinuationPlanFields
    }
    services {
      key
      name
    }
    statusPage {
      organisationName
      supportContact
      contactWays {
        kind
        label
        value
      }
    }
  }
`);

export const CreateContinuationPlanMutation = graphql(`
  mutation CreateContinuationPlan($input: CreateContinuationPlanInput!) {
    createContinuationPlan(input: $input) {
      ...ContinuationPlanFields
    }
  }
`);

export const UpdateContinuationPlanMutation = graphql(`
  mutation UpdateContinuationPlan($input: UpdateContinuationPlanInput!) {
    updateContinuationPlan(input: $input) {
      ...ContinuationPlanFields
    }
  }
`);

export const DeleteContinuationPlanMutation = graphql(`
  mutation DeleteContinuationPlan($input: DeleteContinuationPlanInput!) {
    deleteContinuationPlan(input: $input)
  }
`);

export const ActivateContinuationPlanMutation = graphql(`
  mutation ActivateContinuationPlan($input: ActivateContinuationPlanInput!) {
    activateContinuationPlan(input: $input) {
      id
    }
  }
`);

export const EndContinuationPlanMutation = graphql(`
  mutation EndContinuationPlan($input: EndContinuationPlanInput!) {
    endContinuationPlan(input: $input) {
      id
    }
  }
`);
