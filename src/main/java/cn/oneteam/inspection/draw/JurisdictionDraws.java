package cn.oneteam.inspection.draw;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.credit.Credit;
import cn.oneteam.credit.CreditClass;
import cn.oneteam.credit.CreditClassOfSubject;
import cn.oneteam.organization.Certificate;
import cn.oneteam.organization.CertificateStatus;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draw over the caller's jurisdiction (docs/adr/0026-the-draw.md): its active subjects stratified by credit class
 * (A to D, candidates by code), the inspectors the certified establishment staff of the caller's body in post today
 * (one valid certificate each), recusal by declared conflicts when asked.
 */
@Service
public class JurisdictionDraws {

	/**
	 * How many to draw per class; the classes left out draw none. Recusal as asked: declared conflicts, the officers of
	 * a drawn subject's last case, the inspectors of its last inspection (docs/adr/0032-inspectors-library-and-recusal.md).
	 */
	public record Input(@Nullable Long taskId, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 1000) String reason, @NotNull Map<CreditClass, @Min(0) Integer> counts,
			@Nullable @Min(1) @Max(20) Integer inspectorsPerSubject, boolean recuseDeclaredConflicts,
			@Nullable Boolean recuseLastCase, @Nullable Boolean recuseLastInspection) {

		@JsonCreator
		public Input {
		}

		public Input(@Nullable Long taskId, String name, String reason, Map<CreditClass, Integer> counts,
				@Nullable Integer inspectorsPerSubject, boolean recuseDeclaredConflicts) {
			this(taskId, name, reason, counts, inspectorsPerSubject, recuseDeclaredConflicts, false, false);
		}
	}

	/** A declared conflict: the inspector with this certificate is never drawn for the subject. */
	public record Conflict(@NotBlank @Size(max = 64) String certificateNumber, @NotBlank @Size(max = 18) String subjectCode,
			@NotBlank @Size(max = 500) String reason) {
	}

	/** A declared conflict as kept: open until ended, with the reason it ended. */
	public record DeclaredConflict(long id, String certificateNumber, String subjectCode, String reason,
			OffsetDateTime declaredAt, @Nullable OffsetDateTime endedAt, @Nullable String endReason) {
	}

	/** Why a declared conflict ends (the inspector moved, the relation ended, declared in error). */
	public record End(@NotBlank @Size(max = 500) String reason) {
	}

	private final Draws draws;

	private final Credit credit;

	private final Officers officers;

	private final DrawConflictRepository conflicts;

	private final Recusals recusals;

	private final Organizations organizations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	JurisdictionDraws(Draws draws, Credit credit, Officers officers, DrawConflictRepository conflicts, Recusals recusals,
			Organizations organizations, ApplicationEventPublisher publisher, Clock clock) {
		this.organizations = organizations;
		this.publisher = publisher;
		this.draws = draws;
		this.recusals = recusals;
		this.credit = credit;
		this.officers = officers;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public DrawViews.Made draw(Input input, ScopedPrincipal caller) {
		Map<CreditClass, List<String>> byClass = new EnumMap<>(CreditClass.class);
		Map<String, Long> ids = new HashMap<>();
		for (CreditClassOfSubject s : credit.classesIn(caller.jurisdiction())) {
			byClass.computeIfAbsent(s.creditClass(), c -> new ArrayList<>()).add(s.code());
			ids.put(s.code(), s.subjectId());
		}
		List<DrawRequest.StratumInput> strata = new ArrayList<>();
		for (CreditClass c : CreditClass.values()) {
			strata.add(new DrawRequest.StratumInput(c.name(), byClass.getOrDefault(c, List.of()),
					input.counts().getOrDefault(c, 0)));
		}
		return draws.draw(new DrawRequest(input.taskId(), input.name(), input.reason(), strata, inspectors(caller),
				recusals.declared(input.recuseDeclaredConflicts()), input.inspectorsPerSubject()),
				recusals.later(ids, Boolean.TRUE.equals(input.recuseLastCase()),
						Boolean.TRUE.equals(input.recuseLastInspection())), caller);
	}

	/** Certificate numbers of the certified establishment staff of the caller's body, in post today. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<String> inspectors(ScopedPrincipal caller) {
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		List<String> numbers = new ArrayList<>();
		for (Person p : officers.people(new OrganizationId(caller.organizationId()), caller.jurisdiction())) {
			if (p.category() != PersonCategory.ESTABLISHMENT || !p.inPostOn(today)) {
				continue;
			}
			Optional<Certificate> valid = officers.person(p.id(), caller.jurisdiction())
				.certificates()
				.stream()
				.filter(c -> c.statusOn(today) == CertificateStatus.VALID)
				.findFirst();
			valid.ifPresent(c -> numbers.add(c.number()));
		}
		return numbers.stream().sorted().toList();
	}

	/**
	 * The conflicts declared by bodies within the caller's jurisdiction, open ones first (of one subject when a code is
	 * given), a natural person's code masked (docs/adr/0032-inspectors-library-and-recusal.md).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<DeclaredConflict> conflicts(@Nullable String subjectCode, ScopedPrincipal caller) {
		return conflicts.list(subjectCode == null || subjectCode.isBlank() ? null : subjectCode.strip(),
				caller.jurisdiction());
	}

	/**
	 * Ends a declared conflict (docs/adr/0032-inspectors-library-and-recusal.md): by a head ({@code case:approve}) of
	 * the body that declared it, never the certificate's own holder (403 {@code draw.conflict-not-yours}); kept with
	 * who ended it, when and why, and recorded in the full-process record; the inspector may be drawn for the subject
	 * again. 404 when unknown, 409 when ended already.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:approve')")
	public DeclaredConflict endConflict(long id, End end, ScopedPrincipal caller) {
		DeclaredConflict conflict = conflicts.find(id)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "draw.conflict-unknown", id));
		if (conflicts.declaredBy(id) != caller.organizationId() || holds(caller, conflicts.certificate(id))) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "draw.conflict-not-yours", id);
		}
		OffsetDateTime at = OffsetDateTime.now(clock);
		if (conflict.endedAt() != null || !conflicts.end(id, end.reason().strip(), caller.accountId(), at)) {
			throw new RuleViolation(RuleViolation.CONFLICT, "draw.conflict-ended", id);
		}
		publisher.publishEvent(new ConflictRecorded(id, "ended", caller.accountId(), at,
				Map.of("reason", end.reason().strip())));
		return conflicts.find(id).orElseThrow();
	}

	/** Declares a conflict, kept with the declaring body and its seat, and recorded in the full-process record. */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public long declare(Conflict conflict, ScopedPrincipal caller) {
		OffsetDateTime at = OffsetDateTime.now(clock);
		String seat = organizations.find(new OrganizationId(caller.organizationId()))
			.map(o -> o.seat().value())
			.orElse(null);
		long id = conflicts.declare(conflict.certificateNumber().strip(), conflict.subjectCode().strip(),
				conflict.reason().strip(), caller.accountId(), at, caller.organizationId(), seat);
		publisher.publishEvent(new ConflictRecorded(id, "declared", caller.accountId(), at,
				Map.of("certificateNumber", conflict.certificateNumber().strip(), "subjectCode",
						DrawEngine.shown(conflict.subjectCode().strip()), "organizationId", caller.organizationId())));
		return id;
	}

	/** Whether the caller's person holds the certificate (whatever its status). */
	private boolean holds(ScopedPrincipal caller, String certificateNumber) {
		return officers.personOfAccount(caller.accountId())
			.map(p -> officers.person(p.id(), JurisdictionScope.nationwide()).certificates().stream()
				.anyMatch(c -> c.number().equals(certificateNumber)))
			.orElse(false);
	}
}
