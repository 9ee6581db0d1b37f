import type { ReactElement } from "react";
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { formatMoney } from "../../lib/format";
import { plotDomain } from "./calibration-domain";
import type { CalibrationBin } from "./eval-report";

/**
 * Predicted against actual median base salary per bin, both axes on one scale with the diagonal
 * where prediction equals reality; a larger dot stands for more salaries (recharts; loaded lazily).
 * The caller gives the text alternative.
 */
export function CalibrationChart({ bins, currency }: { bins: readonly CalibrationBin[]; currency: string }): ReactElement {
  const compact = new Intl.NumberFormat("en-US", { style: "currency", currency, notation: "compact", maximumFractionDigits: 0 });
  const [lo, hi] = plotDomain(bins);
  return (
    <div style={{ width: "100%", height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 12, right: 28, bottom: 20, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="predicted"
            name="Predicted median"
            domain={[lo, hi]}
            allowDataOverflow
            tickFormatter={(v: number) => compact.format(v)}
            tick={{ fontSize: 11 }}
            label={{ value: "predicted median base", position: "insideBottom", offset: -12, fontSize: 11 }}
          />
          <YAxis
            type="number"
            dataKey="actual"
            name="Real median"
            domain={[lo, hi]}
            allowDataOverflow
            tickFormatter={(v: number) => compact.format(v)}
            tick={{ fontSize: 11 }}
            width={52}
            label={{ value: "real median base", angle: -90, position: "left", offset: 2, fontSize: 11 }}
          />
          <ZAxis type="number" dataKey="n" name="Salaries" range={[40, 220]} />
          <ReferenceLine
            segment={[
              { x: lo, y: lo },
              { x: hi, y: hi },
            ]}
            stroke="#64748b"
            strokeDasharray="5 4"
            label={{ value: "exact", position: "insideTopLeft", fontSize: 11, fill: "#475569" }}
          />
          <Tooltip formatter={(v, name) => (name === "Salaries" ? Number(v).toLocaleString("en-US") : formatMoney(Number(v), currency))} />
          <Scatter data={[...bins]} name="Bins" fill="#4f46e5" line={{ stroke: "#818cf8" }} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
