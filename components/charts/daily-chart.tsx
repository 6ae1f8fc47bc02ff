"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDayLong, formatDayShort } from "@/lib/format/datetime";
import { formatCount, formatRub, formatRubCompact } from "@/lib/format/money";

/**
 * Revenue (stacked bars, RUB) or orders (lines, counts) per Moscow day per marketplace.
 * The figure's caption says what it shows; the same numbers are in a table next to it for
 * people who do not use the chart (ChartDataTable). No entry animation: it helps nobody read
 * the numbers, bothers people who prefer reduced motion and makes screenshots flaky.
 */
export interface ChartPoint {
  day: string;
  wildberries: number;
  ozon: number;
}

const COLOURS = { wildberries: "#a21caf", ozon: "#0050e3" } as const;

export function DailyChart({ data, kind }: { data: ChartPoint[]; kind: "revenue" | "orders" }) {
  const locale = useLocale();
  const t = useTranslations("overview");
  const value = (v: number) => (kind === "revenue" ? formatRub(v, locale) : formatCount(v, locale));
  const axis = (v: number) => (kind === "revenue" ? formatRubCompact(v, locale) : formatCount(v, locale));
  const common = {
    data,
    margin: { top: 8, right: 16, bottom: 0, left: 8 },
    accessibilityLayer: true,
  };
  // Grid, axes, tooltip and legend are the same for bars and lines; recharts reads them through a fragment.
  const frame = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
      <XAxis
        dataKey="day"
        tickFormatter={(d: string) => formatDayShort(d, locale)}
        tick={{ fontSize: 12, fill: "#475569" }}
        minTickGap={16}
      />
      <YAxis tickFormatter={axis} tick={{ fontSize: 12, fill: "#475569" }} width={kind === "revenue" ? 84 : 48} allowDecimals={false} />
      <Tooltip labelFormatter={(d) => formatDayLong(String(d), locale)} formatter={(v) => value(Number(v))} />
      <Legend />
    </>
  );
  const line = { type: "monotone", strokeWidth: 2, dot: false, isAnimationActive: false } as const;
  const names = { wildberries: t("marketplace.wildberries"), ozon: t("marketplace.ozon") };

  return (
    <div className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        {kind === "revenue" ? (
          <BarChart {...common}>
            {frame}
            <Bar dataKey="wildberries" name={names.wildberries} stackId="revenue" fill={COLOURS.wildberries} isAnimationActive={false} />
            <Bar dataKey="ozon" name={names.ozon} stackId="revenue" fill={COLOURS.ozon} isAnimationActive={false} />
          </BarChart>
        ) : (
          <LineChart {...common}>
            {frame}
            <Line {...line} dataKey="wildberries" name={names.wildberries} stroke={COLOURS.wildberries} />
            {/* Dashed, so the two lines differ by more than colour. */}
            <Line {...line} dataKey="ozon" name={names.ozon} stroke={COLOURS.ozon} strokeDasharray="6 3" />
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
