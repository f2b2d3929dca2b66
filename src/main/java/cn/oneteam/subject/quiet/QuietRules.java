package cn.oneteam.subject.quiet;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The decision, pure: the subject's entries, the cap that applies (if any) and the settings in, the answer out
 * (docs/adr/0024-quiet-periods-and-caps.md, decision).
 * <ol>
 * <li>Quiet entries applying on the day whose kind keeps this mode away (无感监管 only on-site): a trigger of
 * {@code quiet-passed-by} (the 个案 ones SAMR's class A rule names) passes with a note; any other — routine,
 * campaign, or a 个案 trigger not listed — is BLOCKED, or WARN for a key item.</li>
 * <li>The cap: an exempt trigger is not capped (noted); otherwise with {@code made ≥ cap} already made this year the
 * inspection is beyond the cap — WARN or BLOCKED as the cap says, WARN at most for a key item.</li>
 * <li>The calendar block, when enabled, for on-site inspections on its days: BLOCKED unless the trigger is excepted
 * (noted).</li>
 * </ol>
 */
final class QuietRules {

	private QuietRules() {
	}

	static QuietAnswer decide(InspectionQuery query, List<QuietEntry> entries, @Nullable InspectionCap cap,
			QuietSettings settings) {
		List<QuietReason> reasons = new ArrayList<>();
		InspectionTrigger trigger = query.trigger();
		for (QuietEntry entry : entries) {
			if (!entry.appliesOn(query.day()) || !entry.kind().keepsAway(query.onSite())) {
				continue;
			}
			if (settings.quietPassedBy().contains(trigger)) {
				reasons.add(QuietReason.of(QuietReason.QUIET_PASSED, QuietOutcome.ALLOWED, entry.kind(), trigger,
						entry.id()));
			}
			else {
				reasons.add(QuietReason.of(QuietReason.QUIET_ENTRY,
						query.keyItem() ? QuietOutcome.WARN : QuietOutcome.BLOCKED, entry.kind(), entry.validFrom(),
						entry.validUntil() == null ? "" : entry.validUntil(), entry.decidingBody(), entry.id()));
			}
		}
		if (cap != null) {
			if (cap.exemptTriggers().contains(trigger)) {
				reasons.add(QuietReason.of(QuietReason.CAP_EXEMPT, QuietOutcome.ALLOWED, trigger, cap.scopeKey(),
						cap.year()));
			}
			else if (query.inspectionsThisYear() >= cap.cap()) {
				QuietOutcome beyond = cap.onReach() == InspectionCap.OnReach.BLOCK && !query.keyItem()
						? QuietOutcome.BLOCKED : QuietOutcome.WARN;
				reasons.add(QuietReason.of(QuietReason.CAP_REACHED, beyond, query.inspectionsThisYear(), cap.cap(),
						cap.scopeKey(), cap.year()));
			}
		}
		QuietSettings.CalendarBlock block = settings.calendarBlock();
		int dayOfMonth = query.day().getDayOfMonth();
		if (block.enabled() && query.onSite() && dayOfMonth >= block.firstDay() && dayOfMonth <= block.lastDay()) {
			if (block.except().contains(trigger)) {
				reasons.add(QuietReason.of(QuietReason.CALENDAR_EXEMPT, QuietOutcome.ALLOWED, trigger));
			}
			else {
				reasons.add(QuietReason.of(QuietReason.CALENDAR_BLOCK, QuietOutcome.BLOCKED, dayOfMonth,
						block.firstDay(), block.lastDay()));
			}
		}
		QuietOutcome outcome = QuietOutcome.ALLOWED;
		for (QuietReason reason : reasons) {
			outcome = outcome.worst(reason.outcome());
		}
		return new QuietAnswer(outcome, reasons);
	}
}
