import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * Impact analysis per service: the maximum tolerable period of disruption, the cost of an hour
 * of outage, suppliers and their promised recovery; supplier gaps and the cost of the outage so
 * far on the overview.
 */

const HOUR = 3_600_000;
const FIELDS =
  'key rtoMinutes mtpdMinutes outageCostPerHour { orders euros } supplier version supplierGaps { code serviceKey supplierKey supplier { name } direct promisedMinutes requiredMinutes exceedsByMinutes }';
const CREATE = `mutation C($input: CreateServiceInput!) { createService(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateServiceInput!) { updateService(input: $input) { ${FIELDS} } }`;
const OVERVIEW = `query O($asOf: DateTime) {
  overview(asOf: $asOf) {
    supplierGaps { code serviceKey service { name } supplierKey supplier { name } direct promisedMinutes requiredMinutes exceedsByMinutes }
    outageCost { orders euros since unestimatedServiceKeys services { serviceKey service { name } impairedMinutes lostMinutes orders euros estimated } }
  }
}`;

interface ServiceAnswer {
  key: string;
  mtpdMinutes: number | null;
  outageCostPerHour: { orders: number; euros: number } | null;
  supplier: boolean;
  version: number;
  supplierGaps: { code: string; supplierKey: string; supplier: { name: string } }[];
}
interface OverviewAnswer {
  supplierGaps: {
    code: string;
    serviceKey: string;
    service: { name: string };
    supplierKey: string;
    exceedsByMinutes: number;
  }[];
  outageCost: {
    orders: number;
    euros: number;
    since: string | null;
    unestimatedServiceKeys: string[];
    services: { serviceKey: string; orders: number; euros: number; estimated: boolean }[];
  };
}

async function overview(app: TestApp, asOf?: Date): Promise<OverviewAnswer> {
  const answer = await app.gqlOk<{ overview: OverviewAnswer }>(
    OVERVIEW,
    asOf ? { asOf: asOf.toISOString() } : {},
    { as: 'VIEWER' },
  );
  return answer.overview;
}

describeEachDatabase('impact analysis per service', (use) => {
  it('keeps MTPD, the cost of an hour of outage and the supplier flag', async () => {
    const app = use();
    const { createService } = await app.gqlOk<{ createService: ServiceAnswer }>(CREATE, {
      input: {
        key: 'web-shop',
        name: 'Web shop',
        tier: 1,
        rtoMinutes: 120,
        rpoMinutes: 15,
        mtpdMinutes: 240,
        outageCostPerHour: { orders: 30, euros: 1500 },
      },
    });
    expect(createService).toMatchObject({
      mtpdMinutes: 240,
      outageCostPerHour: { orders: 30, euros: 1500 },
      supplier: false,
      supplierGaps: [],
    });
    const { createService: carrier } = await app.gqlOk<{ createService: ServiceAnswer }>(CREATE, {
      input: {
        key: 'carrier',
        name: 'Versanddienstleister',
        tier: 2,
        rtoMinutes: 480,
        rpoMinutes: 0,
        supplier: true,
      },
    });
    expect(carrier).toMatchObject({ supplier: true, mtpdMinutes: null, outageCostPerHour: null });
  });

  it('refuses an MTPD below the RTO and a negative cost with codes, and writes nothing', async () => {
    const app = use();
    const below = await app.gql(CREATE, {
      input: {
        key: 'phones',
        name: 'Phones',
        tier: 2,
        rtoMinutes: 480,
        rpoMinutes: 0,
        mtpdMinutes: 60,
      },
    });
    expect(below.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(below.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'mtpdMinutes', code: 'BELOW_RTO', params: { min: 480 } }),
    ]);
    const negative = await app.gql(CREATE, {
      input: {
        key: 'phones',
        name: 'Phones',
        tier: 2,
        rtoMinutes: 480,
        rpoMinutes: 0,
        outageCostPerHour: { orders: 1, euros: -5 },
      },
    });
    expect(negative.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({
        field: 'outageCostPerHour.euros',
        code: 'NUMBER_RANGE',
        params: { min: 0, max: 10_000_000 },
      }),
    ]);
    // An RTO raised above the MTPD is refused too, against the stored MTPD.
    const raised = await app.gql(UPDATE, {
      input: { key: 'web-shop', version: 1, rtoMinutes: 300 },
    });
    expect(raised.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'mtpdMinutes', code: 'BELOW_RTO', params: { min: 300 } }),
    ]);
    const { services } = await app.gqlOk<{ services: ServiceAnswer[] }>(
      `{ services { ${FIELDS} } }`,
    );
    expect(services.map((service) => service.key)).toEqual(['web-shop', 'carrier']);
    expect(services[0]).toMatchObject({ version: 1, rtoMinutes: 120 });
  });

  it('lets a VIEWER read it but not change it', async () => {
    const app = use();
    const refused = await app.gql(
      UPDATE,
      { input: { key: 'carrier', version: 1, rtoMinutes: 60 } },
      { as: 'VIEWER' },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const responder = await app.gql(
      CREATE,
      { input: { key: 'x', name: 'X', tier: 4, rtoMinutes: 1, rpoMinutes: 1, supplier: true } },
      { as: 'RESPONDER' },
    );
    expect(responder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { service } = await app.gqlOk<{ service: ServiceAnswer }>(
      `{ service(key: "carrier") { ${FIELDS} } }`,
      {},
      { as: 'VIEWER' },
    );
    expect(service.version).toBe(1);
  });

  it('flags a supplier promising slower recovery than a service that needs it', async () => {
    const app = use();
    const { updateService } = await app.gqlOk<{ updateService: ServiceAnswer }>(UPDATE, {
      input: { key: 'web-shop', version: 1, dependsOn: ['carrier'] },
    });
    expect(updateService.supplierGaps).toEqual([
      {
        code: 'SUPPLIER_EXCEEDS_MTPD',
        serviceKey: 'web-shop',
        supplierKey: 'carrier',
        supplier: { name: 'Versanddienstleister' },
        direct: true,
        promisedMinutes: 480,
        requiredMinutes: 240,
        exceedsByMinutes: 240,
      },
    ]);
    expect((await overview(app)).supplierGaps).toEqual([
      expect.objectContaining({
        code: 'SUPPLIER_EXCEEDS_MTPD',
        serviceKey: 'web-shop',
        service: { name: 'Web shop' },
        supplierKey: 'carrier',
        exceedsByMinutes: 240,
      }),
    ]);

    // A stale edit is refused; a faster promise closes the MTPD gap, the RTO gap remains.
    const stale = await app.gql(UPDATE, { input: { key: 'carrier', version: 0, rtoMinutes: 180 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const conflict = await app.gql(UPDATE, {
      input: { key: 'web-shop', version: 1, mtpdMinutes: 600 },
    });
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await app.gqlOk(UPDATE, { input: { key: 'carrier', version: 1, rtoMinutes: 180 } });
    expect((await overview(app)).supplierGaps).toEqual([
      expect.objectContaining({ code: 'SUPPLIER_EXCEEDS_RTO', exceedsByMinutes: 60 }),
    ]);
  });

  it('clears an MTPD and a cost estimate with null', async () => {
    const app = use();
    const { service } = await app.gqlOk<{ service: ServiceAnswer }>(
      `{ service(key: "web-shop") { ${FIELDS} } }`,
    );
    const { updateService } = await app.gqlOk<{ updateService: ServiceAnswer }>(UPDATE, {
      input: {
        key: 'web-shop',
        version: service.version,
        mtpdMinutes: null,
        outageCostPerHour: null,
      },
    });
    expect(updateService).toMatchObject({ mtpdMinutes: null, outageCostPerHour: null });
    await app.gqlOk(UPDATE, {
      input: {
        key: 'web-shop',
        version: updateService.version,
        mtpdMinutes: 240,
        outageCostPerHour: { orders: 30, euros: 1500 },
      },
    });
  });

  it('shows the cost of the outage so far, counting a partial outage half', async () => {
    const app = use();
    const startedAt = new Date(Date.now() - 3 * HOUR);
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Shop down',
          severity: 'SEV1',
          startedAt: startedAt.toISOString(),
          detectedAt: startedAt.toISOString(),
          impacts: [{ serviceKey: 'web-shop', status: 'MAJOR_OUTAGE' }],
        },
      },
      { as: 'RESPONDER' },
    );
    // The shop came back partly after an hour: the major impact ends, a partial one begins.
    const partialSince = new Date(startedAt.getTime() + HOUR);
    for (const status of ['OPERATIONAL', 'PARTIAL_OUTAGE']) {
      await app.gqlOk(
        `mutation S($input: SetServiceImpactInput!) { setServiceImpact(input: $input) { id } }`,
        {
          input: {
            incidentId: declareIncident.id,
            serviceKey: 'web-shop',
            status,
            at: partialSince.toISOString(),
          },
        },
        { as: 'RESPONDER' },
      );
    }

    // Replayed: one hour of full outage.
    const replay = await overview(app, partialSince);
    expect(replay.outageCost).toMatchObject({
      orders: 30,
      euros: 1500,
      since: startedAt.toISOString(),
      unestimatedServiceKeys: [],
    });
    // Now: one hour full, about two hours half (a few seconds more at most).
    const current = await overview(app);
    expect(current.outageCost.orders).toBe(60);
    expect(current.outageCost.euros).toBeGreaterThanOrEqual(3000);
    expect(current.outageCost.euros).toBeLessThan(3010);
    expect(current.outageCost.services).toEqual([
      expect.objectContaining({ serviceKey: 'web-shop', orders: 60, estimated: true }),
    ]);
  });
});
