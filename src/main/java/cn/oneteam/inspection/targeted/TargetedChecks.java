package cn.oneteam.inspection.targeted;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.inspection.InspectionItem;
import cn.oneteam.inspection.InspectionItems;
import cn.oneteam.inspection.ItemMethod;
import cn.oneteam.inspection.visit.VisitCounts;
import cn.oneteam.organization.CertificateStatus;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionCap;
import cn.oneteam.subject.quiet.InspectionQuery;
import cn.oneteam.subject.quiet.InspectionTrigger;
import cn.oneteam.subject.quiet.QuietAnswer;
import cn.oneteam.subject.quiet.QuietOutcome;
import cn.oneteam.subject.quiet.QuietPeriods;
import cn.oneteam.subject.quiet.QuietReason;
import org.springframework.stereotype.Component;

/**
 * What a targeted inspection must satisfy when asked for and again when approved (docs/adr/0028-joint-visits.md):
 * published items of the department, at least two of its certified officers valid today, and no BLOCK from the quiet
 * periods and caps for its real trigger (docs/adr/0024-quiet-periods-and-caps.md), with the subject's inspections of the
 * year counted as everywhere ({@link VisitCounts} without the triggers the department's cap exempts,
 * docs/adr/0031-inspection-burden.md).
 */
@Component
class TargetedChecks {

	/** The inspectors needed at least: two certified officers (docs/adr/0028-joint-visits.md). */
	static final int INSPECTORS = 2;

	private final VisitCounts counts;

	private final InspectionItems items;

	private final Officers officers;

	private final QuietPeriods quiet;

	private final Clock clock;

	TargetedChecks(VisitCounts counts, InspectionItems items, Officers officers, QuietPeriods quiet, Clock clock) {
		this.counts = counts;
		this.items = items;
		this.officers = officers;
		this.quiet = quiet;
		this.clock = clock;
	}

	/**
	 * The items (published versions of the department), the inspectors (two certified officers of it valid today) and
	 * the quiet answer for the trigger (no BLOCK); answers the items.
	 */
	List<InspectionItem> check(long subjectId, Organization department, List<Long> itemIds,
			InspectionTrigger trigger, LocalDate windowFrom, List<String> inspectors, ScopedPrincipal caller) {
		List<InspectionItem> pinned = items(department, itemIds);
		inspectors(department, inspectors, caller);
		LocalDate day = windowFrom.isAfter(today()) ? windowFrom : today();
		Set<InspectionTrigger> notCounted = quiet.capFor(department.code(), null, day.getYear())
			.map(InspectionCap::exemptTriggers)
			.orElse(Set.of());
		QuietAnswer answer = quiet.check(new InspectionQuery(subjectId, department.code(), null, day, trigger,
				onSite(pinned), pinned.stream().anyMatch(InspectionItem::keyItem),
				counts.made(subjectId, department.id().value(), day.getYear(), notCounted)));
		if (answer.outcome() == QuietOutcome.BLOCKED) {
			throw new QuietRefusal(answer);
		}
		return pinned;
	}

	/** Each id a published item version of the department: 400 inspection.targeted-item naming the first that is not. */
	private List<InspectionItem> items(Organization department, List<Long> itemIds) {
		Map<Long, InspectionItem> byId = new HashMap<>();
		items.byIds(itemIds.stream().distinct().toList()).forEach(i -> byId.put(i.id(), i));
		for (Long id : itemIds) {
			InspectionItem item = byId.get(id);
			if (item == null || !item.published() || item.departmentId() != department.id().value()) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.targeted-item", id, department.name());
			}
		}
		return List.copyOf(byId.values());
	}

	/**
	 * Every certificate number given is a certificate valid today of an establishment officer of the department in post
	 * today, and they belong to at least two people: 422 inspection.targeted-inspectors naming those that are not and
	 * how many officers there are.
	 */
	private void inspectors(Organization department, List<String> numbers, ScopedPrincipal caller) {
		LocalDate today = today();
		Map<String, Long> holders = new HashMap<>();
		for (Person p : officers.people(department.id(), caller.jurisdiction())) {
			if (p.category() != PersonCategory.ESTABLISHMENT || !p.inPostOn(today)) {
				continue;
			}
			officers.person(p.id(), caller.jurisdiction())
				.certificates()
				.stream()
				.filter(c -> c.statusOn(today) == CertificateStatus.VALID)
				.forEach(c -> holders.put(c.number(), p.id().value()));
		}
		List<String> invalid = new ArrayList<>();
		Set<Long> people = new HashSet<>();
		for (String number : numbers) {
			Long holder = holders.get(number);
			if (holder == null) {
				invalid.add(number);
			}
			else {
				people.add(holder);
			}
		}
		if (!invalid.isEmpty() || people.size() < INSPECTORS) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.targeted-inspectors", people.size(),
					INSPECTORS, invalid.isEmpty() ? "-" : String.join(", ", invalid), department.name());
		}
	}

	static boolean onSite(List<InspectionItem> items) {
		return items.stream().anyMatch(i -> i.method() == ItemMethod.ON_SITE || i.method() == ItemMethod.SAMPLING);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	/** The quiet periods or caps block this inspection: 409 naming every reason (codes and arguments in the problem). */
	static final class QuietRefusal extends RuleViolation {

		private final QuietAnswer answer;

		QuietRefusal(QuietAnswer answer) {
			super(CONFLICT, "inspection.targeted-quiet",
					answer.reasons().stream().map(QuietReason::code).collect(Collectors.joining(", ")));
			this.answer = answer;
		}

		@Override
		public Map<String, Object> details() {
			return Map.of("reasons", answer.reasons()
				.stream()
				.map(r -> Map.of("code", r.code(), "outcome", r.outcome().name(), "arguments", r.arguments()))
				.toList());
		}
	}
}
