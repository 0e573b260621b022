// Time budgets of the speed tests. Under `npm run mutate` the tests run Stryker's instrumented
// bundles (every statement checks the active mutant and records coverage), several times slower
// at a constant factor; what the budgets guard is linear vs quadratic time, so there they triple.

/** True inside a Stryker worker (it sets STRYKER_MUTATOR_WORKER; spawned children inherit it). */
export const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/** `ms`, or three times `ms` under Stryker. */
export function timeBudget(ms: number): number {
  return underStryker ? ms * 3 : ms;
}
