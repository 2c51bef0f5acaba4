/**
 * What the status endpoints should show for work that nobody runs: Apache reports a task or connector whose
 * worker left as UNASSIGNED while the scheduled rebalance delay holds it, and a worker that stops work it lost
 * in a rebalance writes UNASSIGNED itself.
 */
import type { AssignmentDocument, ConnectorsAndTasks } from '../../shared/ports/assignment-store.ts';
import type { ConfigSnapshot } from './config-snapshot.ts';
import { taskKey, WorkSet } from './work-sets.ts';

export interface StatusView {
  /**
   * Configured connectors and tasks that no live executor is assigned to run: held work, work being revoked
   * (its previous owner is stopping it and writes UNASSIGNED itself), and work that could not be placed
   * because no executor is live.
   */
  readonly unassigned: ConnectorsAndTasks;
  /**
   * The part of `unassigned` held for departed executors during scheduled.rebalance.max.delay.ms. Their owner is
   * gone and cannot write its status, so the control plane should write UNASSIGNED for these.
   */
  readonly held: ConnectorsAndTasks;
  /** When held work is redistributed unless its executor registers again first; null when nothing is held. */
  readonly heldUntilMs: number | null;
}

/** The status view of `document` for the configuration `config` (pure; no round is run). */
export function statusView(document: AssignmentDocument, config: ConfigSnapshot): StatusView {
  const assigned = new WorkSet();
  for (const member of document.members) assigned.addAll(member);
  const lost = new WorkSet();
  for (const group of document.lost) lost.addAll(group);
  const unassigned = new WorkSet();
  const held = new WorkSet();
  for (const connector of config.connectors) {
    const name = connector.name;
    if (!assigned.hasConnector(name)) unassigned.connectors.add(name);
    if (lost.hasConnector(name)) held.connectors.add(name);
    for (let task = 0; task < connector.tasks; task++) {
      const id = { connector: name, task };
      const key = taskKey(id);
      if (!assigned.hasTask(key)) unassigned.tasks.set(key, id);
      if (lost.hasTask(key)) held.tasks.set(key, id);
    }
  }
  return {
    unassigned: unassigned.toSorted(),
    held: held.toSorted(),
    heldUntilMs: held.size > 0 ? document.scheduledRebalanceAtMs : null,
  };
}
