import type { ReactElement } from "react";
import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from "recharts";
import { formatMoney } from "../../lib/format";
import { wrapLabel, type BandChartData, type ChartPerson } from "./band-chart-data";
import { statusLabels } from "./roster-rows";

/** Dot colour per status (the legend beside the chart uses the same). */
export const statusColors = { below: "#dc2626", in: "#0f766e", above: "#d97706" } as const;

/** The axis labels' room: characters a line (about 5.6 px each at 10 px) in a column `labelWidth` px wide. */
const labelChars = 26;
const labelWidth = 158;
const lineHeight = 12;

/** A band's whole label as lines of text centred on its row (never cut short). */
function BandLabel(props: { x: number; y: number; lines: readonly string[] }): ReactElement {
  const top = props.y - ((props.lines.length - 1) * lineHeight) / 2;
  return (
    <text x={props.x} y={top} textAnchor="end" dominantBaseline="middle" fontSize={10} fill="#475569" data-testid="band-label">
      {props.lines.map((line, i) => (
        <tspan key={i} x={props.x} y={top + i * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Each band as a shaded range (min to max, midpoint marked) with each person's base pay as a dot on it (recharts; loaded lazily). */
export function BandChart({ data, currency }: { data: BandChartData; currency: string }): ReactElement {
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 0 });
  const lines = new Map(data.bands.map((b) => [b.row, wrapLabel(b.label, labelChars)]));
  const mostLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const height = Math.max(180, data.bands.length * Math.max(34, mostLines * lineHeight + 8) + 60);
  return (
    <div>
      <ul className="mb-1 flex flex-wrap gap-3 text-xs text-slate-700" aria-label="Legend">
        {(["below", "in", "above"] as const).map((status) => (
          <li key={status} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: statusColors[status] }} />
            {statusLabels[status]}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-0.5 bg-indigo-700" />
          Midpoint
        </li>
      </ul>
      <div style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" dataKey="x" domain={["auto", "auto"]} tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 11 }} name="Base" />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.5, data.bands.length - 0.5]}
              ticks={data.bands.map((b) => b.row)}
              tick={(tick: YAxisTickContentProps) => <BandLabel x={Number(tick.x)} y={Number(tick.y)} lines={lines.get(Number(tick.payload.value)) ?? []} />}
              width={labelWidth}
              interval={0}
            />
            {data.bands.map((b) => (
              <ReferenceArea key={`band-${b.row}`} x1={b.min} x2={b.max} y1={b.row - 0.3} y2={b.row + 0.3} fill="#6366f1" fillOpacity={0.12} stroke="#a5b4fc" ifOverflow="extendDomain" />
            ))}
            {data.bands.map((b) => (
              <ReferenceLine
                key={`mid-${b.row}`}
                segment={[
                  { x: b.mid, y: b.row - 0.3 },
                  { x: b.mid, y: b.row + 0.3 },
                ]}
                stroke="#4338ca"
                strokeWidth={2}
                ifOverflow="extendDomain"
              />
            ))}
            <Tooltip
              cursor={false}
              content={({ active, payload }) => {
                const person = active ? (payload?.[0]?.payload as ChartPerson | undefined) : undefined;
                if (!person) return null;
                return (
                  <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow">
                    <p className="font-semibold">{person.name}</p>
                    <p>
                      {formatMoney(person.x, currency)} · compa-ratio {person.compaRatio.toFixed(2)} · {statusLabels[person.status]}
                    </p>
                  </div>
                );
              }}
            />
            {(["in", "below", "above"] as const).map((status) => (
              <Scatter key={status} name={statusLabels[status]} data={[...data.people[status]]} fill={statusColors[status]} isAnimationActive={false} />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
