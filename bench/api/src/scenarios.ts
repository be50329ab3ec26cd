// The requests the bench loads, exactly as clients send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * One of the dashboard's own operations with the fragments it spreads, read from its source, so
 * the bench sends exactly what the dashboard sends and cannot drift from it.
 */
function dashboardOperation(file: string, name: string): string {
  const source = readFileSync(join(REPO_ROOT, 'apps', 'web', 'src', 'features', file), 'utf8');
  const documents = [...source.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => match[1] ?? '');
  const operation = documents.find((document) =>
    new RegExp(`\\bquery\\s+${name}\\b`).test(document),
  );
  if (operation === undefined) throw new Error(`No query ${name} in ${file}`);
  const fragments = documents.filter((document) => {
    const fragment = /^\s*fragment\s+(\w+)/.exec(document)?.[1];
    return fragment !== undefined && operation.includes(`...${fragment}`);
  });
  return [operation, ...fragments].join('\n');
}

/** The dashboard's overview (apps/web/src/features/overview/overview.queries.ts). */
export const OVERVIEW_QUERY = dashboardOperation('overview/overview.queries.ts', 'Overview');

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

/** The public status page (apps/web/src/features/status/status.queries.ts). */
export const STATUS_PAGE_QUERY = dashboardOperation('status/status.queries.ts', 'StatusPage');

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
