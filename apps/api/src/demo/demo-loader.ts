import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type ServiceStatus } from '@lagebild/domain';
import { type Actor } from '../auth/actor';
import { BacklogsService } from '../backlogs/backlogs.service';
import { Clock } from '../common/clock';
import { ExercisesService } from '../exercises/exercises.service';
import { ContinuityPlansService } from '../continuity-plans/continuity-plans.service';
import { CommunicationsService } from '../communications/communications.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { newLoadScope } from '../graphql/context';
import { PersonalDataService } from '../personal-data/personal-data.service';
import { ReviewsService } from '../reviews/reviews.service';
import { IncidentsService } from '../incidents/incidents.service';
import { RecoveryService } from '../recovery/recovery.service';
import { ServicesService } from '../services/services.service';
import { StoryTime } from './story-time';

/** Who the audit log names for everything the demo writes. */
export const DEMO_ACTOR: Actor = { kind: 'system', name: 'demo' };

/**
 * The catalogue of the shop in the story: what depends on what, how critical, how fast back,
 * how long the business can bear without it (MTPD) and what an hour without it costs. The two
 * suppliers come first (the others depend on them); the carrier promises its labels back
 * within two days, longer than shipping can bear: the gap the overview shows.
 */
const SERVICES = [
  {
    key: 'dhl-label-service',
    name: 'DHL label service (carrier)',
    description:
      "The carrier's label and pick-up service; recovery within two days, as its contract promises.",
    tier: 2,
    rtoMinutes: 2880,
    rpoMinutes: 0,
    supplier: true,
    dependsOn: [],
  },
  {
    key: 'mail-host',
    name: 'Mail host',
    description: 'The hosted mailboxes behind info@ and support@; recovery within four hours.',
    tier: 2,
    rtoMinutes: 240,
    rpoMinutes: 0,
    supplier: true,
    dependsOn: [],
  },
  {
    key: 'order-database',
    name: 'Order database',
    description: 'Orders, customers and their status on the main server.',
    tier: 1,
    rtoMinutes: 240,
    rpoMinutes: 15,
    mtpdMinutes: 720,
    outageCostPerHour: { orders: 0, euros: 150 },
    dependsOn: [],
  },
  {
    key: 'web-shop',
    name: 'Web shop',
    description: 'The online shop where customers order.',
    tier: 1,
    rtoMinutes: 120,
    rpoMinutes: 15,
    mtpdMinutes: 480,
    outageCostPerHour: { orders: 12, euros: 900 },
    dependsOn: ['order-database'],
  },
  {
    key: 'order-processing',
    name: 'Order processing',
    description: 'Picking, invoicing and handing orders to shipping.',
    tier: 1,
    rtoMinutes: 480,
    rpoMinutes: 60,
    mtpdMinutes: 1440,
    outageCostPerHour: { orders: 0, euros: 250 },
    dependsOn: ['order-database'],
  },
  {
    key: 'shipping',
    name: 'Shipping (carrier label software)',
    description: "Parcel labels from the carriers' special software: no label, no parcel.",
    tier: 2,
    rtoMinutes: 480,
    rpoMinutes: 60,
    mtpdMinutes: 1440,
    outageCostPerHour: { orders: 2, euros: 300 },
    dependsOn: ['order-processing', 'dhl-label-service'],
  },
  {
    key: 'web-shop-order-status',
    name: 'Web-shop order status',
    description: 'Where customers see how far their order has come.',
    tier: 3,
    rtoMinutes: 1440,
    rpoMinutes: 60,
    mtpdMinutes: 2880,
    outageCostPerHour: { orders: 0, euros: 40 },
    dependsOn: ['order-database', 'order-processing'],
  },
  {
    key: 'email-inbox',
    name: 'E-mail inbox',
    description: 'info@ and support@: questions, orders, returns.',
    tier: 2,
    rtoMinutes: 480,
    rpoMinutes: 60,
    mtpdMinutes: 1440,
    outageCostPerHour: { orders: 3, euros: 180 },
    dependsOn: ['mail-host'],
  },
  {
    key: 'phone-system',
    name: 'Phone system (PBX)',
    description: 'The telephone switchboard customers call.',
    tier: 2,
    rtoMinutes: 480,
    rpoMinutes: 0,
    mtpdMinutes: 1440,
    outageCostPerHour: { orders: 1, euros: 120 },
    dependsOn: [],
  },
  {
    key: 'customer-support',
    name: 'Customer support',
    description: 'Answering customers: needs the order data, the inbox and the phones.',
    tier: 2,
    rtoMinutes: 480,
    rpoMinutes: 60,
    mtpdMinutes: 1440,
    outageCostPerHour: { orders: 0, euros: 100 },
    dependsOn: ['order-database', 'email-inbox', 'phone-system'],
  },
];

/**
 * Loads the seed story (the Friday server failure of a small online shop) on the first start
 * with an empty database, through the feature services, so every rule applies and every change
 * is audited as `system:demo`. Times are placed relative to now; the timeline's `displayAt`
 * says when things happened, the audit log when they were entered.
 */
const FIRST_NAMES = [
  'Anna',
  'Jonas',
  'Lea',
  'Lukas',
  'Mia',
  'Paul',
  'Emma',
  'Ben',
  'Sofia',
  'Elias',
];
const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
];

/**
 * The customer of demo order `index`: every seventh customer ordered twice (the same address
 * on two orders), every tenth reads English; addresses are under example.com (RFC 2606).
 */
function demoCustomer(index: number): {
  customerEmail: string;
  customerName: string;
  locale: 'de' | 'en';
} {
  const customer = index % 7 === 1 ? index - 1 : index;
  const first = FIRST_NAMES[customer % FIRST_NAMES.length] as string;
  const last = LAST_NAMES[Math.floor(customer / FIRST_NAMES.length) % LAST_NAMES.length] as string;
  return {
    customerEmail: `${first.toLowerCase()}.${customer}@example.com`,
    customerName: `${first} ${last}`,
    locale: customer % 10 === 9 ? 'en' : 'de',
  };
}

@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly services: ServicesService,
    private readonly incidents: IncidentsService,
    private readonly recovery: RecoveryService,
    private readonly backlogs: BacklogsService,
    private readonly communications: CommunicationsService,
    private readonly personalData: PersonalDataService,
    private readonly reviews: ReviewsService,
    private readonly plans: ContinuityPlansService,
    private readonly exercises: ExercisesService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    if (await this.load()) {
      console.log(
        'Demo: loaded the story of the Friday server failure (10 services, 2 incidents, 4 backlogs).',
      );
    }
  }

  /**
   * Loads the story unless the database already holds data (any service is the marker), so
   * loading twice never duplicates. Returns true when it loaded.
   */
  async load(): Promise<boolean> {
    if ((await this.services.list()).length > 0) return false;
    const story = StoryTime.relativeTo(this.clock.now());
    for (const service of SERVICES) await this.services.create(service, DEMO_ACTOR);
    const serverFailure = await this.serverFailure(story);
    const labels = await this.carrierLabels(story);
    await this.backlogsOfServerFailure(story, serverFailure.id);
    await this.parcels(story, labels.id);
    await this.messagesNotSent(serverFailure.id);
    await this.orderDataBreach(story, serverFailure.id);
    await this.carrierReview(labels.id);
    await this.continuationPlans(serverFailure.id);
    await this.parcelCustomersNotice(labels.id);
    await this.finishedExercise();
    this.logger.log(`Demo story loaded (failure at ${story.failure.toISOString()}).`);
    return true;
  }

  /** INC-0001: the main server failed on Friday morning; the phones turned out broken too. */
  private async serverFailure(story: StoryTime): Promise<{ id: string }> {
    const friday = story.failure;
    let incident = await this.incidents.declare(
      {
        title: 'Main server failure: order data, e-mail and phones down',
        publicTitle: 'Technische Störung: Bestellungen und Anfragen verzögert',
        summary:
          'The main server failed on Friday morning: nothing worked all Friday. Technicians worked the weekend so operations could restart on Monday. Many order records were damaged and must be reconstructed by hand; the phone system was damaged too.',
        severity: 'SEV1',
        startedAt: friday,
        detectedAt: story.at(0, 7, 40),
        commander: 'Head of operations',
        impacts: [
          { serviceKey: 'order-database', status: 'MAJOR_OUTAGE' },
          { serviceKey: 'web-shop', status: 'MAJOR_OUTAGE' },
          { serviceKey: 'order-processing', status: 'MAJOR_OUTAGE' },
          { serviceKey: 'email-inbox', status: 'MAJOR_OUTAGE' },
          { serviceKey: 'web-shop-order-status', status: 'MAJOR_OUTAGE' },
          { serviceKey: 'customer-support', status: 'PARTIAL_OUTAGE' },
        ],
      },
      DEMO_ACTOR,
    );
    const id = incident.id;
    const post = async (
      displayAt: Date,
      body: string,
      options: {
        visibility?: 'INTERNAL' | 'PUBLIC';
        statusChange?: 'IDENTIFIED' | 'RECOVERING';
        nextUpdateAt?: Date;
        author?: string;
      } = {},
    ) => {
      incident = await this.incidents.postUpdate(
        {
          incidentId: id,
          body,
          displayAt,
          visibility: options.visibility ?? 'INTERNAL',
          author: options.author ?? 'Operations',
          ...(options.statusChange ? { statusChange: options.statusChange } : {}),
          ...(options.nextUpdateAt ? { nextUpdateAt: options.nextUpdateAt } : {}),
        },
        DEMO_ACTOR,
      );
    };
    const impact = async (serviceKey: string, status: ServiceStatus, at: Date) => {
      incident = await this.incidents.setImpact(
        { incidentId: id, serviceKey, status, at },
        DEMO_ACTOR,
      );
    };

    await post(
      story.at(0, 7, 45),
      'Main server down. Back office, order database, e-mail and label printing are unavailable; the web shop shows errors.',
    );
    await post(
      story.at(0, 8, 30),
      'Hardware failure of the main server. The IT service provider is on its way; restore from backup planned.',
      { statusChange: 'IDENTIFIED' },
    );
    await post(
      story.at(0, 10, 0),
      'Wir haben derzeit eine technische Störung. Bestellungen und Anfragen können sich verzögern. Nächstes Update heute um 14:00 Uhr.',
      { visibility: 'PUBLIC', nextUpdateAt: story.at(0, 14, 0), author: 'Kundenservice' },
    );
    await post(
      story.at(1, 9, 0),
      'Technicians work through the weekend with everyone available; the restore from backup is running.',
    );
    await post(
      story.at(2, 18, 0),
      'Server restored from backup. Checking the data: many order records are damaged and can only be reconstructed by hand.',
      { statusChange: 'RECOVERING' },
    );
    await impact('web-shop', 'OPERATIONAL', story.at(3, 7, 0));
    await impact('email-inbox', 'OPERATIONAL', story.at(3, 7, 0));
    await impact('order-database', 'DEGRADED_PERFORMANCE', story.at(3, 7, 0));
    await impact('order-processing', 'DEGRADED_PERFORMANCE', story.at(3, 7, 0));
    await impact('web-shop-order-status', 'PARTIAL_OUTAGE', story.at(3, 7, 0));
    await post(
      story.at(3, 8, 0),
      'Unser Shop läuft wieder. Durch den Server-Ausfall kann es bei der Bearbeitung von Bestellungen und Anfragen noch zu Verzögerungen kommen.',
      { visibility: 'PUBLIC', author: 'Kundenservice' },
    );
    await post(
      story.at(3, 8, 30),
      'Operations restarted. Every e-mail since Wednesday is unanswered (about 3,500). Priority: reconstruct the order records first, everything depends on them; proactive customer information second.',
    );
    await post(
      story.at(4, 9, 0),
      'The phone system (PBX) was damaged by the server failure as well: customers cannot reach us by phone. Telecom technician requested.',
    );
    await impact('phone-system', 'MAJOR_OUTAGE', friday);
    await post(
      story.at(4, 17, 0),
      'Order reconstruction about half done; the support team is fully occupied with it. Customers ask why their order status does not change. The telecom technician hopes to restore the phones tomorrow.',
    );

    const restore = await this.recovery.add(
      {
        incidentId: id,
        title: 'Restore the main server from backup',
        serviceKey: 'order-database',
        owner: 'IT service provider',
        estimateMinutes: 960,
      },
      DEMO_ACTOR,
    );
    await this.recovery.update(
      { id: restore.id, version: restore.version, status: 'DONE' },
      DEMO_ACTOR,
    );
    const reconstruct = await this.recovery.add(
      {
        incidentId: id,
        title: 'Reconstruct damaged order records',
        serviceKey: 'order-database',
        owner: 'Support team',
        estimateMinutes: 1080,
        dependsOn: [restore.id],
      },
      DEMO_ACTOR,
    );
    await this.recovery.update(
      { id: reconstruct.id, version: reconstruct.version, status: 'IN_PROGRESS' },
      DEMO_ACTOR,
    );
    const phones = await this.recovery.add(
      {
        incidentId: id,
        title: 'Repair the phone system (PBX)',
        serviceKey: 'phone-system',
        owner: 'Telecom technician',
        estimateMinutes: 240,
      },
      DEMO_ACTOR,
    );
    await this.recovery.add(
      {
        incidentId: id,
        title: 'Answer the unanswered e-mails',
        serviceKey: 'customer-support',
        owner: 'Support team',
        estimateMinutes: 2940,
        dependsOn: [reconstruct.id],
      },
      DEMO_ACTOR,
    );
    await this.recovery.add(
      {
        incidentId: id,
        title: 'Bring the web-shop order status up to date',
        serviceKey: 'web-shop-order-status',
        owner: 'IT service provider',
        estimateMinutes: 240,
        dependsOn: [reconstruct.id],
      },
      DEMO_ACTOR,
    );
    await this.recovery.add(
      {
        incidentId: id,
        title: 'Call back the customers who asked for it',
        serviceKey: 'customer-support',
        owner: 'Support team',
        estimateMinutes: 600,
        dependsOn: [phones.id],
      },
      DEMO_ACTOR,
    );
    await this.recovery.add(
      {
        incidentId: id,
        title: 'Tell customers proactively what happened (status page, e-mail)',
        owner: 'Management',
        estimateMinutes: 60,
        tellsCustomers: true,
      },
      DEMO_ACTOR,
    );
    return incident;
  }

  /** INC-0002: the carriers' label software failed too: two shipping days (Friday, Monday) lost. */
  private async carrierLabels(story: StoryTime): Promise<{ id: string }> {
    let incident = await this.incidents.declare(
      {
        title: 'Carrier label software down: no shipping labels',
        publicTitle: 'Paketversand verzögert',
        summary:
          'The special software of some carriers failed with the server: without labels no parcel can leave. Shipping lost two working days (Friday and Monday).',
        severity: 'SEV2',
        startedAt: story.failure,
        detectedAt: story.at(0, 9, 30),
        commander: 'Head of shipping',
        impacts: [{ serviceKey: 'shipping', status: 'MAJOR_OUTAGE' }],
      },
      DEMO_ACTOR,
    );
    incident = await this.incidents.postUpdate(
      {
        incidentId: incident.id,
        body: 'Label printing fails for every carrier that needs its own software: no labels, no shipping.',
        visibility: 'INTERNAL',
        author: 'Shipping',
        statusChange: 'IDENTIFIED',
        displayAt: story.at(0, 9, 45),
      },
      DEMO_ACTOR,
    );
    incident = await this.incidents.postUpdate(
      {
        incidentId: incident.id,
        body: "Workaround found: labels through the carriers' web portals, one by one.",
        visibility: 'INTERNAL',
        author: 'Shipping',
        statusChange: 'RECOVERING',
        displayAt: story.at(3, 11, 0),
      },
      DEMO_ACTOR,
    );
    const workaround = await this.recovery.add(
      {
        incidentId: incident.id,
        title: "Print labels through the carriers' web portals",
        serviceKey: 'shipping',
        owner: 'Shipping',
        estimateMinutes: 420,
      },
      DEMO_ACTOR,
    );
    await this.recovery.update(
      { id: workaround.id, version: workaround.version, status: 'DONE' },
      DEMO_ACTOR,
    );
    return this.incidents.resolve(
      {
        id: incident.id,
        version: incident.version,
        at: story.at(3, 18, 0),
        body: 'Labels print again. Two shipping days (Friday, Monday) are lost; the parcels are late.',
      },
      DEMO_ACTOR,
    );
  }

  /** E-mails since Wednesday, orders to reconstruct and call-backs the phones could not take. */
  private async backlogsOfServerFailure(story: StoryTime, incidentId: string): Promise<void> {
    await this.backlogs.create(
      {
        key: 'unanswered-emails',
        name: 'Unanswered e-mails',
        unit: 'e-mail',
        incidentId,
        // Answering needs the order data: customers ask where their order is.
        serviceKey: 'order-database',
        promiseHours: 24,
        staff: 6,
        itemsPerStaffHour: 12,
        arrivalRatePerHour: 8,
      },
      DEMO_ACTOR,
    );
    // Every e-mail since Wednesday waits: the pile grows to about 3,500 by Tuesday evening and
    // stays there while the support team reconstructs orders.
    const wednesday = story.at(-2, 0, 0).getTime();
    const full = story.at(4, 18, 0).getTime();
    const counts: { at: Date; open: number }[] = [];
    for (let at = wednesday + 6 * 3_600_000; at <= full; at += 12 * 3_600_000) {
      counts.push({
        at: new Date(at),
        open: Math.round((3480 * (at - wednesday)) / (full - wednesday)),
      });
    }
    counts.push({ at: new Date(full), open: 3480 });
    counts.push({ at: story.ago(30), open: 3512 });
    await this.snapshots('unanswered-emails', counts);

    await this.backlogs.create(
      {
        key: 'call-backs',
        name: 'Customers waiting for a call-back',
        unit: 'call-back',
        incidentId,
        serviceKey: 'phone-system',
        promiseHours: 24,
        staff: 2,
        itemsPerStaffHour: 6,
        arrivalRatePerHour: 2,
      },
      DEMO_ACTOR,
    );
    await this.snapshots('call-backs', [
      { at: story.at(4, 10, 0), open: 35 },
      { at: story.at(4, 16, 0), open: 88 },
      { at: story.ago(60), open: 142 },
    ]);

    await this.backlogs.create(
      {
        key: 'orders-to-reconstruct',
        name: 'Order records to reconstruct',
        unit: 'order',
        incidentId,
        serviceKey: 'order-database',
        staff: 3,
        itemsPerStaffHour: 6,
        arrivalRatePerHour: 0,
      },
      DEMO_ACTOR,
    );
    // 380 orders from Wednesday to the failure were damaged; by Tuesday evening 210 are rebuilt.
    const ordersFrom = story.at(-2, 8, 0).getTime();
    const ordersTo = story.failure.getTime();
    const rebuildFrom = story.at(3, 9, 0).getTime();
    const rebuildTo = story.at(4, 18, 0).getTime();
    const orders = Array.from({ length: 380 }, (_, index) => ({
      externalRef: `ORDER-${String(48_120 + index)}`,
      receivedAt: new Date(ordersFrom + ((ordersTo - ordersFrom) * index) / 380),
      doneAt:
        index < 210 ? new Date(rebuildFrom + ((rebuildTo - rebuildFrom) * index) / 210) : null,
      ...demoCustomer(index),
    }));
    await this.backlogs.upsertItems(
      { backlogKey: 'orders-to-reconstruct', items: orders, idempotencyKey: 'demo-orders' },
      DEMO_ACTOR,
    );
  }

  /** Parcels that could not leave on Friday and Monday: each was promised within two days. */
  private async parcels(story: StoryTime, incidentId: string): Promise<void> {
    await this.backlogs.create(
      {
        key: 'delayed-parcels',
        name: 'Parcels not shipped',
        unit: 'parcel',
        incidentId,
        serviceKey: 'shipping',
        promiseHours: 48,
        staff: 2,
        itemsPerStaffHour: 20,
        arrivalRatePerHour: 0,
      },
      DEMO_ACTOR,
    );
    const from = story.at(-2, 8, 0).getTime();
    const to = story.at(3, 18, 0).getTime();
    const shipFrom = story.at(4, 8, 0).getTime();
    const shipTo = story.at(4, 18, 0).getTime();
    const count = 640;
    const shipped = 360;
    const items = Array.from({ length: count }, (_, index) => {
      const receivedAt = new Date(from + ((to - from) * index) / count);
      return {
        externalRef: `PARCEL-${String(70_400 + index)}`,
        receivedAt,
        dueAt: new Date(receivedAt.getTime() + 48 * 3_600_000),
        doneAt:
          index < shipped ? new Date(shipFrom + ((shipTo - shipFrom) * index) / shipped) : null,
        ...demoCustomer(1_000 + index),
      };
    });
    await this.backlogs.upsertItems(
      { backlogKey: 'delayed-parcels', items, idempotencyKey: 'demo-parcels' },
      DEMO_ACTOR,
    );
  }

  /** The word nobody sent: a status-page update still in draft, an e-mail approved but unsent. */
  /**
   * The damaged order records are a personal-data breach (loss of availability and integrity):
   * the 72 hours run from Sunday evening, when the check of the restored data found them; in
   * the story nobody thought of the authority.
   */
  private async orderDataBreach(story: StoryTime, incidentId: string): Promise<void> {
    await this.personalData.record(
      {
        incidentId,
        aspects: ['AVAILABILITY', 'INTEGRITY'],
        awareAt: story.at(2, 18, 0),
        facts:
          'The main server failed; after the restore from backup many order records (names, addresses, order contents) were damaged and are reconstructed by hand from payment and e-mail records.',
        effects:
          'Customers wait for orders we cannot see; some orders may be shipped late or to an outdated address.',
        remedialAction:
          'Reconstruction of the order records; customers with affected orders are told what happened.',
        affectedPeopleEstimate: 400,
      },
      DEMO_ACTOR,
    );
  }

  /** The carrier incident is over: its review, with what the shop learned and will do. */
  private async carrierReview(incidentId: string): Promise<void> {
    await this.reviews.updateReview(
      {
        incidentId,
        version: 0,
        wentWell:
          "Shipping found the workaround on its own: labels through the carriers' web portals.",
        wentBadly:
          'The workaround took until Monday: nobody knew the portals could print labels, and nobody told the customers that parcels would be two shipping days late.',
      },
      DEMO_ACTOR,
    );
    for (const action of [
      {
        title: 'Write down the portal workaround as a continuation plan and print it',
        owner: 'Shipping',
      },
      { title: 'Keep the carrier portal logins outside the main server', owner: 'IT' },
    ]) {
      await this.reviews.addAction({ incidentId, ...action }, DEMO_ACTOR);
    }
  }

  /**
   * The fallbacks the shop wrote down after the story: labels through the carrier's portal, an
   * e-mail fallback while the phones are down, and order capture on paper. The phones are still
   * broken, so the e-mail fallback runs for the server failure.
   */
  private async continuationPlans(incidentId: string): Promise<void> {
    await this.plans.create(
      {
        serviceKey: 'shipping',
        title: "Labels through the carrier's web portal",
        owner: 'Shipping lead',
        steps: [
          "Log in to the carrier's business portal",
          'Enter each parcel from the packing list (address, weight)',
          'Print the labels on the office printer and tape them on',
          'Note each tracking number on the packing list for the order records',
        ],
        needs: ['Carrier portal login (in the safe)', 'Office printer', 'Two packers'],
        addsCapacity: { backlogKey: 'delayed-parcels', staff: 2 },
      },
      DEMO_ACTOR,
    );
    const emailFallback = await this.plans.create(
      {
        serviceKey: 'phone-system',
        title: 'E-mail fallback while the phones are down',
        owner: 'Customer support lead',
        steps: [
          'Switch the phone announcement to point callers to the support e-mail address',
          'Put the support e-mail address on the web shop and the status page',
          'Move two people from the phones to the e-mail inbox',
          'Answer call-back requests by e-mail where the customer gave an address',
        ],
        needs: ['Access to the phone announcement', 'Mailbox access for two more people'],
        addsCapacity: { backlogKey: 'unanswered-emails', staff: 2 },
      },
      DEMO_ACTOR,
    );
    await this.plans.create(
      {
        serviceKey: 'web-shop',
        title: 'Manual order capture on paper',
        owner: 'Head of operations',
        steps: [
          'Take orders by e-mail and on the paper form (customer, items, address, payment)',
          'Number each form and file it by day',
          'Enter the forms into the shop once the order database is back',
        ],
        needs: ['Printed order forms', 'A folder per day'],
        addsCapacity: null,
      },
      DEMO_ACTOR,
    );
    await this.plans.activate(
      { planId: emailFallback.id, incidentId, idempotencyKey: 'demo-email-fallback' },
      DEMO_ACTOR,
    );
  }

  /**
   * A finished exercise of the built-in scenario, played apart from the real incidents: the first
   * word to customers came late, a decision, the gap nobody could close, and the improvements of
   * the debrief.
   */
  private async finishedExercise(): Promise<void> {
    let exercise = await this.exercises.start(
      {
        scenarioKey: 'server-failure-friday',
        title: 'Drill: server failure on a Friday',
        idempotencyKey: 'demo-exercise',
      },
      DEMO_ACTOR,
    );
    const log = async (kind: string, text: string) => {
      exercise = await this.exercises.logEntry(
        { exerciseId: exercise.id, kind, text, idempotencyKey: `demo-exercise-${kind}-${text}` },
        DEMO_ACTOR,
      );
    };
    const advance = async (step: { minutes?: number; toNextInject?: boolean }) => {
      exercise = await this.exercises.advance(
        { id: exercise.id, version: exercise.version, ...step },
        DEMO_ACTOR,
      );
    };
    await log('ACTION', 'Crisis team called in; the server technician is on his way.');
    await advance({ toNextInject: true });
    await log('GAP', 'Nobody knew the carrier portal login.');
    await advance({ toNextInject: true });
    await log('DECISION', 'Take orders on paper until the order data is back.');
    await advance({ minutes: 240 });
    await log(
      'CUSTOMER_WORD',
      'Our systems are down after a server failure; we answer every e-mail as soon as we can.',
    );
    await advance({ toNextInject: true });
    await advance({ toNextInject: true });
    await log('ACTION', 'Orders reconstructed from the e-mail inbox and the paper notes.');
    exercise = await this.exercises.end({ id: exercise.id, version: exercise.version }, DEMO_ACTOR);
    for (const [title, owner, dueOn] of [
      ['Carrier portal login into the emergency folder', 'Shipping lead', '2026-01-31'],
      [
        'A first word to customers within one hour, prepared as a template',
        'Customer service',
        null,
      ],
    ] as const) {
      await this.exercises.addImprovement(
        {
          exerciseId: exercise.id,
          title,
          owner,
          dueOn,
          idempotencyKey: `demo-improvement-${title}`,
        },
        DEMO_ACTOR,
      );
    }
  }

  private async messagesNotSent(incidentId: string): Promise<void> {
    const context = newLoadScope();
    await this.communications.draft(
      { incidentId, channel: 'STATUS_PAGE', audience: 'PUBLIC', locale: 'de', kind: 'UPDATE' },
      DEMO_ACTOR,
      context,
    );
    const email = await this.communications.draft(
      {
        incidentId,
        channel: 'EMAIL',
        audience: 'AFFECTED_CUSTOMERS',
        locale: 'de',
        kind: 'UPDATE',
        cohort: { backlogKeys: ['orders-to-reconstruct'], openOnly: true },
      },
      DEMO_ACTOR,
      newLoadScope(),
    );
    await this.communications.approve({ id: email.id, version: email.version }, DEMO_ACTOR);
  }

  /**
   * The label software works again and the shop writes to the customers whose parcels still
   * wait, one notice each with their parcels and the forecast. Without a mail server the
   * notices stay in the outbox, each record marked "not sent: no mail server configured".
   */
  private async parcelCustomersNotice(incidentId: string): Promise<void> {
    const notice = await this.communications.draft(
      {
        incidentId,
        channel: 'EMAIL',
        audience: 'AFFECTED_CUSTOMERS',
        locale: 'de',
        kind: 'RESOLVED',
        cohort: { backlogKeys: ['delayed-parcels'], openOnly: true },
      },
      DEMO_ACTOR,
      newLoadScope(),
    );
    const approved = await this.communications.approve(
      { id: notice.id, version: notice.version },
      DEMO_ACTOR,
    );
    await this.communications.publish({ id: approved.id, version: approved.version }, DEMO_ACTOR);
  }

  private async snapshots(backlogKey: string, counts: { at: Date; open: number }[]): Promise<void> {
    for (const { at, open } of counts) {
      await this.backlogs.recordSnapshot(
        { backlogKey, open, at, idempotencyKey: `demo-${backlogKey}-${at.toISOString()}` },
        DEMO_ACTOR,
      );
    }
  }
}
