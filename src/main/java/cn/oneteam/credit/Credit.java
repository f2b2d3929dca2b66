package cn.oneteam.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信用监管 (docs/adr/0022-credit-and-risk.md): a subject's credit record — facts, list entries, repairs — and its class,
 * recomputed on each change and kept with its reasons. Every call by a user is limited to subjects in the caller's
 * jurisdiction ({@link Subjects#byId}); reading needs {@code case:read}, listing, removing, deciding repairs and
 * editing the rules {@code credit:manage}; applying for a repair {@code case:handle} or {@code credit:manage}. Each
 * change is in the subject's full-process record.
 */
@Service
@EnableConfigurationProperties(CreditProperties.class)
public class Credit {

	private final CreditRepository repository;

	private final Subjects subjects;

	private final ApplicationEventPublisher publisher;

	private final CreditProperties properties;

	private final Clock clock;

	Credit(CreditRepository repository, Subjects subjects, ApplicationEventPublisher publisher,
			CreditProperties properties, Clock clock) {
		this.repository = repository;
		this.subjects = subjects;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	// reading

	/** The subject's credit record, in the caller's jurisdiction (404 otherwise). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public CreditViews.SubjectCredit of(long subjectId, ScopedPrincipal caller) {
		SubjectView subject = subjects.byId(subjectId, caller);
		LocalDate today = today();
		List<CreditFact> facts = repository.facts(subjectId);
		Grading.Grade now = Grading.grade(facts, repository.rules(), repository.thresholds(), today);
		List<CreditViews.FactView> views = facts.stream()
			.map(f -> new CreditViews.FactView(f, f.countsOn(today), repairable(f) ? RepairCheck.eligibleOn(f, properties)
					: null))
			.toList();
		return new CreditViews.SubjectCredit(subject, now, repository.history(subjectId), views,
				repository.entries(subjectId), repository.repairs(subjectId));
	}

	/** The class recorded last for the subject (A when it was never graded), without a jurisdiction check. */
	@Transactional(readOnly = true)
	public CreditClass recordedClass(long subjectId) {
		return repository.lastGrade(subjectId).map(CreditViews.GradeEntry::creditClass).orElse(CreditClass.A);
	}

	/**
	 * The class recorded last for each of these subjects (A when never graded), in one query, without a jurisdiction
	 * check: for the inspection module's strata (docs/adr/0025-inspection-items-and-plans.md).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, CreditClass> recordedClasses(java.util.Collection<Long> subjectIds) {
		java.util.Map<Long, CreditClass> classes = new java.util.HashMap<>();
		subjectIds.forEach(id -> classes.put(id, CreditClass.A));
		classes.putAll(repository.lastClasses(subjectIds));
		return classes;
	}

	/**
	 * The active subjects of a jurisdiction with the class recorded last (A when never graded), by code ascending: the
	 * strata of a draw (docs/adr/0026-the-draw.md).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<CreditClassOfSubject> classesIn(cn.oneteam.shared.JurisdictionScope scope) {
		return repository.classesIn(scope);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<CreditRule> rules() {
		return repository.rules().values().stream().toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<ClassThreshold> thresholds() {
		return repository.thresholds();
	}

	// the rules as data

	/** A new weight, period or forced class; subjects are regraded as their next fact arrives. */
	@Transactional
	@PreAuthorize("hasAuthority('credit:manage')")
	public CreditRule updateRule(FactKind kind, CreditInputs.RuleUpdate update, ScopedPrincipal caller) {
		repository.updateRule(kind, update, caller.accountId(), OffsetDateTime.now(clock));
		return repository.rules().get(kind);
	}

	/** A class's minimum score; A stays at 0 and B, C, D must rise strictly (400 otherwise). */
	@Transactional
	@PreAuthorize("hasAuthority('credit:manage')")
	public List<ClassThreshold> updateThreshold(CreditClass creditClass, CreditInputs.ThresholdUpdate update,
			ScopedPrincipal caller) {
		repository.updateThreshold(creditClass, update.minScore(), caller.accountId(), OffsetDateTime.now(clock));
		List<ClassThreshold> thresholds = repository.thresholds();
		int previous = -1;
		for (ClassThreshold t : thresholds) {
			boolean ok = t.creditClass() == CreditClass.A ? t.minScore() == 0 : t.minScore() > previous;
			if (!ok) {
				throw new CreditViolation(RuleViolation.BAD_REQUEST, "credit.threshold.order", t.creditClass(),
						t.minScore());
			}
			previous = t.minScore();
		}
		return thresholds;
	}

	// decided penalties and payments (from the case module's events)

	/**
	 * A penalty decided on a subject of the register: a fact with its period and publication dates, recorded and
	 * regraded; a repeated delivery changes nothing. Not a user's call: the listener's.
	 */
	@Transactional
	public Optional<Long> penaltyDecided(long subjectId, long caseId, PenaltyCase.Procedure procedure,
			Set<PenaltyKind> kinds, @Nullable BigDecimal fine, String matterCode, @Nullable String decisionNumber,
			LocalDate decidedOn, OffsetDateTime at) {
		if (!repository.subjectExists(subjectId)) {
			return Optional.empty();
		}
		repository.lock(subjectId);
		FactKind kind = Publication.kindOf(procedure, kinds);
		CreditRule rule = repository.rules().get(kind);
		Publication.Until until = Publication.until(kind, kinds, fine, decidedOn, properties.publication());
		String reason = (decisionNumber == null ? "" : decisionNumber + " ") + matterCode;
		Optional<Long> id = repository.insertFact(subjectId, kind, "case:" + caseId, decidedOn,
				decidedOn.plusMonths(rule.countsMonths()), reason, caseId, matterCode, decisionNumber, fine, until, at);
		if (id.isEmpty()) {
			return id;
		}
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("fact", id.get());
		facts.put("kind", kind.name());
		facts.put("case", caseId);
		facts.put("decidedOn", decidedOn.toString());
		facts.put("countsUntil", decidedOn.plusMonths(rule.countsMonths()).toString());
		if (decisionNumber != null) {
			facts.put("decisionNumber", decisionNumber);
		}
		facts.put("publishUntilGsxt", String.valueOf(until.gsxt()));
		facts.put("publishUntilNdrc", String.valueOf(until.ndrc()));
		publisher.publishEvent(new CreditRecorded(subjectId, "credit-fact", CreditRecorded.SYSTEM, at, facts));
		regrade(subjectId, "case:" + caseId, CreditRecorded.SYSTEM, at);
		return id;
	}

	/**
	 * A fact another module observed about a subject — a complaint upheld, an inspection failed — counted for the
	 * rule's period from the day, recorded once per source and regraded. Not a user's call: the observing module's.
	 */
	@Transactional
	public Optional<Long> observed(long subjectId, FactKind kind, String source, LocalDate on, String reason,
			OffsetDateTime at) {
		if (kind != FactKind.COMPLAINT_UPHELD && kind != FactKind.INSPECTION_FAILED) {
			throw new IllegalArgumentException("penalties and listings have their own calls: " + kind);
		}
		if (!repository.subjectExists(subjectId)) {
			return Optional.empty();
		}
		repository.lock(subjectId);
		LocalDate until = on.plusMonths(repository.rules().get(kind).countsMonths());
		Optional<Long> id = repository.insertFact(subjectId, kind, source, on, until, reason, null, null, null, null,
				new Publication.Until(null, null), at);
		id.ifPresent(fact -> {
			publisher.publishEvent(new CreditRecorded(subjectId, "credit-fact", CreditRecorded.SYSTEM, at,
					Map.of("fact", fact, "kind", kind.name(), "source", source, "on", on.toString(), "countsUntil",
							until.toString())));
			regrade(subjectId, source, CreditRecorded.SYSTEM, at);
		});
		return id;
	}

	/** The fine of a case paid in full: its penalty facts are performed (a repair condition). */
	@Transactional
	public void finePaid(long caseId, LocalDate paidOn, OffsetDateTime at) {
		for (CreditFact fact : repository.markFinePaid(caseId)) {
			publisher.publishEvent(new CreditRecorded(fact.subjectId(), "credit-fine-paid", CreditRecorded.SYSTEM, at,
					Map.of("fact", fact.id(), "case", caseId, "paidOn", paidOn.toString())));
		}
	}

	// the two lists

	/** Lists the subject (docs/legal/credit.md#abnormal-list, docs/legal/credit.md#serious-list). */
	@Transactional
	@PreAuthorize("hasAuthority('credit:manage')")
	public CreditViews.ListEntry list(long subjectId, CreditInputs.Listing listing, ScopedPrincipal caller) {
		subjects.byId(subjectId, caller);
		LocalDate today = today();
		LocalDate on = listing.listedOn() == null ? today : listing.listedOn();
		if (on.isAfter(today)) {
			throw new CreditViolation(RuleViolation.BAD_REQUEST, "credit.date-in-future", on);
		}
		if (listing.list() == ListKind.ABNORMAL && listing.ground() == null) {
			throw new CreditViolation(RuleViolation.BAD_REQUEST, "credit.list.ground-missing");
		}
		if (listing.list() == ListKind.SERIOUS && listing.caseId() == null
				&& (listing.decisionNumber() == null || listing.decisionNumber().isBlank())) {
			throw new CreditViolation(RuleViolation.BAD_REQUEST, "credit.list.decision-missing");
		}
		if (listing.list() == ListKind.SERIOUS && listing.caseId() != null && repository.facts(subjectId)
			.stream()
			.noneMatch(f -> listing.caseId().equals(f.caseId()) && f.kind().penalty())) {
			// the listing rests on a penalty decided against this subject (docs/legal/credit.md#serious-list)
			throw new CreditViolation(RuleViolation.BAD_REQUEST, "credit.list.case-not-the-subjects", listing.caseId());
		}
		CreditInputs.Listing normalised = listing.list() == ListKind.SERIOUS
				? new CreditInputs.Listing(listing.list(), null, listing.reason(), listing.decidingBody(), listing.caseId(),
						listing.decisionNumber(), on)
				: new CreditInputs.Listing(listing.list(), listing.ground(), listing.reason(), listing.decidingBody(), null,
						null, on);
		LocalDate termEnds = on.plus(listing.list() == ListKind.SERIOUS ? properties.seriousTerm()
				: properties.abnormalEscalation());
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.lock(subjectId);
		long id = repository.insertEntry(subjectId, normalised, on, termEnds, caller.accountId(), now)
			.orElseThrow(() -> new CreditViolation(RuleViolation.CONFLICT, "credit.list.already-listed", listing.list()));
		repository.insertFact(subjectId, listing.list().fact(), "list:" + id, on, termEnds, normalised.reason().strip(),
				normalised.caseId(), null, normalised.decisionNumber(), null, new Publication.Until(null, null), now);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("entry", id);
		facts.put("list", listing.list().name());
		if (normalised.ground() != null) {
			facts.put("ground", normalised.ground().name());
		}
		facts.put("reason", normalised.reason().strip());
		facts.put("decidingBody", normalised.decidingBody().strip());
		facts.put("listedOn", on.toString());
		facts.put("termEndsOn", termEnds.toString());
		if (normalised.caseId() != null) {
			facts.put("case", normalised.caseId());
		}
		if (normalised.decisionNumber() != null) {
			facts.put("decisionNumber", normalised.decisionNumber());
		}
		publisher.publishEvent(new CreditRecorded(subjectId, "credit-listed", caller.accountId(), now, facts));
		regrade(subjectId, "list:" + id, caller.accountId(), now);
		return repository.entry(id).orElseThrow();
	}

	/** Removes an open entry with its reason; its fact stops counting from that day. */
	@Transactional
	@PreAuthorize("hasAuthority('credit:manage')")
	public CreditViews.ListEntry remove(long subjectId, long entryId, CreditInputs.Removal removal,
			ScopedPrincipal caller) {
		subjects.byId(subjectId, caller);
		CreditViews.ListEntry entry = repository.entry(entryId)
			.filter(e -> e.subjectId() == subjectId)
			.orElseThrow(() -> new CreditViolation(RuleViolation.NOT_FOUND, "credit.list.unknown", entryId));
		LocalDate today = today();
		LocalDate on = removal.removedOn() == null ? today : removal.removedOn();
		if (on.isAfter(today)) {
			throw new CreditViolation(RuleViolation.BAD_REQUEST, "credit.date-in-future", on);
		}
		if (on.isBefore(entry.listedOn())) {
			throw new CreditViolation(RuleViolation.BAD_REQUEST, "credit.list.removed-before-listed", entry.listedOn());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.lock(subjectId);
		if (!repository.removeEntry(entryId, on, removal.reason().strip(), caller.accountId())) {
			throw new CreditViolation(RuleViolation.CONFLICT, "credit.list.already-removed", entry.removedOn());
		}
		endListFact(subjectId, entry, on);
		publisher.publishEvent(new CreditRecorded(subjectId, "credit-removed", caller.accountId(), now,
				Map.of("entry", entryId, "list", entry.list().name(), "removedOn", on.toString(), "reason",
						removal.reason().strip())));
		regrade(subjectId, "list:" + entryId, caller.accountId(), now);
		return repository.entry(entryId).orElseThrow();
	}

	private void endListFact(long subjectId, CreditViews.ListEntry entry, LocalDate on) {
		repository.facts(subjectId).stream()
			.filter(f -> f.source().equals("list:" + entry.id()))
			.forEach(f -> repository.endFact(f.id(), on));
	}

	// credit repair

	/** An application; refused at once (422, with the reason) when a condition is not met. */
	@Transactional
	@PreAuthorize("hasAnyAuthority('case:handle', 'credit:manage')")
	public CreditViews.Repair applyForRepair(long subjectId, CreditInputs.RepairApplication application,
			ScopedPrincipal caller) {
		subjects.byId(subjectId, caller);
		CreditFact fact = factOf(subjectId, application.factId());
		LocalDate today = today();
		refuseUnlessRepairable(subjectId, fact, today);
		long id = repository.insertRepair(subjectId, fact.id(), application.ground(), today, caller.accountId())
			.orElseThrow(() -> new CreditViolation(RuleViolation.CONFLICT, "credit.repair.pending", fact.id()));
		publisher.publishEvent(new CreditRecorded(subjectId, "credit-repair-applied", caller.accountId(),
				OffsetDateTime.now(clock), Map.of("repair", id, "fact", fact.id(), "ground", application.ground().strip())));
		return repository.repair(id).orElseThrow();
	}

	/**
	 * The decision with its reasons: an approval checks the conditions again, ends the fact's counting and publication
	 * (and a serious-list entry) from today and regrades the subject.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('credit:manage')")
	public CreditViews.Repair decideRepair(long subjectId, long repairId, CreditInputs.RepairDecision decision,
			ScopedPrincipal caller) {
		subjects.byId(subjectId, caller);
		CreditViews.Repair repair = repository.repair(repairId)
			.filter(r -> r.subjectId() == subjectId)
			.orElseThrow(() -> new CreditViolation(RuleViolation.NOT_FOUND, "credit.repair.unknown", repairId));
		if (repair.status() != CreditViews.RepairStatus.PENDING) {
			throw new CreditViolation(RuleViolation.CONFLICT, "credit.repair.decided", repair.status());
		}
		LocalDate today = today();
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.lock(subjectId);
		CreditFact fact = factOf(subjectId, repair.factId());
		if (decision.approve()) {
			refuseUnlessRepairable(subjectId, fact, today);
		}
		CreditViews.RepairStatus status = decision.approve() ? CreditViews.RepairStatus.APPROVED
				: CreditViews.RepairStatus.REFUSED;
		if (!repository.decideRepair(repairId, status, decision.reasons().strip(), caller.accountId(), now)) {
			// decided by someone else since it was read: nothing of this decision may take effect
			throw new CreditViolation(RuleViolation.CONFLICT, "credit.repair.decided",
					repository.repair(repairId).map(CreditViews.Repair::status).orElse(status));
		}
		publisher.publishEvent(new CreditRecorded(subjectId, "credit-repair-decided", caller.accountId(), now,
				Map.of("repair", repairId, "fact", fact.id(), "status", status.name(), "reasons",
						decision.reasons().strip())));
		if (decision.approve()) {
			repository.endFact(fact.id(), today);
			if (fact.kind() == FactKind.SERIOUS_LISTED) {
				long entryId = Long.parseLong(fact.source().substring("list:".length()));
				repository.entry(entryId).filter(CreditViews.ListEntry::open).ifPresent(entry -> {
					repository.removeEntry(entryId, today, decision.reasons().strip(), caller.accountId());
					publisher.publishEvent(new CreditRecorded(subjectId, "credit-removed", caller.accountId(), now,
							Map.of("entry", entryId, "list", entry.list().name(), "removedOn", today.toString(),
									"repair", repairId)));
				});
			}
			regrade(subjectId, "repair:" + repairId, caller.accountId(), now);
		}
		return repository.repair(repairId).orElseThrow();
	}

	private CreditFact factOf(long subjectId, long factId) {
		return repository.fact(factId)
			.filter(f -> f.subjectId() == subjectId)
			.orElseThrow(() -> new CreditViolation(RuleViolation.NOT_FOUND, "credit.fact.unknown", factId));
	}

	private void refuseUnlessRepairable(long subjectId, CreditFact fact, LocalDate today) {
		List<ListKind> open = repository.entries(subjectId).stream()
			.filter(CreditViews.ListEntry::open)
			.filter(e -> !fact.source().equals("list:" + e.id()))
			.map(CreditViews.ListEntry::list)
			.toList();
		RepairCheck.check(fact, repository.facts(subjectId), open, today, properties).ifPresent(refusal -> {
			throw new CreditViolation(RuleViolation.UNPROCESSABLE, refusal.code(), refusal.arguments());
		});
	}

	private static boolean repairable(CreditFact fact) {
		return fact.kind() == FactKind.PENALTY_GENERAL || fact.kind() == FactKind.SERIOUS_LISTED;
	}

	/**
	 * Regrades the subjects one of whose facts stopped counting after their last grade (its period over, or ended), at
	 * most {@code limit}; the scheduled scan's work ({@link CreditRegrade}). Returns the subjects regraded.
	 */
	int regradeExpired(int limit) {
		LocalDate today = today();
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Long> subjectIds = repository.subjectsWithFactsEndedSinceLastGrade(today, limit);
		for (long subjectId : subjectIds) {
			repository.lock(subjectId);
			regrade(subjectId, "expiry", CreditRecorded.SYSTEM, now);
		}
		return subjectIds.size();
	}

	// the class

	/**
	 * The subject's class today from its facts and the rules, kept in the history when the class or the score changed
	 * (with the facts that counted); a new class is recorded and published as {@link CreditClassChanged}.
	 */
	private void regrade(long subjectId, String cause, long actor, OffsetDateTime at) {
		Grading.Grade grade = Grading.grade(repository.facts(subjectId), repository.rules(), repository.thresholds(),
				today());
		Optional<CreditViews.GradeEntry> last = repository.lastGrade(subjectId);
		if (last.isPresent() && last.get().creditClass() == grade.creditClass() && last.get().score() == grade.score()) {
			return;
		}
		repository.insertGrade(subjectId, grade, cause, at);
		CreditClass from = last.map(CreditViews.GradeEntry::creditClass).orElse(null);
		if (from != grade.creditClass()) {
			List<Long> counted = new ArrayList<>(grade.reasons().stream().map(Grading.Reason::factId).toList());
			counted.sort(Comparator.naturalOrder());
			publisher.publishEvent(new CreditRecorded(subjectId, "credit-class", actor, at,
					Map.of("from", from == null ? "" : from.name(), "to", grade.creditClass().name(), "score",
							grade.score(), "facts", counted, "cause", cause)));
			publisher.publishEvent(new CreditClassChanged(subjectId, from, grade.creditClass(), grade.score(), at));
		}
	}
}
