package cn.oneteam.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.casehandling.Cases;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.ClientRateBuckets;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.ComplaintInputs.Body;
import cn.oneteam.supervision.ComplaintInputs.BodyFigures;
import cn.oneteam.supervision.ComplaintInputs.NewComplaint;
import cn.oneteam.supervision.ComplaintInputs.PublicView;
import cn.oneteam.supervision.ComplaintInputs.Receipt;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints about enforcement (docs/adr/0033-enforcement-complaints.md): received from the public or a 12345 work
 * order, handled by the supervising 司法局 whose jurisdiction covers the body complained about — accepted or refused,
 * extended once, concluded with a finding and an answer — every step in the full-process record in its transaction.
 */
@Service
public class Complaints {

	static final String BUCKET = "complaint"; // at most 16 characters (intake_rate_bucket.bucket)

	private static final int LIMIT = 500;

	private static final Set<OrganizationKind> BODIES = Set.of(OrganizationKind.ENFORCEMENT_BUREAU,
			OrganizationKind.TOWNSHIP_GOVERNMENT, OrganizationKind.DEPARTMENT);

	private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final ComplaintRepository repository;

	private final ComplaintPeriods periods;

	private final ComplaintSettings settings;

	private final Organizations organizations;

	private final Officers officers;

	private final Cases cases;

	private final Visits visits;

	private final ClientRateBuckets buckets;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Complaints(ComplaintRepository repository, ComplaintPeriods periods, ComplaintSettings settings,
			Organizations organizations, Officers officers, Cases cases, Visits visits, ClientRateBuckets buckets,
			ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.periods = periods;
		this.settings = settings;
		this.organizations = organizations;
		this.officers = officers;
		this.cases = cases;
		this.visits = visits;
		this.buckets = buckets;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** 429 {@code supervision.complaint-rate-limited} once the client's bucket is empty. */
	public void throttle(String client) {
		ComplaintSettings.Rate rate = settings.rate();
		if (!buckets.take(BUCKET, client, rate.capacity(), rate.perHour())) {
			throw new RuleViolation(429, "supervision.complaint-rate-limited", rate.capacity(), rate.perHour());
		}
	}

	/** 429 for a client following complaints too often (a larger bucket of its own). */
	public void throttleFollow(String client) {
		ComplaintSettings.Rate rate = settings.followRate();
		if (!buckets.take(BUCKET + "-follow", client, rate.capacity(), rate.perHour())) {
			throw new RuleViolation(429, "supervision.complaint-rate-limited", rate.capacity(), rate.perHour());
		}
	}

	/** The public list of enforcement bodies one may complain about, by name. */
	@Transactional(readOnly = true)
	public List<Body> bodies() {
		return organizations.visibleIn(JurisdictionScope.nationwide()).stream()
			.filter(o -> BODIES.contains(o.kind()))
			.map(o -> new Body(o.id().value(), o.name()))
			.sorted(java.util.Comparator.comparing(Body::name))
			.toList();
	}

	/** A complaint from the public form (no account; the caller throttles). */
	@Transactional
	public Receipt submit(NewComplaint complaint) {
		return receive(complaint, ComplaintChannel.PUBLIC_FORM, null, 0L);
	}

	/** A complaint from a 12345 work order; the same order number again answers the same receipt, repeated. */
	@Transactional
	@PreAuthorize("hasAuthority('event:receive')")
	public Receipt fromHotline(@Nullable String orderNumber, @Nullable NewComplaint complaint, ScopedPrincipal caller) {
		if (orderNumber == null || !orderNumber.matches("[A-Za-z0-9_-]{1,64}")) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-order-number");
		}
		Optional<ComplaintRepository.Row> existing = repository.byHotlineOrder(orderNumber);
		if (existing.isPresent()) {
			return repeated(existing.get());
		}
		if (complaint == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-input", "complaint");
		}
		return receive(complaint, ComplaintChannel.HOTLINE_12345, orderNumber, caller.accountId());
	}

	private Receipt repeated(ComplaintRepository.Row row) {
		return new Receipt(row.trackingNumber(), row.state(), row.receivedOn(), true);
	}

	private Receipt receive(NewComplaint c, ComplaintChannel channel, @Nullable String order, long accountId) {
		String name = required(c.name(), "name", 50);
		String phone = required(c.phone(), "phone", 20);
		if (!phone.matches("[0-9+\\- ]{5,20}")) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-input", "phone");
		}
		String facts = required(c.facts(), "facts", 2000);
		if (c.bodyId() == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-input", "bodyId");
		}
		Organization body = organizations.find(new OrganizationId(c.bodyId()))
			.filter(o -> BODIES.contains(o.kind()))
			.orElseThrow(() -> new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-body-unknown",
					c.bodyId()));
		Long caseId = caseOf(blankToNull(c.caseReference()), body);
		String certificate = certificateOf(blankToNull(c.certificate()));
		String code = inspectionOf(blankToNull(c.inspectionCode()), body);
		OffsetDateTime at = OffsetDateTime.now(clock);
		LocalDate today = at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
		String tracking = "TS" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + randomPart();
		LocalDate acceptDue = periods.acceptDue(today);
		Optional<Long> id = repository.insert(new ComplaintRepository.NewRow(tracking, channel, order, name, phone,
				body.id().value(), body.seat().value(), caseId, certificate, code, facts, today, at, acceptDue));
		if (id.isEmpty()) { // the same 12345 order, received meanwhile
			return repeated(repository.byHotlineOrder(order == null ? "" : order).orElseThrow());
		}
		Map<String, Object> recorded = new LinkedHashMap<>();
		recorded.put("channel", channel.name());
		recorded.put("bodyId", body.id().value());
		recorded.put("acceptDue", acceptDue.toString());
		if (order != null) {
			recorded.put("hotlineOrder", order);
		}
		if (caseId != null) {
			recorded.put("caseId", caseId);
		}
		if (certificate != null) {
			recorded.put("certificate", certificate);
		}
		if (code != null) {
			recorded.put("inspectionCode", code);
		}
		publisher.publishEvent(new ComplaintRecorded(id.get(), "received", accountId, at, recorded));
		return new Receipt(tracking, ComplaintState.RECEIVED, today, false);
	}

	private String randomPart() {
		StringBuilder s = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return s.toString();
	}

	private static String required(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-input", field);
		}
		return value.strip();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The case by its id or its decision (form) number, one of the body's; 400 when unknown. */
	private @Nullable Long caseOf(@Nullable String reference, Organization body) {
		if (reference == null) {
			return null;
		}
		return cases.idOfBodysCase(reference, body.id().value())
			.orElseThrow(() -> new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-case-unknown",
					reference));
	}

	private @Nullable String certificateOf(@Nullable String certificate) {
		if (certificate != null && officers.holderNames(Set.of(certificate)).isEmpty()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-certificate-unknown",
					certificate);
		}
		return certificate;
	}

	private @Nullable String inspectionOf(@Nullable String typed, Organization body) {
		if (typed == null) {
			return null;
		}
		String code = VisitCodes.normalise(typed);
		Visit visit = visits.byCode(code)
			.filter(v -> v.departmentIds().contains(body.id().value()))
			.orElseThrow(() -> new RuleViolation(RuleViolation.BAD_REQUEST,
					"supervision.complaint-inspection-unknown", typed));
		return visit.code();
	}

	/** The follow-up of a complaint by its tracking number: state and answer only; 404 when unknown. */
	@Transactional(readOnly = true)
	public PublicView follow(String trackingNumber) {
		ComplaintRepository.Row row = repository.byTrackingNumber(trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.complaint-unknown"));
		return new PublicView(row.trackingNumber(), bodyName(row.bodyId(), new HashMap<>()), row.state(),
				row.receivedOn(), row.refusalReason(), row.finding(), row.answer(), row.closedOn());
	}

	/**
	 * The complaints about bodies within the caller's jurisdiction, at most 500: the open ones (received or accepted)
	 * first whatever their age, so none waiting for a step drops off, then the newest.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:review', 'supervision:read')")
	public List<Complaint> list(ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		LocalDate today = today();
		return repository.inScope(caller.jurisdiction(), null, LIMIT).stream().map(r -> view(r, today, names)).toList();
	}

	/** One complaint; 404 when the body complained about lies outside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:review', 'supervision:read')")
	public Complaint complaint(long id, ScopedPrincipal caller) {
		return view(visible(repository.find(id), caller), today(), new HashMap<>());
	}

	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Complaint accept(long id, ScopedPrincipal caller) {
		ComplaintRepository.Row row = step(id, caller, ComplaintState.RECEIVED, "accept");
		LocalDate today = today();
		LocalDate due = periods.concludeDue(today);
		repository.accept(id, today, due);
		record(id, "accepted", caller, Map.of("concludeDue", due.toString(), "late", today.isAfter(row.acceptDue())));
		return complaint(id, caller);
	}

	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Complaint refuse(long id, @Nullable String reason, ScopedPrincipal caller) {
		ComplaintRepository.Row row = step(id, caller, ComplaintState.RECEIVED, "refuse");
		String why = required(reason, "reason", 500);
		LocalDate today = today();
		repository.refuse(id, today, why);
		record(id, "refused", caller, Map.of("reason", why, "late", today.isAfter(row.acceptDue())));
		return complaint(id, caller);
	}

	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Complaint extend(long id, @Nullable String reason, ScopedPrincipal caller) {
		ComplaintRepository.Row row = step(id, caller, ComplaintState.ACCEPTED, "extend");
		if (row.extended()) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.complaint-extended-once");
		}
		if (row.concludeDue() != null && today().isAfter(row.concludeDue())) {
			// an extension is granted before the period runs out, never to erase a breach
			// (docs/adr/0033-enforcement-complaints.md)
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.complaint-extension-late", row.concludeDue());
		}
		String why = required(reason, "reason", 500);
		LocalDate due = periods.extendedDue(java.util.Objects.requireNonNull(row.acceptedOn()));
		repository.extend(id, due, why);
		record(id, "extended", caller, Map.of("reason", why, "concludeDue", due.toString()));
		return complaint(id, caller);
	}

	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Complaint conclude(long id, @Nullable Finding finding, @Nullable String answer, ScopedPrincipal caller) {
		ComplaintRepository.Row row = step(id, caller, ComplaintState.ACCEPTED, "conclude");
		if (finding == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.complaint-input", "finding");
		}
		String text = required(answer, "answer", 2000);
		LocalDate today = today();
		repository.conclude(id, today, finding, text);
		record(id, "concluded", caller, Map.of("finding", finding.name(),
				"late", row.concludeDue() != null && today.isAfter(row.concludeDue())));
		return complaint(id, caller);
	}

	/**
	 * Per body complained about within the caller's jurisdiction: received, substantiated, partly, and how many the
	 * supervising body handled late (its own lateness, not the body's).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<BodyFigures> figures(int year, ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		LocalDate today = today();
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (ComplaintRepository.Row r : repository.inScope(caller.jurisdiction(), year, Integer.MAX_VALUE)) {
			int[] c = counts.computeIfAbsent(r.bodyId(), b -> new int[4]);
			c[0]++;
			c[1] += r.finding() == Finding.SUBSTANTIATED ? 1 : 0;
			c[2] += r.finding() == Finding.PARTLY ? 1 : 0;
			c[3] += overdue(r, today) ? 1 : 0;
		}
		List<BodyFigures> figures = new ArrayList<>();
		counts.forEach((body, c) -> figures.add(new BodyFigures(body, bodyName(body, names), c[0], c[1], c[2], c[3])));
		figures.sort(java.util.Comparator.comparing(BodyFigures::bodyName));
		return figures;
	}

	private ComplaintRepository.Row step(long id, ScopedPrincipal caller, ComplaintState from, String step) {
		ComplaintRepository.Row row = visible(repository.lock(id), caller);
		if (row.state() != from) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.complaint-out-of-order", step,
					row.state().name());
		}
		return row;
	}

	private static ComplaintRepository.Row visible(Optional<ComplaintRepository.Row> row, ScopedPrincipal caller) {
		return row.filter(r -> caller.jurisdiction().covers(cn.oneteam.shared.DivisionCode.of(r.bodySeat())))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.complaint-unknown"));
	}

	private void record(long id, String action, ScopedPrincipal caller, Map<String, Object> facts) {
		publisher.publishEvent(new ComplaintRecorded(id, action, caller.accountId(), OffsetDateTime.now(clock), facts));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	/** Acceptance after its due day, a pending one past it, a conclusion after its due day or a pending one past it. */
	static boolean overdue(ComplaintRepository.Row r, LocalDate today) {
		LocalDate decided = r.state() == ComplaintState.RECEIVED ? today
				: r.state() == ComplaintState.REFUSED ? r.closedOn() : r.acceptedOn();
		if (decided != null && decided.isAfter(r.acceptDue())) {
			return true;
		}
		if (r.concludeDue() == null) {
			return false;
		}
		LocalDate concluded = r.state() == ComplaintState.CONCLUDED ? r.closedOn() : today;
		return concluded != null && concluded.isAfter(r.concludeDue());
	}

	/**
	 * The complaint as shown. The 司法局 handling it sees the phone masked and the facts and answer as written; a reader
	 * who only reads (an external supervisor, docs/adr/0038-external-supervisors-and-exams.md) sees no phone, and the
	 * personal data typed into the facts and the answer masked (docs/adr/0010-personal-data-masking.md).
	 */
	private Complaint view(ComplaintRepository.Row r, LocalDate today, Map<Long, String> names) {
		boolean handles = handles();
		String answer = r.answer();
		return new Complaint(r.id(), r.trackingNumber(), r.channel(), r.hotlineOrder(),
				String.valueOf(PersonalData.name(r.name())), handles ? String.valueOf(PersonalData.phone(r.phone())) : "",
				r.bodyId(), bodyName(r.bodyId(), names), r.bodySeat(), r.caseId(), r.certificate(),
				r.inspectionCode(), handles ? r.facts() : PersonalData.maskText(r.facts()), r.state(), r.receivedOn(),
				r.acceptDue(), r.acceptedOn(), r.concludeDue(), r.extended(), r.extensionReason(), r.refusalReason(),
				r.finding(), handles || answer == null ? answer : PersonalData.maskText(answer),
				r.closedOn(), overdue(r, today));
	}

	/** Whether the signed-in user handles complaints (supervision:review) rather than only reading them. */
	private static boolean handles() {
		var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return signedIn != null
				&& signedIn.getAuthorities().stream().anyMatch(a -> "supervision:review".equals(a.getAuthority()));
	}

	private String bodyName(long bodyId, Map<Long, String> names) {
		return names.computeIfAbsent(bodyId,
				b -> organizations.find(new OrganizationId(b)).map(Organization::name).orElse(String.valueOf(b)));
	}
}
