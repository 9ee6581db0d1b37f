import type { ReactElement } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "../../lib/format";
import { payComponents, type YearRow } from "./offer-series";

/** One offer's years as stacked bars: base, bonus, sign-on, risk-adjusted equity, benefits, up to `yMax` so offers share a scale (recharts; loaded lazily). */
export function OfferChart({ rows, currency, yMax }: { rows: readonly YearRow[]; currency: string; yMax: number }): ReactElement {
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 0 });
  return (
    <div style={{ width: "100%", height: 240 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, yMax]} tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 11 }} width={44} />
          <Tooltip formatter={(v) => formatMoney(Number(v), currency)} />
          {/* In stacking order, not alphabetical. */}
          <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => payComponents.findIndex((c) => c.key === item.dataKey)} />
          {payComponents.map((c) => (
            <Bar key={c.key} dataKey={c.key} name={c.label} stackId="pay" fill={c.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
