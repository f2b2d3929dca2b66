/**
 * 受理与派遣 — events (诉求) from the dispatcher, grid workers, the 12345 hotline, the public portal and Open311
 * clients; routing to the body that enforces the matter there (catalogue resolver), dispatch, accept or return,
 * reply, the reporter's rating and "not fixed"; duplicates, disputes (争议) to the county coordinating body, SLA
 * clocks and alerts. Its API, one class a use case:
 * <ul>
 * <li>{@link cn.oneteam.intake.EventIntake} — 受理: receive from a channel, classify (route), merge a duplicate;</li>
 * <li>{@link cn.oneteam.intake.EventDispatch} — 派遣与办理: dispatch, accept, return, claim, arrive, reply, urge;</li>
 * <li>{@link cn.oneteam.intake.PublicFollowUp} — 回访与评价: follow by tracking number, rate, "not fixed";</li>
 * <li>{@link cn.oneteam.intake.EventToClue} — 转为案源: an event becomes a case's clue;</li>
 * <li>{@link cn.oneteam.intake.EventSubjects} — 关联监管对象: the subject of the register an event is about;</li>
 * <li>{@link cn.oneteam.intake.EventQueries} — look an event up by id, tracking number or case, with its township
 * ({@link cn.oneteam.intake.IntakeEvent}); queues, inbox, duplicates;</li>
 * <li>the published events {@link cn.oneteam.intake.EventReceived}, {@link cn.oneteam.intake.EventDispatched} and
 * {@link cn.oneteam.intake.EventClosed} and {@link cn.oneteam.intake.ComplaintUpheld} (docs/adr/0014-typed-events.md), beside the full-process record's
 * {@link cn.oneteam.intake.EventRecorded}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "受理与派遣",
		allowedDependencies = { "audit", "calendar", "casehandling", "casehandling :: events", "catalog", "evidence",
				"organization", "platform", "region", "shared", "subject", "whistle" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.intake;
