package cn.oneteam.inspection.draw;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
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
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
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

	/** How many to draw per class; the classes left out draw none. */
	public record Input(@Nullable Long taskId, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 1000) String reason, @NotNull Map<CreditClass, @Min(0) Integer> counts,
			@Nullable @Min(0) @Max(20) Integer inspectorsPerSubject, boolean recuseDeclaredConflicts) {
	}

	/** A declared conflict: the inspector with this certificate is never drawn for the subject. */
	public record Conflict(@NotBlank @Size(max = 64) String certificateNumber, @NotBlank @Size(max = 18) String subjectCode,
			@NotBlank @Size(max = 500) String reason) {
	}

	private final Draws draws;

	private final Credit credit;

	private final Officers officers;

	private final DrawConflictRepository conflicts;

	private final Clock clock;

	JurisdictionDraws(Draws draws, Credit credit, Officers officers, DrawConflictRepository conflicts, Clock clock) {
		this.draws = draws;
		this.credit = credit;
		this.officers = officers;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public DrawViews.Made draw(Input input, ScopedPrincipal caller) {
		Map<CreditClass, List<String>> byClass = new EnumMap<>(CreditClass.class);
		for (CreditClassOfSubject s : credit.classesIn(caller.jurisdiction())) {
			byClass.computeIfAbsent(s.creditClass(), c -> new ArrayList<>()).add(s.code());
		}
		List<DrawRequest.StratumInput> strata = new ArrayList<>();
		for (CreditClass c : CreditClass.values()) {
			strata.add(new DrawRequest.StratumInput(c.name(), byClass.getOrDefault(c, List.of()),
					input.counts().getOrDefault(c, 0)));
		}
		return draws.draw(new DrawRequest(input.taskId(), input.name(), input.reason(), strata, inspectors(caller),
				input.recuseDeclaredConflicts() ? conflicts.open() : List.of(), input.inspectorsPerSubject()), caller);
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

	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public long declare(Conflict conflict, ScopedPrincipal caller) {
		return conflicts.declare(conflict.certificateNumber().strip(), conflict.subjectCode().strip(),
				conflict.reason().strip(), caller.accountId(), OffsetDateTime.now(clock));
	}
}
