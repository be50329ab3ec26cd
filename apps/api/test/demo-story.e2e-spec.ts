import { DemoLoader } from '../src/demo/demo-loader';
import { describeEachDatabase } from './support/test-app';

const HOUR = 3_600_000;

interface StoryAnswers {
  services: { key: string; status: string }[];
  incidentByRef: {
    id: string;
    severity: string;
    status: string;
    startedAt: string;
    timeline: { visibility: string; body: string }[];
    impacts: { serviceKey: string; until: string | null }[];
    recoveryTasks: { title: string; rank: number | null; reasons: string[] }[];
    recoveryPlan: { openTaskCount: number; doneTaskCount: number };
    backlogs: {
      key: string;
      open: number;
      forecast: { clearsAt: string | null; itemsMissingPromiseCount: number };
    }[];
    communications: { channel: string; status: string }[];
    communicationDebt: { status: string; overdueMinutes: number; lastPublicUpdateAt: string };
    metrics: {
      timeToDetectMinutes: number;
      timeToFirstPublicUpdateMinutes: number;
      updatePromisesMissed: number;
      longestSilenceMinutes: number;
      backlogCurrentOpen: number;
      services: { serviceKey: string; outcome: string }[];
    };
  };
}

const STORY = `{
  services { key status }
  incidentByRef(ref: "INC-0001") {
    id severity status startedAt
    timeline { visibility body }
    impacts { serviceKey until }
    recoveryTasks { title rank reasons }
    recoveryPlan { openTaskCount doneTaskCount }
    backlogs { key open forecast { clearsAt itemsMissingPromiseCount } }
    communications { channel status }
    communicationDebt { status overdueMinutes lastPublicUpdateAt }
    metrics {
      timeToDetectMinutes timeToFirstPublicUpdateMinutes updatePromisesMissed
      longestSilenceMinutes backlogCurrentOpen
      services { serviceKey outcome }
    }
  }
}`;

interface OverviewAnswers {
  overview: {
    activeIncidentCount: number;
    activeIncidentsBySeverity: { severity: string; count: number }[];
    activeIncidents: {
      incident: { ref: string };
      recoveryProgress: { taskCount: number; doneTaskCount: number; withinRto: boolean | null };
      communicationDebt: { status: string };
    }[];
    servicesNotOperational: { serviceKey: string; status: string; rtoPassed: boolean }[];
    backlogs: { totalOpen: number; clearsAt: string | null; someNeverClear: boolean };
    overdueCommunications: { incident: { ref: string }; debt: { overdueMinutes: number } }[];
    promisesMissed: { backlogItems: number; updates: number; total: number };
    notBusinessRecovered: {
      incident: { ref: string };
      missing: string[];
      gaps: { code: string; backlogKey: string | null }[];
    }[];
    supplierGaps: { code: string; serviceKey: string; supplierKey: string }[];
    outageCost: { orders: number; euros: number; unestimatedServiceKeys: string[] };
  };
}

const OVERVIEW = `query O($asOf: DateTime) {
  overview(asOf: $asOf) {
    activeIncidentCount
    activeIncidentsBySeverity { severity count }
    activeIncidents {
      incident { ref }
      recoveryProgress { taskCount doneTaskCount withinRto }
      communicationDebt { status }
    }
    servicesNotOperational { serviceKey status rtoPassed }
    backlogs { totalOpen clearsAt someNeverClear }
    overdueCommunications { incident { ref } debt { overdueMinutes } }
    promisesMissed { backlogItems updates total }
    notBusinessRecovered { incident { ref } missing gaps { code backlogKey } }
    supplierGaps { code serviceKey supplierKey }
    outageCost { orders euros unestimatedServiceKeys }
  }
}`;

const COUNTS = `{
  services { key }
  incidents(first: 50) { totalCount }
  backlogs { key snapshots { at } itemCount }
}`;

describeEachDatabase(
  'the demo story, replayed through the API',
  (use) => {
    it('tells the Friday server failure: SEV1, still recovering, the phones still down', async () => {
      const { services, incidentByRef: incident } = await use().gqlOk<StoryAnswers>(
        STORY,
        {},
        { as: 'VIEWER' },
      );
      expect(services).toHaveLength(10);
      expect(services.find((service) => service.key === 'phone-system')?.status).toBe(
        'MAJOR_OUTAGE',
      );
      expect(services.find((service) => service.key === 'web-shop')?.status).toBe('OPERATIONAL');
      expect(incident).toMatchObject({ severity: 'SEV1', status: 'RECOVERING' });
      // Friday 07:30 in Berlin, at least four and a half days ago.
      const startedAt = new Date(incident.startedAt);
      expect(
        new Intl.DateTimeFormat('en-US', {
          timeZone: 'Europe/Berlin',
          weekday: 'long',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(startedAt),
      ).toBe('Friday 07:30');
      expect(Date.now() - startedAt.getTime()).toBeGreaterThanOrEqual(108 * HOUR);
      expect(
        incident.impacts.find((impact) => impact.serviceKey === 'phone-system')?.until,
      ).toBeNull();
      // Mostly internal notes, two public words.
      const visibilities = incident.timeline.map((entry) => entry.visibility);
      expect(visibilities.filter((visibility) => visibility === 'PUBLIC')).toHaveLength(2);
      expect(visibilities.filter((visibility) => visibility === 'INTERNAL').length).toBeGreaterThan(
        5,
      );
    });

    it('flags the damaged order records as a personal-data breach with its 72-hour clock', async () => {
      const { incidentByRef } = await use().gqlOk<{
        incidentByRef: {
          personalDataBreach: {
            aspects: string[];
            awareAt: string;
            authorityDecision: string;
            clock: { state: string; deadline: string };
          } | null;
        };
      }>(
        `{ incidentByRef(ref: "INC-0001") { personalDataBreach { aspects awareAt authorityDecision clock { state deadline } } } }`,
        {},
        { as: 'VIEWER' },
      );
      const breach = incidentByRef.personalDataBreach;
      expect(breach).toMatchObject({
        aspects: ['AVAILABILITY', 'INTEGRITY'],
        authorityDecision: 'PENDING',
      });
      // Aware since the check of the restored data on Sunday evening; 72 hours from then.
      const deadline = new Date(breach?.clock.deadline ?? 0).getTime();
      expect(deadline - new Date(breach?.awareAt ?? 0).getTime()).toBe(72 * HOUR);
      expect(breach?.clock.state).toBe(deadline > Date.now() ? 'RUNNING' : 'OVERDUE');
    });

    it('holds the review of the carrier incident: findings from the data, lessons and actions', async () => {
      const { incidentByRef } = await use().gqlOk<{
        incidentByRef: {
          review: {
            findings: { code: string }[];
            wentBadly: string;
            actions: { title: string; done: boolean }[];
          } | null;
        };
      }>(
        `{ incidentByRef(ref: "INC-0002") { review { findings { code } wentBadly actions { title done } } } }`,
        {},
        { as: 'VIEWER' },
      );
      const review = incidentByRef.review;
      // The parcel customers heard only days later (the notice), and shipping came back days
      // after its RTO.
      expect(review?.findings.map((finding) => finding.code)).toEqual(
        expect.arrayContaining(['FIRST_WORD_LATE', 'SILENCE_OVER_CADENCE', 'RTO_MISSED']),
      );
      expect(review?.wentBadly).toContain('nobody told the customers');
      expect(review?.actions).toHaveLength(2);
    });

    it('holds continuation plans for the services of the story, the e-mail fallback running for the server failure', async () => {
      const app = use();
      const { continuationPlans } = await app.gqlOk<{
        continuationPlans: {
          serviceKey: string;
          title: string;
          addsCapacity: { backlogKey: string; staff: number } | null;
        }[];
      }>(
        `{ continuationPlans { serviceKey title addsCapacity { backlogKey staff } } }`,
        {},
        {
          as: 'VIEWER',
        },
      );
      expect(continuationPlans).toEqual([
        {
          serviceKey: 'phone-system',
          title: 'E-mail fallback while the phones are down',
          addsCapacity: { backlogKey: 'unanswered-emails', staff: 2 },
        },
        {
          serviceKey: 'shipping',
          title: "Labels through the carrier's web portal",
          addsCapacity: { backlogKey: 'delayed-parcels', staff: 2 },
        },
        { serviceKey: 'web-shop', title: 'Manual order capture on paper', addsCapacity: null },
      ]);
      const { incidentByRef } = await app.gqlOk<{
        incidentByRef: {
          activeContinuationPlans: { title: string }[];
          backlogs: { key: string; forecast: { staff: number; continuationPlanStaff: number } }[];
        };
      }>(
        `{ incidentByRef(ref: "INC-0001") { activeContinuationPlans { title } backlogs { key forecast { staff continuationPlanStaff } } } }`,
        {},
        { as: 'VIEWER' },
      );
      expect(incidentByRef.activeContinuationPlans).toEqual([
        { title: 'E-mail fallback while the phones are down' },
      ]);
      const emails = incidentByRef.backlogs.find((backlog) => backlog.key === 'unanswered-emails');
      expect(emails?.forecast).toEqual({ staff: 8, continuationPlanStaff: 2 });
    });

    it('holds a finished exercise of the built-in scenario with its report, apart from the incidents', async () => {
      const app = use();
      const { exercises } = await app.gqlOk<{
        exercises: {
          title: string;
          endedAt: string | null;
          report: {
            minutesToFirstCustomerWord: number | null;
            decisions: { text: string }[];
            gaps: { text: string }[];
            improvements: { title: string }[];
          };
        }[];
      }>(
        `{ exercises { title endedAt report { minutesToFirstCustomerWord decisions { text } gaps { text } improvements { title } } } }`,
        {},
        { as: 'VIEWER' },
      );
      expect(exercises).toHaveLength(1);
      const [exercise] = exercises;
      expect(exercise?.endedAt).not.toBeNull();
      expect(exercise?.report).toMatchObject({
        minutesToFirstCustomerWord: 360,
        decisions: [{ text: 'Take orders on paper until the order data is back.' }],
        gaps: [{ text: 'Nobody knew the carrier portal login.' }],
      });
      expect(exercise?.report.improvements).toHaveLength(2);
    });

    it('ranks the order-data reconstruction first, because everything depends on it', async () => {
      const { incidentByRef: incident } = await use().gqlOk<StoryAnswers>(
        STORY,
        {},
        { as: 'VIEWER' },
      );
      const [first, second] = incident.recoveryTasks;
      expect(first).toMatchObject({ title: 'Reconstruct damaged order records', rank: 1 });
      expect(first?.reasons.join(' ')).toMatch(/Blocks/);
      expect(second?.title).toBe('Repair the phone system (PBX)');
      const ranks = incident.recoveryTasks.map((task) => task.rank);
      expect(ranks.filter((rank) => rank !== null)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(incident.recoveryTasks.at(-1)).toMatchObject({
        title: 'Restore the main server from backup',
        rank: null,
      });
      expect(incident.recoveryPlan).toEqual({ openTaskCount: 6, doneTaskCount: 1 });
    });

    it('forecasts when the 3,500 e-mails are answered at the capacity set', async () => {
      const { incidentByRef: incident } = await use().gqlOk<StoryAnswers>(
        STORY,
        {},
        { as: 'VIEWER' },
      );
      const emails = incident.backlogs.find((backlog) => backlog.key === 'unanswered-emails');
      expect(emails?.open).toBe(3512);
      const clearsAt = new Date(emails?.forecast.clearsAt ?? 0).getTime();
      // 6 people and 2 of the e-mail fallback x 12 an hour against 8 new ones an hour.
      expect(clearsAt).toBeGreaterThan(Date.now() + 5 * 24 * HOUR);
      expect(clearsAt).toBeLessThan(Date.now() + 30 * 24 * HOUR);
      const orders = incident.backlogs.find((backlog) => backlog.key === 'orders-to-reconstruct');
      expect(orders?.open).toBe(170);
      expect(orders?.forecast.clearsAt).not.toBeNull();
    });

    it('shows the silence: the communication debt is overdue by days, a promised update missed', async () => {
      const { incidentByRef: incident } = await use().gqlOk<StoryAnswers>(
        STORY,
        {},
        { as: 'VIEWER' },
      );
      expect(incident.communicationDebt.status).toBe('OVERDUE');
      expect(incident.communicationDebt.overdueMinutes).toBeGreaterThan(24 * 60);
      expect(incident.communications).toEqual([
        { channel: 'STATUS_PAGE', status: 'DRAFT' },
        { channel: 'EMAIL', status: 'APPROVED' },
      ]);
      expect(incident.metrics).toMatchObject({
        timeToDetectMinutes: 10,
        timeToFirstPublicUpdateMinutes: 150,
        updatePromisesMissed: 1,
      });
      // Friday 10:00 to Monday 08:00 at least; the silence since Monday is longer still.
      expect(incident.metrics.longestSilenceMinutes).toBeGreaterThan(24 * 60);
      expect(incident.metrics.backlogCurrentOpen).toBe(3512 + 142 + 170);
      expect(
        incident.metrics.services.find((service) => service.serviceKey === 'phone-system')?.outcome,
      ).toBe('OPEN_RTO_BREACHED');
    });

    it('gives management the situation picture', async () => {
      const { overview } = await use().gqlOk<OverviewAnswers>(OVERVIEW, {}, { as: 'VIEWER' });
      expect(overview.activeIncidentCount).toBe(1);
      expect(overview.activeIncidentsBySeverity[0]).toEqual({ severity: 'SEV1', count: 1 });
      expect(overview.activeIncidents[0]).toMatchObject({
        incident: { ref: 'INC-0001' },
        recoveryProgress: { taskCount: 7, doneTaskCount: 1, withinRto: false },
        communicationDebt: { status: 'OVERDUE' },
      });
      expect(overview.servicesNotOperational.map((outage) => outage.serviceKey)).toEqual([
        'order-database',
        'order-processing',
        'customer-support',
        'phone-system',
        'web-shop-order-status',
      ]);
      expect(overview.servicesNotOperational.every((outage) => outage.rtoPassed)).toBe(true);
      // 3,512 e-mails + 142 call-backs + 170 orders + 280 parcels.
      expect(overview.backlogs.totalOpen).toBe(4104);
      expect(overview.backlogs.someNeverClear).toBe(false);
      expect(new Date(overview.backlogs.clearsAt ?? 0).getTime()).toBeGreaterThan(Date.now());
      expect(overview.overdueCommunications.map((entry) => entry.incident.ref)).toEqual([
        'INC-0001',
      ]);
      // The Friday "next update at 14:00" and every waiting parcel past its two days.
      expect(overview.promisesMissed.updates).toBe(1);
      const { incidentByRef: labels } = await use().gqlOk<{
        incidentByRef: { metrics: { backlogPromisesMissed: number } };
      }>(
        `{ incidentByRef(ref: "INC-0002") { metrics { backlogPromisesMissed } } }`,
        {},
        {
          as: 'VIEWER',
        },
      );
      expect(overview.promisesMissed.backlogItems).toBe(labels.metrics.backlogPromisesMissed);
      expect(overview.promisesMissed.backlogItems).toBeGreaterThan(100);
      expect(overview.promisesMissed.total).toBe(overview.promisesMissed.backlogItems + 1);
      // The label software works again, but the parcels wait; their customers got a notice each.
      expect(overview.notBusinessRecovered).toHaveLength(1);
      expect(overview.notBusinessRecovered[0]?.incident.ref).toBe('INC-0002');
      expect(overview.notBusinessRecovered[0]?.gaps).toEqual([
        { code: 'BACKLOG_OPEN', backlogKey: 'delayed-parcels' },
      ]);
      // The carrier promises two days; shipping cannot bear more than one.
      expect(overview.supplierGaps).toEqual([
        { code: 'SUPPLIER_EXCEEDS_MTPD', serviceKey: 'shipping', supplierKey: 'dhl-label-service' },
      ]);
      // Every impaired service of the story has an estimate; the weekend cost thousands.
      expect(overview.outageCost.unestimatedServiceKeys).toEqual([]);
      expect(overview.outageCost.euros).toBeGreaterThan(10_000);
      expect(overview.outageCost.orders).toBeGreaterThan(100);
    });

    it('replays Saturday: both incidents active, the web shop down, no backlog of parcels shipped yet', async () => {
      const app = use();
      const { incidentByRef } = await app.gqlOk<StoryAnswers>(STORY, {}, { as: 'VIEWER' });
      const saturday = new Date(new Date(incidentByRef.startedAt).getTime() + 26 * HOUR);
      const { overview } = await app.gqlOk<OverviewAnswers>(
        OVERVIEW,
        { asOf: saturday.toISOString() },
        { as: 'VIEWER' },
      );
      expect(overview.activeIncidentCount).toBe(2);
      expect(overview.notBusinessRecovered).toEqual([]);
      const down = overview.servicesNotOperational.map((outage) => outage.serviceKey);
      expect(down).toEqual(expect.arrayContaining(['web-shop', 'email-inbox', 'shipping']));
    });

    it('shows the public only the public words on the status page', async () => {
      const { statusPage } = await use().gqlOk<{
        statusPage: {
          activeIncidents: { ref: string; updates: { body: string }[] }[];
          recentIncidents: { ref: string; updates: unknown[] }[];
        };
      }>(
        `{ statusPage { activeIncidents { ref updates { body } } recentIncidents { ref updates { body } } } }`,
        {},
        { as: 'anonymous' },
      );
      const failure = statusPage.activeIncidents.find((incident) => incident.ref === 'INC-0001');
      const bodies = failure?.updates.map((update) => update.body) ?? [];
      expect(bodies).toHaveLength(2);
      expect(bodies).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Unser Shop läuft wieder/),
          expect.stringMatching(/^Wir haben derzeit eine technische Störung/),
        ]),
      );
      expect(JSON.stringify(statusPage)).not.toMatch(/Hardware failure|PBX|reconstruct/);
    });

    it('names the customers on the orders and keeps one record per customer of the published parcel notice, unsent without a mail server', async () => {
      const { incidents } = await use().gqlOk<{
        incidents: {
          nodes: {
            ref: string;
            communications: {
              status: string;
              cohort: { backlogKeys: string[] } | null;
              cohortPreview: { recipientCount: number; samples: { body: string }[] } | null;
              deliveries: {
                totalCount: number;
                queued: number;
                nodes: { unsentReason: string | null }[];
              };
            }[];
          }[];
        };
      }>(
        `{ incidents(first: 10) { nodes { ref communications { status cohort { backlogKeys }
          cohortPreview { recipientCount samples { body } }
          deliveries(first: 5) { totalCount queued nodes { unsentReason } } } } } }`,
        {},
        { as: 'RESPONDER' },
      );
      const notices = incidents.nodes.flatMap((incident) =>
        incident.communications.filter((message) => message.cohort !== null),
      );
      const ordersEmail = notices.find((message) => message.status === 'APPROVED');
      expect(ordersEmail?.cohort?.backlogKeys).toEqual(['orders-to-reconstruct']);
      expect(ordersEmail?.cohortPreview?.recipientCount).toBeGreaterThan(100);
      expect(ordersEmail?.cohortPreview?.samples[0]?.body).toMatch(/^Guten Tag \S+ \S+,/);
      const published = notices.find((message) => message.status === 'PUBLISHED');
      expect(published?.deliveries.totalCount).toBeGreaterThan(100);
      expect(published?.deliveries.queued).toBe(published?.deliveries.totalCount);
      expect(published?.deliveries.nodes[0]?.unsentReason).toBe('NO_MAIL_SERVER');
    });

    it('never loads twice: a second load finds the story and changes nothing', async () => {
      const app = use();
      const before = await app.gqlOk(COUNTS, {}, { as: 'VIEWER' });
      await expect(app.app.get(DemoLoader).load()).resolves.toBe(false);
      await expect(app.app.get(DemoLoader).onApplicationBootstrap()).resolves.toBeUndefined();
      expect(await app.gqlOk(COUNTS, {}, { as: 'VIEWER' })).toEqual(before);
    });
  },
  { demo: true },
);

describeEachDatabase('starting without the demo', (use) => {
  it('starts empty when LAGEBILD_DEMO is false', async () => {
    const { services, incidents } = await use().gqlOk<{
      services: unknown[];
      incidents: { totalCount: number };
    }>(`{ services { key } incidents { totalCount } }`, {}, { as: 'VIEWER' });
    expect(services).toEqual([]);
    expect(incidents.totalCount).toBe(0);
  });
});
