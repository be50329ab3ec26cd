import { graphql } from '../../lib/graphql/generated';

/** Everything management's situation picture shows, in one request. */
export const OverviewQuery = graphql(`
  query Overview {
    incidents(filter: { activeOnly: true }, first: 50) {
      nodes {
        id
        ref
        title
        severity
        status
        startedAt
        communicationDebt {
          status
          overdueMinutes
          lastPublicUpdateAt
        }
        impacts {
          serviceKey
          status
          since
          until
          service {
            key
            name
            tier
            rtoMinutes
          }
        }
      }
    }
    backlogs {
      key
      name
      unit
      accepted
      forecast {
        open
        clearsAt
        notClearingReason
        itemsMissingPromiseCount
      }
    }
  }
`);
