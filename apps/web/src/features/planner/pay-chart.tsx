import type { ReactElement } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { pathColors, type PayChartData } from "./pay-series";

/** Projected total pay p50 over months, one stepped line per path, levels and roles marked (recharts; loaded lazily). `data` is in the shown currency; `money` formats it. */
export function PayChart({ data, money }: { data: PayChartData; money: (amount: number) => string }): ReactElement {
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 0 });
  const n = data.series.length;
  const labelled = new Set<string>();
  const lastMonth = data.rows.at(-1)?.month ?? 0;
  return (
    <div style={{ width: "100%", height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...data.rows]} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="month"
            domain={[0, "dataMax"]}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
            label={{ value: "months from today", position: "insideBottomRight", offset: -2, fontSize: 11 }}
          />
          <YAxis domain={["auto", "auto"]} tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 11 }} width={48} />
          <Tooltip formatter={(v) => money(Number(v))} labelFormatter={(m) => `Month ${String(m)}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {data.series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              type="stepAfter"
              stroke={pathColors[i % pathColors.length]}
              // Paths often share their first steps: earlier paths are drawn wider underneath, so each stays visible.
              strokeWidth={2 + 2 * (n - 1 - i)}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
          {data.markers.map((m) => {
            const i = data.series.findIndex((s) => s.key === m.series);
            const key = `${m.month}-${m.label}`;
            const first = !labelled.has(key);
            labelled.add(key);
            return (
              <ReferenceDot
                key={`${m.series}-${m.month}-${m.label}`}
                x={m.month}
                y={m.total}
                r={5}
                fill={pathColors[i % pathColors.length]}
                stroke="#fff"
                // Near the right edge a label above the dot would be cut off: put it to the dot's left.
                label={first ? { value: m.label, position: m.month > lastMonth * 0.75 ? "left" : "top", fontSize: 10, fill: "#334155" } : undefined}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
