package cn.oneteam.organization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "people 执法人员", description = "Teams, people, enforcement certificates, training, and staffing figures")
class PeopleApiController {

	private final Officers officers;

	private final Staffing staffing;

	private final Clock clock;

	PeopleApiController(Officers officers, Staffing staffing, Clock clock) {
		this.officers = officers;
		this.staffing = staffing;
		this.clock = clock;
	}

	@GetMapping("/organization/staffing")
	@Operation(summary = "Staffing figures of the enforcement bureaus in an area on a day",
			description = "Authorised, filled and vacant posts, vacancy rate, certified officers, auxiliaries, "
					+ "stationed (下沉) share, legal reviewers' share and consolidation ratio — per bureau, per county "
					+ "and in total, computed from people, posts and teams. Percentages have one decimal.")
	StaffingResponse staffing(@RequestParam @Parameter(example = "6328") DivisionCode division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			JurisdictionScope scope) {
		return StaffingResponse.of(staffing.report(division, date == null ? LocalDate.now(clock) : date, scope));
	}

	@GetMapping("/organizations/{id}/teams")
	@Operation(summary = "Brigades, squads and stationed groups of a body")
	List<Team> teams(@PathVariable long id, JurisdictionScope scope) {
		return officers.teams(new OrganizationId(id), scope);
	}

	@GetMapping("/organizations/{id}/people")
	@Operation(summary = "People of an organisation: category, post kind, team, reviewer flags, account link")
	List<Person> people(@PathVariable long id, JurisdictionScope scope) {
		return officers.people(new OrganizationId(id), scope);
	}

	@PostMapping("/organizations/{id}/people")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a person (personnel manager)")
	PersonRecordResponse register(@PathVariable long id, @Valid @RequestBody PersonRequest request,
			JurisdictionScope scope) {
		PersonId person = officers.register(request.toNewPerson(new OrganizationId(id)), scope);
		return PersonRecordResponse.of(officers.person(person, scope), LocalDate.now(clock));
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "A person with certificates, their status on a day and their history")
	PersonRecordResponse person(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			JurisdictionScope scope) {
		return PersonRecordResponse.of(officers.person(new PersonId(id), scope), date == null ? LocalDate.now(clock) : date);
	}

	@GetMapping("/people/{id}/qualification")
	@Operation(summary = "May this person enforce in a domain, or review legally, on a day?",
			description = "Officer: establishment staff in post with a certificate valid on the day that covers the "
					+ "domain (处罚法 §42; auxiliaries never qualify). Legal reviewer: designated, in post, and for a "
					+ "first review holding the 法律职业资格 (处罚法 §58). Reasons are message codes.")
	QualificationResponse qualification(@PathVariable long id, @RequestParam EnforcementDomain domain,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "false") boolean firstReview, JurisdictionScope scope) {
		officers.person(new PersonId(id), scope);
		return new QualificationResponse(officers.asOfficer(new PersonId(id), domain, date),
				officers.asLegalReviewer(new PersonId(id), date, firstReview));
	}

	@PostMapping("/people/{id}/certificates")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue an enforcement certificate (personnel manager)")
	CertificateResponse issue(@PathVariable long id, @Valid @RequestBody CertificateRequest request,
			JurisdictionScope scope) {
		return CertificateResponse.of(officers.issueCertificate(new PersonId(id), new NewCertificate(request.number().trim(),
				request.issuingAuthority().trim(), request.domains(), request.validFrom(), request.validTo()), scope),
				LocalDate.now(clock));
	}

	@PostMapping("/certificates/{id}/events")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Suspend, reinstate, revoke, or record a yearly check (personnel manager)")
	CertificateResponse event(@PathVariable long id, @Valid @RequestBody CertificateEventRequest request,
			JurisdictionScope scope) {
		return CertificateResponse.of(officers.recordCertificateEvent(id, request.kind(), request.effectiveOn(),
				request.note(), scope), request.effectiveOn());
	}

	@PostMapping("/people/{id}/training")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a training course taken")
	void training(@PathVariable long id, @Valid @RequestBody TrainingRequest request, JurisdictionScope scope) {
		officers.recordTraining(new PersonId(id), request.course().trim(), request.hours(), request.takenOn(), scope);
	}

	@PostMapping("/people/{id}/exams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an exam result")
	void exam(@PathVariable long id, @Valid @RequestBody ExamRequest request, JurisdictionScope scope) {
		officers.recordExam(new PersonId(id), request.exam().trim(), request.takenOn(), request.score(), request.passed(),
				scope);
	}

	record PersonRequest(@NotBlank @Size(max = 100) String name, @NotNull PersonCategory category,
			@Nullable PostKind postKind, @Nullable Long teamId, @Nullable Boolean legalReviewer,
			@Nullable Boolean legalQualified, @NotNull LocalDate joinedOn) {

		NewPerson toNewPerson(OrganizationId organization) {
			return new NewPerson(organization, teamId, name.trim(), category, postKind,
					Boolean.TRUE.equals(legalReviewer), Boolean.TRUE.equals(legalQualified), null, joinedOn);
		}
	}

	record CertificateRequest(@NotBlank @Size(max = 64) String number, @NotBlank @Size(max = 200) String issuingAuthority,
			@NotEmpty Set<EnforcementDomain> domains, @NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
	}

	record CertificateEventRequest(@NotNull CertificateEventKind kind, @NotNull LocalDate effectiveOn,
			@Nullable @Size(max = 500) String note) {
	}

	record TrainingRequest(@NotBlank @Size(max = 200) String course,
			@NotNull @DecimalMin("0.1") @DecimalMax("99999.9") BigDecimal hours,
			@NotNull LocalDate takenOn) {
	}

	record ExamRequest(@NotBlank @Size(max = 200) String exam, @NotNull LocalDate takenOn,
			@NotNull @DecimalMin("0") @DecimalMax("9999.9") BigDecimal score, @NotNull Boolean passed) {
	}

	record QualificationResponse(Qualification officer, Qualification legalReviewer) {
	}

	record CertificateResponse(long id, String number, String issuingAuthority, Set<EnforcementDomain> domains,
			LocalDate validFrom, LocalDate validTo, CertificateStatus status, List<Certificate.CertificateEvent> history) {

		static CertificateResponse of(Certificate c, LocalDate day) {
			return new CertificateResponse(c.id(), c.number(), c.issuingAuthority(), c.domains(), c.validFrom(),
					c.validTo(), c.statusOn(day), c.history());
		}
	}

	record PersonRecordResponse(Person person, LocalDate statusOn, List<CertificateResponse> certificates,
			List<TrainingRecord> training, List<ExamResult> exams) {

		static PersonRecordResponse of(Officers.PersonRecord record, LocalDate day) {
			return new PersonRecordResponse(record.person(), day,
					record.certificates().stream().map(c -> CertificateResponse.of(c, day)).toList(), record.training(),
					record.exams());
		}
	}

	record FiguresResponse(int authorised, int filled, int vacant, @Nullable BigDecimal vacancyRate,
			int certifiedOfficers, @Nullable BigDecimal certifiedShare, int auxiliaries,
			@Nullable BigDecimal auxiliaryRatio, @Nullable BigDecimal auxiliaryShareOfAll, int gridWorkers,
			int stationed, @Nullable BigDecimal stationedShare, int legalReviewers,
			@Nullable BigDecimal legalReviewerShare, int stationedGroups, int teamsBefore, int teamsAfter,
			@Nullable BigDecimal consolidationRatio) {

		static FiguresResponse of(StaffingFigures f) {
			return new FiguresResponse(f.authorised(), f.filled(), f.vacant(), f.vacancyRate(), f.certifiedOfficers(),
					f.certifiedShare(), f.auxiliaries(), f.auxiliaryRatio(), f.auxiliaryShareOfAll(), f.gridWorkers(),
					f.stationed(), f.stationedShare(), f.legalReviewers(), f.legalReviewerShare(), f.stationedGroups(),
					f.teamsBefore(), f.teamsAfter(), f.consolidationRatio());
		}
	}

	record LineResponse(String code, String name, FiguresResponse figures) {

		static LineResponse of(StaffingReport.Line line) {
			return new LineResponse(line.code(), line.name(), FiguresResponse.of(line.figures()));
		}
	}

	record StaffingResponse(String division, String divisionName, LocalDate date, List<LineResponse> bodies,
			List<LineResponse> counties, FiguresResponse total) {

		static StaffingResponse of(StaffingReport r) {
			return new StaffingResponse(r.area().value(), r.areaName(), r.day(),
					r.bodies().stream().map(LineResponse::of).toList(),
					r.counties().stream().map(LineResponse::of).toList(), FiguresResponse.of(r.total()));
		}
	}
}
