import type { ReactElement } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatSignedMoney } from "../../lib/format";
import type { WaterfallBar } from "./waterfall-data";

const colors: Record<WaterfallBar["kind"], string> = {
  benchmark: "#64748b",
  increase: "#059669",
  decrease: "#dc2626",
  total: "#4f46e5",
};

interface Row extends Omit<WaterfallBar, "range"> {
  readonly range: [number, number];
}

/** The breakdown as horizontal floating bars (recharts; loaded lazily). */
export function WaterfallChart({ bars, currency }: { bars: readonly WaterfallBar[]; currency: string }): ReactElement {
  const data: Row[] = bars.map((b) => ({ ...b, range: [b.range[0], b.range[1]] }));
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 0 });
  return (
    <div style={{ width: "100%", height: 36 * data.length + 40 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, "auto"]} tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip
            formatter={(_value, _name, item) => {
              const row = item.payload as Row;
              const amount = row.kind === "increase" || row.kind === "decrease" ? formatSignedMoney(row.amount, currency) : formatMoney(row.amount, currency);
              return [amount, row.detail || row.name];
            }}
          />
          <Bar dataKey="range" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.key} fill={colors[d.kind]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
