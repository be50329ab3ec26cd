// The requests the bench loads, exactly as clients send them.

/** Copied verbatim from apps/web/src/features/overview/overview.queries.ts (the dashboard). */
export const OVERVIEW_QUERY = `
  query Overview {
    overview {
      asOf
      activeIncidentCount
      activeIncidents {
        incident {
          id
          ref
          title
          severity
          status
          startedAt
        }
        recoveryProgress {
          taskCount
          doneTaskCount
          percentDone
          expectedCompletionAt
          withinRto
        }
        promisesMissed
      }
      servicesNotOperational {
        serviceKey
        service {
          name
        }
        status
        since
        rtoMinutes
        rtoPassed
        minutesLeft
        minutesOverRto
      }
      backlogs {
        totalOpen
        clearsAt
        someNeverClear
        itemsMissingPromise
        backlogs {
          backlog {
            key
            name
            unit
          }
          open
          clearsAt
          notClearingReason
          itemsMissingPromise
        }
      }
      overdueCommunications {
        incident {
          id
          ref
          title
        }
        debt {
          overdueMinutes
          lastPublicUpdateAt
        }
      }
      promisesMissed {
        total
      }
      notBusinessRecovered {
        incident {
          id
          ref
          title
          resolvedAt
        }
        missing
      }
    }
  }
`;

/** The incident list with each incident's impacts, services and communication debt. */
export const INCIDENTS_QUERY = `
  query Incidents {
    incidents(first: 50) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ref
        title
        severity
        status
        startedAt
        resolvedAt
        impacts {
          serviceKey
          status
          since
          until
          service {
            key
            name
            rtoMinutes
          }
        }
        communicationDebt {
          status
          overdueMinutes
        }
      }
    }
  }
`;

/** The public status page, as apps/web/src/features/status/status.queries.ts asks for it. */
export const STATUS_PAGE_QUERY = `
  query StatusPage {
    statusPage {
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

  fragment PublicIncidentFields on PublicIncident {
    id
    ref
    title
    severity
    status
    startedAt
    resolvedAt
    affectedServiceKeys
    updates {
      id
      body
      status
      displayAt
      nextUpdateAt
    }
  }
`;

/** One backlog's forecast with the fields the backlogs page shows (apps/web backlogs.queries.ts). */
export function forecastQuery(backlogKey: string): string {
  return `
  query Forecast {
    backlog(key: ${JSON.stringify(backlogKey)}) {
      key
      open
      forecast {
        asOf
        open
        staff
        capacityPerHour
        arrivalRatePerHour
        clearsAt
        notClearingReason
        itemsMissingPromiseCount
        projection {
          at
          open
        }
      }
    }
  }
`;
}

export type ScenarioName = 'overview' | 'incidents' | 'statusPage' | 'summaryJson' | 'forecast';

export interface Scenario {
  name: ScenarioName;
  label: string;
  method: 'GET' | 'POST';
  path: string;
  /** For GraphQL scenarios: the query (the request body is { query }). */
  query?: string;
  /** Sent as VIEWER (Bearer token) when true; public otherwise. */
  authenticated: boolean;
}

export function scenarios(forecastBacklogKey: string): Scenario[] {
  const graphqlScenario = (
    name: ScenarioName,
    label: string,
    query: string,
    authenticated: boolean,
  ): Scenario => ({ name, label, method: 'POST', path: '/graphql', query, authenticated });
  return [
    graphqlScenario('overview', 'overview (dashboard query)', OVERVIEW_QUERY, true),
    graphqlScenario('incidents', 'incidents(first: 50), nested', INCIDENTS_QUERY, true),
    graphqlScenario('statusPage', 'statusPage (public)', STATUS_PAGE_QUERY, false),
    {
      name: 'summaryJson',
      label: 'GET /api/v2/summary.json',
      method: 'GET',
      path: '/api/v2/summary.json',
      authenticated: false,
    },
    graphqlScenario(
      'forecast',
      `backlog("${forecastBacklogKey}").forecast`,
      forecastQuery(forecastBacklogKey),
      true,
    ),
  ];
}

export function requestBody(scenario: Scenario): string | undefined {
  return scenario.query === undefined ? undefined : JSON.stringify({ query: scenario.query });
}
