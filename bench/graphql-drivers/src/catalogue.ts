// In-memory data of the size an incident list really has during a bad day: 50 incidents, each
// with 5 service impacts and 10 timeline updates, over a catalogue of services with dependencies.
// Deterministic (no randomness, no clock) so both variants serve byte-identical responses.

export interface ServiceRecord {
  key: string;
  name: string;
  tier: number;
  dependsOnKeys: string[];
}

export interface ImpactRecord {
  serviceKey: string;
  status: string;
  since: Date;
}

export interface UpdateRecord {
  id: string;
  body: string;
  author: string;
  visibility: string;
  displayAt: Date;
}

export interface IncidentRecord {
  id: string;
  ref: string;
  title: string;
  severity: string;
  status: string;
  startedAt: Date;
  impacts: ImpactRecord[];
  updates: UpdateRecord[];
}

export interface Catalogue {
  servicesByKey: ReadonlyMap<string, ServiceRecord>;
  incidents: readonly IncidentRecord[];
}

export const INCIDENT_COUNT = 50;
export const IMPACTS_PER_INCIDENT = 5;
export const UPDATES_PER_INCIDENT = 10;
const SERVICE_COUNT = 24;

const IMPACT_STATUSES = ['DEGRADED_PERFORMANCE', 'PARTIAL_OUTAGE', 'MAJOR_OUTAGE'];
const INCIDENT_STATUSES = ['INVESTIGATING', 'IDENTIFIED', 'RECOVERING', 'MONITORING', 'RESOLVED'];
const EPOCH = Date.UTC(2026, 10, 20, 6, 0, 0);
const MINUTE = 60_000;

function buildServices(): Map<string, ServiceRecord> {
  const services = new Map<string, ServiceRecord>();
  for (let index = 0; index < SERVICE_COUNT; index += 1) {
    const key = `service-${index}`;
    // Each service depends on up to three services with a lower index: a DAG, never a cycle.
    const dependsOnKeys = [1, 2, 5]
      .map((offset) => index - offset)
      .filter((dependency) => dependency >= 0)
      .map((dependency) => `service-${dependency}`);
    services.set(key, { key, name: `Service ${index}`, tier: (index % 4) + 1, dependsOnKeys });
  }
  return services;
}

function buildIncident(incidentIndex: number): IncidentRecord {
  const startedAt = new Date(EPOCH + incidentIndex * 97 * MINUTE);
  const impacts: ImpactRecord[] = [];
  for (let impactIndex = 0; impactIndex < IMPACTS_PER_INCIDENT; impactIndex += 1) {
    impacts.push({
      serviceKey: `service-${(incidentIndex * 7 + impactIndex * 3) % SERVICE_COUNT}`,
      status:
        IMPACT_STATUSES[(incidentIndex + impactIndex) % IMPACT_STATUSES.length] ?? 'PARTIAL_OUTAGE',
      since: new Date(startedAt.getTime() + impactIndex * 5 * MINUTE),
    });
  }
  const updates: UpdateRecord[] = [];
  for (let updateIndex = 0; updateIndex < UPDATES_PER_INCIDENT; updateIndex += 1) {
    updates.push({
      id: `upd-${incidentIndex}-${updateIndex}`,
      body:
        `Update ${updateIndex + 1}: the order database is being restored from the last backup; ` +
        `orders placed since then are reconstructed from payment and e-mail records.`,
      author: `responder-${updateIndex % 4}`,
      visibility: updateIndex % 3 === 0 ? 'PUBLIC' : 'INTERNAL',
      displayAt: new Date(startedAt.getTime() + updateIndex * 20 * MINUTE),
    });
  }
  return {
    id: `inc-${incidentIndex}`,
    ref: `INC-${String(incidentIndex + 1).padStart(4, '0')}`,
    title: `Incident ${incidentIndex + 1}: server failure in the warehouse`,
    severity: `SEV${(incidentIndex % 4) + 1}`,
    status: INCIDENT_STATUSES[incidentIndex % INCIDENT_STATUSES.length] ?? 'INVESTIGATING',
    startedAt,
    impacts,
    updates,
  };
}

export function buildCatalogue(): Catalogue {
  const incidents: IncidentRecord[] = [];
  for (let index = 0; index < INCIDENT_COUNT; index += 1) incidents.push(buildIncident(index));
  return { servicesByKey: buildServices(), incidents };
}
