import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core } from 'cytoscape';
import { dependentsOf, type ServiceStatus } from '@lagebild/domain';
import { Card } from '@lagebild/ui';
import type { ServiceRow } from './services.queries';

const statusColours: Record<ServiceStatus, string> = {
  OPERATIONAL: '#146c2e',
  DEGRADED_PERFORMANCE: '#c77700',
  PARTIAL_OUTAGE: '#d9480f',
  MAJOR_OUTAGE: '#a4161a',
  UNDER_MAINTENANCE: '#3d3d9e',
};

/**
 * The catalogue drawn as a dependency graph, statuses coloured. Selecting a service (in the
 * graph or with the buttons, which keyboards reach) highlights its blast radius: everything that
 * depends on it, computed by the domain.
 */
export function ServiceGraphCard({ services }: { services: readonly ServiceRow[] }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Loaded on demand: the graph library is the heaviest part of this screen.
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      graph.current?.destroy();
      const instance = cytoscape({
        container: container.current,
        elements: [
          ...services.map((service) => ({
            data: { id: service.key, label: service.name, colour: statusColours[service.status] },
          })),
          ...services.flatMap((service) =>
            service.dependsOn.map((dependency) => ({
              data: {
                id: `${service.key}->${dependency}`,
                source: service.key,
                target: dependency,
              },
            })),
          ),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'background-color': 'data(colour)',
              color: '#1b1f24',
              'font-size': 11,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-wrap': 'wrap',
              'text-max-width': '110px',
              width: 22,
              height: 22,
            },
          },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'line-color': '#9aa4ae',
              'target-arrow-color': '#9aa4ae',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
            },
          },
          { selector: '.faded', style: { opacity: 0.25 } },
          {
            selector: '.focus',
            style: { 'border-width': 4, 'border-color': '#0b5cad' },
          },
          {
            selector: '.affected',
            style: { 'border-width': 3, 'border-color': '#a4161a' },
          },
        ],
        layout: { name: 'breadthfirst', directed: true, padding: 16, spacingFactor: 1.1 },
        userZoomingEnabled: false,
        boxSelectionEnabled: false,
      });
      instance.on('tap', 'node', (event) => setSelected(event.target.id() as string));
      instance.on('tap', (event) => {
        if (event.target === instance) setSelected(null);
      });
      graph.current = instance;
    });
    return () => {
      cancelled = true;
      graph.current?.destroy();
      graph.current = null;
    };
  }, [services]);

  const blastRadius = useMemo(
    () => (selected ? dependentsOf(selected, services) : []),
    [selected, services],
  );

  useEffect(() => {
    const instance = graph.current;
    if (!instance) return;
    instance.elements().removeClass('faded focus affected');
    if (!selected) return;
    const affected = new Set([selected, ...blastRadius]);
    instance.nodes().forEach((node) => {
      if (node.id() === selected) node.addClass('focus');
      else if (affected.has(node.id())) node.addClass('affected');
      else node.addClass('faded');
    });
    instance.edges().forEach((edge) => {
      if (!(affected.has(edge.source().id()) && affected.has(edge.target().id()))) {
        edge.addClass('faded');
      }
    });
  }, [selected, blastRadius]);

  const nameOf = (key: string): string =>
    services.find((service) => service.key === key)?.name ?? key;

  return (
    <Card title={t('services.graph')}>
      <p className="form__hint">{t('services.graphHint')}</p>
      <div className="graph" ref={container} aria-hidden="true" data-testid="service-graph" />
      <div className="chips" role="group" aria-label={t('services.graph')}>
        {services.map((service) => (
          <button
            key={service.key}
            type="button"
            className="chip"
            aria-pressed={selected === service.key}
            onClick={() => setSelected(selected === service.key ? null : service.key)}
          >
            {service.name}
          </button>
        ))}
      </div>
      <p className="blast-radius" aria-live="polite">
        {selected
          ? blastRadius.length > 0
            ? `${t('services.blastRadius', { name: nameOf(selected), count: blastRadius.length })}: ${blastRadius.map(nameOf).join(', ')}`
            : t('services.noDependents', { name: nameOf(selected) })
          : null}
      </p>
    </Card>
  );
}
