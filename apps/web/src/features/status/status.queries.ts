import { graphql } from '../../lib/graphql/generated';

export const StatusPageQuery = graphql(`
  query StatusPage {
    statusPage {
      organisationName
      title
      supportContact
      contactWays {
        kind
        label
        value
      }
      indicator
      description
      updatedAt
      services {
        key
        name
        status
      }
      activeIncidents {
        ...PublicIncidentFields
      }
      recentIncidents {
        ...PublicIncidentFields
      }
    }
  }
`);

export const PublicIncidentFieldsFragment = graphql(`
  fragment PublicIncidentFields on PublicIncident {
    id
    ref
    title
    titleCode
    titleServices
    severity
    status
    startedAt
    resolvedAt
    affectedServiceKeys
    nextUpdateAt
    updates {
      id
      body
      status
      displayAt
    }
  }
`);

export const SubscribeToStatusMutation = graphql(`
  mutation SubscribeToStatus($input: SubscribeToStatusInput!) {
    subscribeToStatus(input: $input) {
      accepted
    }
  }
`);
