/**
 * 预警: the supervisor's alert board (docs/adr/0036-supervisors-alert-board.md) — open periods overdue and
 * irregularity patterns with thresholds kept as data, across the enforcement bodies of the supervising 司法局's
 * jurisdiction, each with its records and the supervisor's actions.
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision.alert;
