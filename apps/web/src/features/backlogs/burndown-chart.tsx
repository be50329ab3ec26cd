import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

export interface BurnDownPointView {
  /** ISO-8601 time. */
  at: string;
  open: number;
}

export interface BurndownChartProps {
  name: string;
  actual: readonly BurnDownPointView[];
  forecast: readonly BurnDownPointView[];
  whatIf?: readonly BurnDownPointView[] | null;
  /** The time by which the promise made to customers runs out, if any. */
  promiseDeadline?: string | null;
  now: Date;
}

interface Row {
  t: number;
  actual?: number;
  forecast?: number;
  whatIf?: number;
}

/** Merges the series onto one time axis; recharts draws gaps where a series has no value. */
function rowsOf(props: BurndownChartProps): Row[] {
  const rows = new Map<number, Row>();
  const put = (points: readonly BurnDownPointView[], key: 'actual' | 'forecast' | 'whatIf') => {
    for (const point of points) {
      const t = Date.parse(point.at);
      const row = rows.get(t) ?? { t };
      row[key] = point.open;
      rows.set(t, row);
    }
  };
  put(props.actual, 'actual');
  put(props.forecast, 'forecast');
  if (props.whatIf) put(props.whatIf, 'whatIf');
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

/**
 * Open count over time: recorded snapshots, the forecast drawn ahead of now, an optional
 * what-if line and the promise deadline. A table with the same numbers follows for readers
 * who cannot see the chart.
 */
export function BurndownChart(props: BurndownChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = rowsOf(props);
  const tick = (value: number) => format.dateTime(new Date(value).toISOString());
  return (
    <figure className="chart">
      <figcaption className="visually-hidden">
        {t('backlogs.chartTitle', { name: props.name })}
      </figcaption>
      <div className="chart__canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart
            data={rows}
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e3e7eb" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={tick}
              tick={{ fontSize: 11 }}
              minTickGap={40}
            />
            <YAxis
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              tickFormatter={(value: number) => format.number(value)}
              width={48}
            />
            <Tooltip
              labelFormatter={(value) => tick(Number(value))}
              formatter={(value) => format.number(Number(value))}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <ReferenceLine x={props.now.getTime()} stroke="#4f5863" strokeDasharray="2 2" />
            {props.promiseDeadline ? (
              <ReferenceLine
                x={Date.parse(props.promiseDeadline)}
                stroke="#a4161a"
                strokeDasharray="6 3"
                label={{ value: t('backlogs.chartLegendPromise'), fontSize: 11, fill: '#a4161a' }}
              />
            ) : null}
            <Line
              name={t('backlogs.chartLegendActual')}
              dataKey="actual"
              stroke="#0b5cad"
              strokeWidth={2.5}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              name={t('backlogs.chartLegendForecast')}
              dataKey="forecast"
              stroke="#0b5cad"
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            {props.whatIf ? (
              <Line
                name={t('backlogs.chartLegendWhatIf')}
                dataKey="whatIf"
                stroke="#146c2e"
                strokeDasharray="3 3"
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
