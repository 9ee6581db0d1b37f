import { getRouteApi } from "@tanstack/react-router";
import type { ReactElement } from "react";
import { ComparePage } from "./compare-page";

const route = getRouteApi("/planner/compare");

/** The `/planner/compare` route: the comparison with the planner's hours and months in level from the address. */
export function CompareRoute(): ReactElement {
  const search = route.useSearch();
  return <ComparePage search={search} />;
}
