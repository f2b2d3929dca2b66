package cn.oneteam.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抽查事项清单 per department: items written, revised (a new version; the old stays readable) and published by the
 * department's own staff or by an administrator ({@code catalog:manage}) whose jurisdiction holds the department
 * (docs/adr/0025-inspection-items-and-plans.md). Read by every signed-in user who sees the department.
 */
@Service
@EnableConfigurationProperties(InspectionSettings.class)
public class InspectionItems {

	private final InspectionRepository repository;

	private final Organizations organizations;

	private final Subjects subjects;

	private final Clock clock;

	InspectionItems(InspectionRepository repository, Organizations organizations, Subjects subjects, Clock clock) {
		this.repository = repository;
		this.organizations = organizations;
		this.subjects = subjects;
		this.clock = clock;
	}

	/**
	 * Tags a subject (active, in the caller's jurisdiction: 404 inspection.subject-unknown otherwise) to the department
	 * responsible for it, for the tasks' populations; 409 inspection.already-tagged. Same writers as the items.
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void tag(long departmentId, long subjectId, ScopedPrincipal caller) {
		manageable(departmentId, caller);
		subjectInJurisdiction(subjectId, caller);
		if (!repository.tag(departmentId, subjectId, caller.accountId(), OffsetDateTime.now(clock))) {
			throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.already-tagged", subjectId);
		}
	}

	/** Ends a tag (kept, with who ended it and when); 404 inspection.not-tagged. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void untag(long departmentId, long subjectId, ScopedPrincipal caller) {
		manageable(departmentId, caller);
		subjectInJurisdiction(subjectId, caller);
		if (!repository.untag(departmentId, subjectId, caller.accountId(), OffsetDateTime.now(clock))) {
			throw new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.not-tagged", subjectId);
		}
	}

	/**
	 * The active subjects tagged now to a department the caller may write for (403 inspection.not-the-department
	 * otherwise), those in the caller's jurisdiction, by code.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<SubjectView> targets(long departmentId, ScopedPrincipal caller) {
		manageable(departmentId, caller);
		return subjects.active(repository.tagged(List.of(departmentId)), List.of(), "")
			.stream()
			.filter(s -> caller.jurisdiction().covers(DivisionCode.of(s.divisionCode())))
			.toList();
	}

	private void subjectInJurisdiction(long subjectId, ScopedPrincipal caller) {
		boolean found = subjects.active(List.of(subjectId), List.of(), "")
			.stream()
			.anyMatch(s -> caller.jurisdiction().covers(DivisionCode.of(s.divisionCode())));
		if (!found) {
			throw new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.subject-unknown", subjectId);
		}
	}

	/** The latest version of every item of the departments visible to the caller. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<InspectionItem> list(ScopedPrincipal caller) {
		List<Long> departments = organizations.visibleIn(caller.jurisdiction()).stream().map(o -> o.id().value()).toList();
		return repository.latestOf(departments);
	}

	/** Every version of the item's series, newest first; 404 inspection.item-unknown (also when not visible). */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<InspectionItem> versions(long itemId, ScopedPrincipal caller) {
		return repository.versions(visible(itemId, caller).seriesId());
	}

	/** The first version of a new item, unpublished. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public InspectionItem create(InspectionInputs.Item input, ScopedPrincipal caller) {
		manageable(input.departmentId(), caller);
		long id = repository.insertItem(0, 1, input, caller.accountId(), OffsetDateTime.now(clock));
		return repository.item(id).orElseThrow();
	}

	/** The next version of the item's series, unpublished; the department stays (400 inspection.item-department-changed). */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public InspectionItem revise(long itemId, InspectionInputs.Item input, ScopedPrincipal caller) {
		InspectionItem item = visible(itemId, caller);
		manageable(item.departmentId(), caller);
		if (input.departmentId() != item.departmentId()) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.item-department-changed");
		}
		int next = repository.versions(item.seriesId()).get(0).version() + 1;
		long id = repository.insertItem(item.seriesId(), next, input, caller.accountId(), OffsetDateTime.now(clock));
		return repository.item(id).orElseThrow();
	}

	/** Publishes a version; 409 inspection.item-published when it is already. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public InspectionItem publish(long itemId, ScopedPrincipal caller) {
		InspectionItem item = visible(itemId, caller);
		manageable(item.departmentId(), caller);
		if (!repository.publish(itemId, caller.accountId(), OffsetDateTime.now(clock))) {
			throw new InspectionViolation(InspectionViolation.CONFLICT, "inspection.item-published", item.publishedAt());
		}
		return repository.item(itemId).orElseThrow();
	}

	/** The departments whose items the caller may write: its own organisation, or all within reach with catalog:manage. */
	@Transactional(readOnly = true)
	public List<Organization> manageableDepartments(ScopedPrincipal caller) {
		if (Authority.holds("catalog:manage")) {
			return organizations.visibleIn(caller.jurisdiction()).stream().filter(o -> o.isWithin(caller.jurisdiction()))
				.toList();
		}
		return organizations.find(new OrganizationId(caller.organizationId())).stream().toList();
	}

	private InspectionItem visible(long itemId, ScopedPrincipal caller) {
		InspectionItem item = repository.item(itemId)
			.orElseThrow(() -> new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.item-unknown", itemId));
		boolean seen = organizations.find(new OrganizationId(item.departmentId()))
			.filter(o -> o.isVisibleIn(caller.jurisdiction()))
			.isPresent();
		if (!seen) {
			throw new InspectionViolation(InspectionViolation.NOT_FOUND, "inspection.item-unknown", itemId);
		}
		return item;
	}

	private void manageable(long departmentId, ScopedPrincipal caller) {
		if (departmentId == caller.organizationId()) {
			return;
		}
		Organization department = organizations.require(new OrganizationId(departmentId), caller.jurisdiction());
		if (!Authority.holds("catalog:manage") || !department.isWithin(caller.jurisdiction())) {
			throw new InspectionViolation(InspectionViolation.FORBIDDEN, "inspection.not-the-department",
					department.name());
		}
	}
}
