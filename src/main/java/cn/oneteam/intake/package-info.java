/**
 * 受理与派遣 — events (诉求) from the dispatcher, grid workers, the 12345 hotline, the public portal and Open311
 * clients; routing to the body that enforces the matter there (catalogue resolver), dispatch, accept or return,
 * reply, the reporter's rating and "not fixed"; duplicates, disputes (争议) to the county coordinating body, SLA
 * clocks and alerts. Its API: {@link cn.oneteam.intake.Events} (look an event up by id or tracking number, with
 * its township) and {@link cn.oneteam.intake.IntakeEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "受理与派遣")
@org.jspecify.annotations.NullMarked
package cn.oneteam.intake;
