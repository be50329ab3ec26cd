import type { Incident, TimelineUpdate } from '../incident/incident';
import type { RecoveryTask } from '../recovery/recovery-task';
import {
  type MessageFacts,
  messageStandsAt,
  promisedNextUpdateAt,
  publicWordsAt,
  withdrawnEntryIds,
} from './public-words';
import {
  businessRecoveryAt,
  incidentDebtAt,
  incidentMetricsAt,
  type IncidentFactSet,
  situationAt,
  type SituationBacklog,
  type SituationService,
} from './situation';

const START = new Date('2026-11-20T07:00:00Z');
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);

function entry(id: string, minutes: number, extra: Partial<TimelineUpdate> = {}): TimelineUpdate {
  return {
    id,
    body: id,
    author: 'support',
    visibility: 'PUBLIC',
    statusChange: null,
    createdAt: at(minutes),
    displayAt: at(minutes),
    nextUpdateAt: null,
    ...extra,
  };
}

function incident(extra: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    ref: 'INC-0001',
    title: 'Server down',
    publicTitle: null,
    summary: '',
    severity: 'SEV1',
    status: 'INVESTIGATING',
    startedAt: START,
    detectedAt: START,
    resolvedAt: null,
    commander: null,
    impacts: [
      { serviceKey: 'shop', status: 'MAJOR_OUTAGE', since: START, until: null },
    ] as Incident['impacts'],
    updates: [],
    ...extra,
  };
}

function statusPageMessage(extra: Partial<MessageFacts> = {}): MessageFacts {
  return {
    status: 'PUBLISHED',
    audience: 'PUBLIC',
    publishedAt: at(30),
    retractedAt: null,
    timelineUpdateId: 'entry-1',
    ...extra,
  };
}

const shop: SituationService = {
  key: 'shop',
  tier: 1,
  rtoMinutes: 240,
  status: 'OPERATIONAL',
  statusSetAt: START,
  mtpdMinutes: 480,
  outageCostPerHour: { orders: 30, euros: 1500 },
  supplier: false,
  dependsOn: ['carrier'],
};
const carrier: SituationService = {
  key: 'carrier',
  tier: 2,
  rtoMinutes: 600,
  status: 'OPERATIONAL',
  statusSetAt: START,
  mtpdMinutes: null,
  outageCostPerHour: null,
  supplier: true,
  dependsOn: [],
};

const emails: SituationBacklog = {
  id: 'b-1',
  key: 'emails',
  name: 'Unanswered e-mails',
  incidentId: 'inc-1',
  accepted: false,
  open: 0,
  clearsAt: null,
  notClearingReason: null,
  itemsMissingPromise: 0,
  snapshots: [],
  promisesMissed: 0,
};

describe('public words (the one rule for "customers were told")', () => {
  it.each([
    ['PUBLISHED', 'PUBLIC', null, true],
    ['PUBLISHED', 'AFFECTED_CUSTOMERS', null, true],
    ['PUBLISHED', 'INTERNAL', null, false],
    ['APPROVED', 'PUBLIC', null, false],
    ['RETRACTED', 'PUBLIC', 0, false],
  ] as const)(
    'a %s message for %s (retracted at minute %s) stands as a word: %s',
    (status, audience, retractedMinute, expected) => {
      const message = statusPageMessage({
        status,
        audience,
        publishedAt: status === 'APPROVED' ? null : at(-10),
        retractedAt: retractedMinute === null ? null : at(retractedMinute),
      });
      expect(messageStandsAt(message, at(10))).toBe(expected);
    },
  );

  it('counts a status-page message once, through the timeline entry it created', () => {
    const words = publicWordsAt([entry('entry-1', 30)], [statusPageMessage()], at(60));
    expect(words).toEqual([{ at: at(30), nextUpdateAt: null }]);
  });

  it('counts a published e-mail without an entry of its own, and never an internal note', () => {
    const words = publicWordsAt(
      [entry('note', 5, { visibility: 'INTERNAL' })],
      [
        statusPageMessage({ timelineUpdateId: null, publishedAt: at(40) }),
        statusPageMessage({ timelineUpdateId: null, audience: 'INTERNAL', publishedAt: at(10) }),
        statusPageMessage({ timelineUpdateId: null, status: 'APPROVED', publishedAt: null }),
      ],
      at(60),
    );
    expect(words.map((word) => word.at)).toEqual([at(40)]);
  });

  it("the promise that stands is the newest word's, not the oldest one's", () => {
    const words = publicWordsAt(
      [
        entry('old', 10, { nextUpdateAt: at(60) }),
        entry('new', 90, { nextUpdateAt: at(150) }),
        entry('middle', 40, { nextUpdateAt: at(100) }),
      ],
      [],
      at(120),
    );
    expect(promisedNextUpdateAt(words)).toEqual(at(150));
    expect(promisedNextUpdateAt(publicWordsAt([entry('plain', 5)], [], at(10)))).toBeNull();
  });

  it('takes a retracted word back from the moment of retraction, not before', () => {
    const retracted = statusPageMessage({ status: 'RETRACTED', retractedAt: at(50) });
    expect(messageStandsAt(retracted, at(45))).toBe(true);
    expect(messageStandsAt(retracted, at(50))).toBe(false);
    expect(withdrawnEntryIds([retracted], at(45))).toEqual(new Set());
    expect(withdrawnEntryIds([retracted], at(55))).toEqual(new Set(['entry-1']));
    expect(publicWordsAt([entry('entry-1', 30)], [retracted], at(45))).toHaveLength(1);
    expect(publicWordsAt([entry('entry-1', 30)], [retracted], at(55))).toEqual([]);
  });
});

describe('a retracted message: debt, metrics and business recovery agree', () => {
  // Publish a status-page message, retract it, resolve the incident.
  const facts: IncidentFactSet = {
    incident: incident({
      status: 'RESOLVED',
      resolvedAt: at(120),
      updates: [entry('entry-1', 30)],
    }),
    messages: [statusPageMessage({ status: 'RETRACTED', retractedAt: at(60) })],
    backlogs: [emails],
    tasks: [],
  };

  it('metrics say nobody was told, and business recovery says the same', () => {
    const metrics = incidentMetricsAt(facts, () => 240, at(180));
    expect(metrics.timeToFirstPublicUpdateMinutes).toBeNull();
    const recovery = businessRecoveryAt(facts, at(180));
    expect(recovery.recovered).toBe(false);
    expect(recovery.gaps).toEqual([{ code: 'CUSTOMERS_NOT_TOLD' }]);
  });

  it('the debt counts silence from the start again once the word was taken back', () => {
    const open = {
      ...facts,
      incident: { ...facts.incident, status: 'IDENTIFIED' as const, resolvedAt: null },
    };
    expect(incidentDebtAt(open, at(45)).lastPublicUpdateAt).toEqual(at(30));
    const after = incidentDebtAt(open, at(90));
    expect(after.lastPublicUpdateAt).toBeNull();
    expect(after.status).toBe('OVERDUE');
  });

  it('the situation lists the incident as not business-recovered', () => {
    const situation = situationAt(
      {
        services: [{ ...shop, status: 'OPERATIONAL' }],
        incidents: [facts],
        backlogs: [emails],
      },
      at(180),
    );
    expect(situation.notBusinessRecovered).toEqual([
      { incidentId: 'inc-1', recovery: businessRecoveryAt(facts, at(180)) },
    ]);
    expect(situation.activeIncidents).toEqual([]);
  });
});

describe('situationAt', () => {
  const task = (id: string, status: RecoveryTask['status']): RecoveryTask => ({
    id,
    title: id,
    serviceKey: 'shop',
    owner: null,
    estimateMinutes: 60,
    status,
    dependsOn: [],
    override: null,
    tellsCustomers: false,
    startedAt: null,
    completedAt: status === 'DONE' ? at(30) : null,
  });

  it('orders active incidents by severity, counts overdue words and missed promises', () => {
    const loud: IncidentFactSet = {
      incident: incident({
        id: 'inc-2',
        severity: 'SEV2',
        updates: [entry('e', 10, { nextUpdateAt: at(20) })],
      }),
      messages: [],
      backlogs: [{ ...emails, id: 'b-2', incidentId: 'inc-2', promisesMissed: 4, open: 10 }],
      tasks: [task('t1', 'DONE'), task('t2', 'TODO')],
    };
    const silent: IncidentFactSet = {
      incident: incident(),
      messages: [],
      backlogs: [],
      tasks: [],
    };
    const situation = situationAt(
      {
        services: [{ ...shop, status: 'MAJOR_OUTAGE' }],
        incidents: [loud, silent],
        backlogs: [{ ...emails, open: 10, clearsAt: at(600), itemsMissingPromise: 3 }],
      },
      at(90),
    );
    expect(situation.activeIncidents.map((line) => line.incidentId)).toEqual(['inc-1', 'inc-2']);
    expect(situation.overdueCommunications.map((line) => line.incidentId)).toEqual([
      'inc-1',
      'inc-2',
    ]);
    expect(situation.promisesMissed).toEqual({ backlogItems: 4, updates: 1, total: 5 });
    expect(situation.activeIncidents[1]?.recoveryProgress.percentDone).toBe(50);
    expect(situation.backlogTotals.itemsMissingPromise).toBe(3);
    expect(situation.servicesNotOperational.map((outage) => outage.serviceKey)).toEqual(['shop']);
  });
});

describe('situationAt: supplier gaps and the cost of the outage', () => {
  const resolved = (id: string, from: number, to: number): IncidentFactSet => ({
    incident: incident({
      id,
      status: 'RESOLVED',
      resolvedAt: at(to),
      startedAt: at(from),
      impacts: [{ serviceKey: 'shop', status: 'PARTIAL_OUTAGE', since: at(from), until: at(to) }],
    }),
    messages: [],
    backlogs: [],
    tasks: [],
  });

  it('names the supplier slower than the MTPD of a service that needs it', () => {
    const situation = situationAt(
      { services: [shop, carrier], incidents: [], backlogs: [] },
      at(0),
    );
    expect(situation.supplierGaps).toEqual([
      {
        code: 'SUPPLIER_EXCEEDS_MTPD',
        serviceKey: 'shop',
        supplierKey: 'carrier',
        direct: true,
        promisedMinutes: 600,
        requiredMinutes: 480,
        exceedsByMinutes: 120,
      },
    ]);
  });

  it('counts active and not yet business-recovered incidents, not recovered ones', () => {
    const active: IncidentFactSet = {
      incident: incident(),
      messages: [],
      backlogs: [],
      tasks: [],
    };
    // Resolved, customers never told: not business-recovered, so its hour still counts.
    const untold = resolved('inc-2', -180, -120);
    // Resolved, told, nothing open: over, not part of this outage.
    const done: IncidentFactSet = {
      ...resolved('inc-3', -600, -540),
      incident: {
        ...resolved('inc-3', -600, -540).incident,
        updates: [entry('word', -590)],
      },
    };
    const situation = situationAt(
      {
        services: [{ ...shop, status: 'MAJOR_OUTAGE' }, carrier],
        incidents: [active, untold, done],
        backlogs: [],
      },
      at(60),
    );
    // 60 minutes major (30 orders, 1500 €) + 60 minutes partial (15 orders, 750 €).
    expect(situation.outageCost).toMatchObject({ orders: 45, euros: 2250, since: at(-180) });
  });
});
