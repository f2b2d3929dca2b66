package cn.oneteam.subject.quiet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The decision at its boundaries, without a database: the first and last day of a quiet entry and the day after its
 * end, the cap at made = cap − 1, cap, cap + 1, an exempt trigger, a key item, and the calendar block on days 20 and
 * 21 (docs/adr/0024-quiet-periods-and-caps.md, decision).
 */
class QuietRulesTests {

	private static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);

	private static final QuietSettings DEFAULTS = new QuietSettings(null, null);

	private static final QuietSettings HUNAN = new QuietSettings(null,
			new QuietSettings.CalendarBlock(true, 1, 20, EnumSet.of(InspectionTrigger.SAFETY)));

	private static QuietEntry entry(QuietKind kind, @Nullable LocalDate endedOn) {
		return new QuietEntry(7, 1, kind, FROM, UNTIL, "A 类企业", "德令哈市市场监督管理局", 1, AT, endedOn,
				endedOn == null ? null : "复核", endedOn == null ? null : 2L, endedOn == null ? null : AT);
	}

	private static InspectionCap cap(int cap, InspectionCap.OnReach onReach, Set<InspectionTrigger> exempt) {
		return new InspectionCap(3, InspectionCap.Scope.BODY, "632802-scjg", 2026, cap, onReach, exempt, "年度上限", 1,
				AT);
	}

	private static InspectionQuery query(LocalDate day, InspectionTrigger trigger, boolean onSite, boolean keyItem,
			int made) {
		return new InspectionQuery(1, "632802-scjg", null, day, trigger, onSite, keyItem, made);
	}

	private static InspectionQuery routine(LocalDate day) {
		return query(day, InspectionTrigger.ROUTINE, true, false, 0);
	}

	@Test
	void aQuietEntryBlocksProactiveInspectionsFromItsFirstToItsLastDayIncluded() {
		List<QuietEntry> entries = List.of(entry(QuietKind.EXEMPT, null));
		assertThat(QuietRules.decide(routine(FROM.minusDays(1)), entries, null, DEFAULTS).outcome())
			.isEqualTo(QuietOutcome.ALLOWED);
		QuietAnswer first = QuietRules.decide(routine(FROM), entries, null, DEFAULTS);
		assertThat(first.outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(first.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo(QuietReason.QUIET_ENTRY);
			assertThat(reason.arguments()).containsExactly("EXEMPT", "2026-03-01", "2026-06-30", "德令哈市市场监督管理局", "7");
		});
		assertThat(QuietRules.decide(routine(UNTIL), entries, null, DEFAULTS).outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(QuietRules.decide(routine(UNTIL.plusDays(1)), entries, null, DEFAULTS).outcome())
			.isEqualTo(QuietOutcome.ALLOWED);
		assertThat(QuietRules.decide(query(FROM, InspectionTrigger.CAMPAIGN, false, false, 0), entries, null, DEFAULTS)
			.outcome()).isEqualTo(QuietOutcome.BLOCKED);
	}

	@Test
	void anEndedEntryAppliesUntilTheDayBeforeItsEnd() {
		List<QuietEntry> entries = List.of(entry(QuietKind.NO_DISTURB, LocalDate.of(2026, 4, 10)));
		assertThat(QuietRules.decide(routine(LocalDate.of(2026, 4, 9)), entries, null, DEFAULTS).outcome())
			.isEqualTo(QuietOutcome.BLOCKED);
		assertThat(QuietRules.decide(routine(LocalDate.of(2026, 4, 10)), entries, null, DEFAULTS).outcome())
			.isEqualTo(QuietOutcome.ALLOWED);
	}

	@Test
	void aComplaintPassesTheEntryAndAKeyItemIsOnlyWarned() {
		List<QuietEntry> entries = List.of(entry(QuietKind.EXEMPT, null));
		QuietAnswer complaint = QuietRules.decide(query(FROM, InspectionTrigger.COMPLAINT, true, false, 0), entries,
				null, DEFAULTS);
		assertThat(complaint.outcome()).isEqualTo(QuietOutcome.ALLOWED);
		assertThat(complaint.has(QuietReason.QUIET_PASSED)).isTrue();
		QuietAnswer key = QuietRules.decide(query(FROM, InspectionTrigger.ROUTINE, true, true, 0), entries, null,
				DEFAULTS);
		assertThat(key.outcome()).isEqualTo(QuietOutcome.WARN);
		assertThat(key.has(QuietReason.QUIET_ENTRY)).isTrue();
		QuietSettings nothingPasses = new QuietSettings(EnumSet.noneOf(InspectionTrigger.class), null);
		assertThat(QuietRules.decide(query(FROM, InspectionTrigger.COMPLAINT, true, false, 0), entries, null,
				nothingPasses).outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(QuietRules.decide(query(FROM, InspectionTrigger.LICENCE_VERIFICATION, true, false, 0), entries, null,
				DEFAULTS).outcome()).isEqualTo(QuietOutcome.BLOCKED);
	}

	@Test
	void remoteMonitoringOnlyKeepsProactiveInspectionsOffSite() {
		List<QuietEntry> entries = List.of(entry(QuietKind.REMOTE_ONLY, null));
		assertThat(QuietRules.decide(query(FROM, InspectionTrigger.ROUTINE, true, false, 0), entries, null, DEFAULTS)
			.outcome()).isEqualTo(QuietOutcome.BLOCKED);
		QuietAnswer offSite = QuietRules.decide(query(FROM, InspectionTrigger.ROUTINE, false, false, 0), entries, null,
				DEFAULTS);
		assertThat(offSite.outcome()).isEqualTo(QuietOutcome.ALLOWED);
		assertThat(offSite.reasons()).isEmpty();
	}

	@Test
	void theCapAllowsBelowItAndBlocksAtAndBeyondIt() {
		InspectionCap two = cap(2, InspectionCap.OnReach.BLOCK, EnumSet.of(InspectionTrigger.COMPLAINT));
		LocalDate day = LocalDate.of(2026, 9, 25);
		QuietAnswer below = QuietRules.decide(query(day, InspectionTrigger.ROUTINE, true, false, 1), List.of(), two,
				DEFAULTS);
		assertThat(below.outcome()).isEqualTo(QuietOutcome.ALLOWED);
		assertThat(below.reasons()).isEmpty();
		QuietAnswer at = QuietRules.decide(query(day, InspectionTrigger.ROUTINE, true, false, 2), List.of(), two,
				DEFAULTS);
		assertThat(at.outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(at.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo(QuietReason.CAP_REACHED);
			assertThat(reason.arguments()).containsExactly("2", "2", "632802-scjg", "2026");
		});
		assertThat(QuietRules.decide(query(day, InspectionTrigger.ROUTINE, true, false, 3), List.of(), two, DEFAULTS)
			.outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(QuietRules.decide(query(day, InspectionTrigger.ROUTINE, true, true, 3), List.of(), two, DEFAULTS)
			.outcome()).isEqualTo(QuietOutcome.WARN);
		InspectionCap warning = cap(2, InspectionCap.OnReach.WARN, Set.of());
		assertThat(QuietRules.decide(query(day, InspectionTrigger.ROUTINE, true, false, 2), List.of(), warning,
				DEFAULTS).outcome()).isEqualTo(QuietOutcome.WARN);
	}

	@Test
	void anExemptTriggerIsNotCapped() {
		InspectionCap two = cap(2, InspectionCap.OnReach.BLOCK, EnumSet.of(InspectionTrigger.COMPLAINT));
		QuietAnswer complaint = QuietRules.decide(
				query(LocalDate.of(2026, 9, 25), InspectionTrigger.COMPLAINT, true, false, 5), List.of(), two, DEFAULTS);
		assertThat(complaint.outcome()).isEqualTo(QuietOutcome.ALLOWED);
		assertThat(complaint.reasons()).extracting(QuietReason::code).containsExactly(QuietReason.CAP_EXEMPT);
		assertThat(QuietRules.decide(query(LocalDate.of(2026, 9, 25), InspectionTrigger.REFERRAL, true, false, 5),
				List.of(), two, DEFAULTS).outcome()).isEqualTo(QuietOutcome.BLOCKED);
	}

	@Test
	void theCalendarBlockIsOffByDefaultAndWhenOnBlocksDayTwentyButNotTwentyOne() {
		LocalDate twentieth = LocalDate.of(2026, 5, 20);
		LocalDate first = LocalDate.of(2026, 5, 1);
		assertThat(QuietRules.decide(routine(twentieth), List.of(), null, DEFAULTS).outcome())
			.isEqualTo(QuietOutcome.ALLOWED);
		QuietAnswer blocked = QuietRules.decide(routine(twentieth), List.of(), null, HUNAN);
		assertThat(blocked.outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(blocked.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo(QuietReason.CALENDAR_BLOCK);
			assertThat(reason.arguments()).containsExactly("20", "1", "20");
		});
		assertThat(QuietRules.decide(routine(first), List.of(), null, HUNAN).outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(QuietRules.decide(routine(LocalDate.of(2026, 5, 21)), List.of(), null, HUNAN).outcome())
			.isEqualTo(QuietOutcome.ALLOWED);
		QuietAnswer safety = QuietRules.decide(query(twentieth, InspectionTrigger.SAFETY, true, false, 0), List.of(),
				null, HUNAN);
		assertThat(safety.outcome()).isEqualTo(QuietOutcome.ALLOWED);
		assertThat(safety.reasons()).extracting(QuietReason::code).containsExactly(QuietReason.CALENDAR_EXEMPT);
		assertThat(QuietRules.decide(query(twentieth, InspectionTrigger.ROUTINE, false, false, 0), List.of(), null,
				HUNAN).outcome()).isEqualTo(QuietOutcome.ALLOWED);
	}

	@Test
	void everyReasonIsKeptAndTheWorstDecides() {
		InspectionCap two = cap(2, InspectionCap.OnReach.WARN, Set.of());
		QuietAnswer answer = QuietRules.decide(query(LocalDate.of(2026, 3, 10), InspectionTrigger.ROUTINE, true, false, 2),
				List.of(entry(QuietKind.REMOTE_ONLY, null)), two, HUNAN);
		assertThat(answer.outcome()).isEqualTo(QuietOutcome.BLOCKED);
		assertThat(answer.reasons()).extracting(QuietReason::code)
			.containsExactly(QuietReason.QUIET_ENTRY, QuietReason.CAP_REACHED, QuietReason.CALENDAR_BLOCK);
		assertThat(answer.reasons()).extracting(QuietReason::outcome)
			.containsExactly(QuietOutcome.BLOCKED, QuietOutcome.WARN, QuietOutcome.BLOCKED);
	}
}
