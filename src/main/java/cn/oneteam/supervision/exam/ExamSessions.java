package cn.oneteam.supervision.exam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.organization.ExamRecords;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.PostKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.exam.ExamViews.Candidate;
import cn.oneteam.supervision.exam.ExamViews.NewSession;
import cn.oneteam.supervision.exam.ExamViews.Pass;
import cn.oneteam.supervision.exam.ExamViews.PassList;
import cn.oneteam.supervision.exam.ExamViews.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法资格考试 (docs/adr/0038-external-supervisors-and-exams.md): the 司法局 (supervision:review) organises a session for
 * the bodies of its jurisdiction, registers persons on the establishment and in post on the exam day (auxiliaries,
 * grid workers and 工勤 staff are refused with the reason, docs/legal/enforcers.md#officers), enters the two subjects'
 * scores (0–100), and publishes the pass list; publication writes every candidate's result into the person's exam
 * record. A published session changes no more.
 */
@Service
public class ExamSessions {

	static final BigDecimal MAX_SCORE = new BigDecimal("100");

	private final ExamRepository repository;

	private final Officers officers;

	private final ExamRecords records;

	private final Organizations organizations;

	private final Clock clock;

	ExamSessions(ExamRepository repository, Officers officers, ExamRecords records, Organizations organizations,
			Clock clock) {
		this.repository = repository;
		this.officers = officers;
		this.records = records;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<Session> sessions(ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		return repository.sessions(caller.jurisdiction()).stream().map(r -> view(r, names)).toList();
	}

	/** One session; 404 {@code supervision.exam-unknown} when organised outside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public Session session(long id, ScopedPrincipal caller) {
		return view(visible(id, false, caller), new HashMap<>());
	}

	/**
	 * Opens a session organised by the caller's body: 400 {@code supervision.exam-input} (field) without a name (at
	 * most 100 characters), a day, a domain, or with a pass mark outside (0, 100].
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Session create(NewSession input, ScopedPrincipal caller) {
		if (input.name() == null || input.name().isBlank() || input.name().strip().length() > 100) {
			throw input("name");
		}
		if (input.heldOn() == null) {
			throw input("heldOn");
		}
		if (input.domain() == null) {
			throw input("domain");
		}
		BigDecimal mark = input.passMark();
		if (mark == null || mark.signum() <= 0 || mark.compareTo(MAX_SCORE) > 0
				|| mark.stripTrailingZeros().scale() > 1) {
			throw input("passMark");
		}
		Organization organiser = organizations.find(new OrganizationId(caller.organizationId())).orElseThrow();
		long id = repository.insertSession(input.name().strip(), input.heldOn(), input.domain(), mark,
				organiser.id().value(), organiser.seat().value(), caller.accountId(), OffsetDateTime.now(clock));
		return session(id, caller);
	}

	/**
	 * Registers a person of a body within the organiser's jurisdiction (404 {@code supervision.exam-person-unknown}
	 * otherwise) until the exam day (409 {@code supervision.exam-held} after it): 422 with the reason —
	 * {@code supervision.exam-not-establishment}, {@code -service-post} (工勤), {@code -not-in-post} on the exam day;
	 * 409 when already registered or published.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Candidate register(long sessionId, @Nullable Long personId, ScopedPrincipal caller) {
		ExamRepository.SessionRow session = open(sessionId, caller);
		if (personId == null) {
			throw input("personId");
		}
		if (today().isAfter(session.heldOn())) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.exam-held", session.heldOn());
		}
		Person person;
		try {
			person = officers.person(new PersonId(personId), organiserScope(session)).person();
		}
		catch (RuleViolation unknownOrOutside) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "supervision.exam-person-unknown", personId);
		}
		String reason = ineligibility(person, session.heldOn());
		if (reason != null) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, reason, person.name());
		}
		long id = repository.insertCandidate(sessionId, personId, person.name(), person.organizationId().value(),
				OffsetDateTime.now(clock))
			.orElseThrow(() -> new RuleViolation(RuleViolation.CONFLICT, "supervision.exam-registered", person.name()));
		return candidates(sessionId, caller).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
	}

	/**
	 * Why a person may not sit the exam (the problem's code), or null: on the establishment and in post (在编在职),
	 * never 工勤, auxiliary, labour-contract or temporary staff (docs/legal/enforcers.md#officers).
	 */
	static @Nullable String ineligibility(Person person, LocalDate heldOn) {
		if (person.category() != PersonCategory.ESTABLISHMENT) {
			return "supervision.exam-not-establishment";
		}
		if (person.postKind() == PostKind.SERVICE) {
			return "supervision.exam-service-post";
		}
		if (!person.inPostOn(heldOn)) {
			return "supervision.exam-not-in-post";
		}
		return null;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<Candidate> candidates(long sessionId, ScopedPrincipal caller) {
		visible(sessionId, false, caller);
		Map<Long, String> names = new HashMap<>();
		return repository.candidates(sessionId).stream()
			.map(c -> new Candidate(c.id(), c.sessionId(), c.personId(), c.personName(), c.bodyId(),
					bodyName(c.bodyId(), names), c.generalScore(), c.specialScore(), c.passed()))
			.toList();
	}

	/**
	 * Enters a candidate's scores, once the exam is held (409 {@code supervision.exam-not-held} before): each from 0 to
	 * 100 with at most one decimal (400 {@code supervision.exam-score-range} otherwise); passed when both reach the
	 * pass mark. Scores may be corrected until the list is published.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Candidate score(long sessionId, long candidateId, @Nullable BigDecimal general,
			@Nullable BigDecimal special, ScopedPrincipal caller) {
		ExamRepository.SessionRow session = open(sessionId, caller);
		if (today().isBefore(session.heldOn())) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.exam-not-held", session.heldOn());
		}
		BigDecimal g = inRange(general, "general");
		BigDecimal s = inRange(special, "special");
		boolean passed = g.compareTo(session.passMark()) >= 0 && s.compareTo(session.passMark()) >= 0;
		if (!repository.score(sessionId, candidateId, g, s, passed)) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "supervision.exam-candidate-unknown", candidateId);
		}
		return candidates(sessionId, caller).stream().filter(c -> c.id() == candidateId).findFirst().orElseThrow();
	}

	/**
	 * Publishes the pass list once every candidate has scores (409 {@code supervision.exam-unscored} otherwise), and
	 * writes each candidate's result — the total of both subjects, passed or not — into the person's exam record.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Session publish(long sessionId, ScopedPrincipal caller) {
		ExamRepository.SessionRow session = open(sessionId, caller);
		List<ExamRepository.CandidateRow> candidates = repository.candidates(sessionId);
		long unscored = candidates.stream().filter(c -> c.passed() == null).count();
		if (unscored > 0 || candidates.isEmpty()) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.exam-unscored", unscored);
		}
		String exam = examName(session);
		JurisdictionScope scope = organiserScope(session);
		for (ExamRepository.CandidateRow c : candidates) {
			BigDecimal total = java.util.Objects.requireNonNull(c.generalScore())
				.add(java.util.Objects.requireNonNull(c.specialScore()));
			records.record(new PersonId(c.personId()), exam, session.heldOn(), total, Boolean.TRUE.equals(c.passed()),
					scope);
		}
		repository.publish(sessionId, OffsetDateTime.now(clock));
		return session(sessionId, caller);
	}

	/** The name under which a result goes into a person's exam record: the session and its domain. */
	static String examName(ExamRepository.SessionRow session) {
		return "执法资格考试 " + session.name() + " [" + session.domain().name() + "]";
	}

	/** The public pass list of a published session, names masked (张某某); 404 before publication. */
	@Transactional(readOnly = true)
	public PassList passList(long sessionId) {
		ExamRepository.SessionRow session = repository.session(sessionId, false)
			.filter(s -> s.publishedAt() != null)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.exam-unknown"));
		Map<Long, String> names = new HashMap<>();
		List<Pass> passes = repository.candidates(sessionId).stream()
			.filter(c -> Boolean.TRUE.equals(c.passed()))
			.map(c -> new Pass(String.valueOf(PersonalData.nameAsMou(c.personName())), bodyName(c.bodyId(), names)))
			.sorted(Comparator.comparing(Pass::bodyName).thenComparing(Pass::name))
			.toList();
		return new PassList(session.name(), session.heldOn(), session.domain(), passes);
	}

	/**
	 * The organiser's jurisdiction — its territory, or its seat when the organisation is gone — within which a session
	 * registers and records (docs/adr/0038-external-supervisors-and-exams.md), whoever of wider scope acts on it.
	 */
	private JurisdictionScope organiserScope(ExamRepository.SessionRow session) {
		return organizations.find(new OrganizationId(session.organiserId())).map(Organization::jurisdiction)
			.orElseGet(() -> JurisdictionScope.of(List.of(DivisionCode.of(session.organiserSeat()))));
	}

	private ExamRepository.SessionRow open(long sessionId, ScopedPrincipal caller) {
		ExamRepository.SessionRow session = visible(sessionId, true, caller);
		if (session.publishedAt() != null) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.exam-published");
		}
		return session;
	}

	private ExamRepository.SessionRow visible(long id, boolean lock, ScopedPrincipal caller) {
		return repository.session(id, lock)
			.filter(s -> caller.jurisdiction().covers(DivisionCode.of(s.organiserSeat())))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.exam-unknown"));
	}

	private static BigDecimal inRange(@Nullable BigDecimal score, String field) {
		if (score == null || score.signum() < 0 || score.compareTo(MAX_SCORE) > 0
				|| score.stripTrailingZeros().scale() > 1) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.exam-score-range", field, 0, MAX_SCORE);
		}
		return score;
	}

	private static RuleViolation input(String field) {
		return new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.exam-input", field);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	private Session view(ExamRepository.SessionRow r, Map<Long, String> names) {
		return new Session(r.id(), r.name(), r.heldOn(), r.domain(), r.passMark(), r.organiserId(),
				bodyName(r.organiserId(), names), r.candidates(), r.passed(), r.publishedAt());
	}

	private String bodyName(long bodyId, Map<Long, String> names) {
		return names.computeIfAbsent(bodyId,
				b -> organizations.find(new OrganizationId(b)).map(Organization::name).orElse(String.valueOf(b)));
	}
}
