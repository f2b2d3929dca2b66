package cn.oneteam.inspection.code;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitRecorded;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.platform.ClientRateBuckets;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company checks a code without an account (docs/adr/0029-inspection-code-public-check-and-rating.md): whether the
 * inspection is authorised, by whom, for which items, in which window; once the result is recorded it rates the visit
 * once. Every check and rating takes a token of the client's code-check bucket first (429 when empty).
 */
@Service
public class PublicCodeCheck {

	static final String BUCKET = "code-check";

	/** A visit is authorised once its result is entered; a cancelled one is not; a planned one only in its window. */
	private static final Set<VisitState> DONE = EnumSet.of(VisitState.RECORDED, VisitState.PUBLISHED);

	private final Visits visits;

	private final VisitFacts facts;

	private final CodeRepository repository;

	private final ClientRateBuckets buckets;

	private final CodeSettings settings;

	private final RatingSecrets secrets;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	PublicCodeCheck(Visits visits, VisitFacts facts, CodeRepository repository, ClientRateBuckets buckets,
			CodeSettings settings, RatingSecrets secrets, ApplicationEventPublisher publisher, Clock clock) {
		this.secrets = secrets;
		this.visits = visits;
		this.facts = facts;
		this.repository = repository;
		this.buckets = buckets;
		this.settings = settings;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Takes a code-check token for the client, or refuses with 429 {@code inspection.code-check-rate-limited}. */
	public void throttle(String client) {
		CodeSettings.CheckRate rate = settings.checkRate();
		if (!buckets.take(BUCKET, client, rate.capacity(), rate.perHour())) {
			throw new RuleViolation(429, "inspection.code-check-rate-limited", rate.capacity(), rate.perHour());
		}
	}

	/** What the code answers; 404 {@code inspection.code-unknown} for a code no visit carries. */
	@Transactional(readOnly = true)
	public CodeViews.PublicCheck check(String code) {
		Visit visit = visit(code);
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		boolean rated = repository.rated(visit.id());
		boolean authorised = DONE.contains(visit.state())
				|| (visit.state() == VisitState.PLANNED && visit.inWindow(today));
		return new CodeViews.PublicCheck(visit.code(), authorised, visit.state(), visit.kind(),
				visit.onSite(), facts.publicName(visit), facts.departments(visit), facts.inspectors(visit),
				facts.items(visit), visit.windowFrom(), visit.windowUntil(), visit.inWindow(today),
				DONE.contains(visit.state()) && !rated, rated);
	}

	/**
	 * The company rates the visit, once, after its result is recorded, with the rating secret of its copy of the
	 * record: 409 {@code inspection.rating-before-record} before (or for a cancelled visit), 403
	 * {@code inspection.rating-secret-wrong} without the right secret, 409 {@code inspection.rating-twice} after a
	 * rating. A planned visit is never rated (docs/adr/0029-inspection-code-public-check-and-rating.md). The full-process record
	 * keeps only that the visit was rated — never the score, conduct or comment, which the inspecting department's
	 * case readers would see.
	 */
	@Transactional
	public CodeViews.PublicCheck rate(String code, CodeViews.RatingInput input) {
		Visit visit = visit(code);
		if (!DONE.contains(visit.state())) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.rating-before-record", visit.state());
		}
		if (input.secret() == null || !secrets.matches(visit.id(), input.secret())) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "inspection.rating-secret-wrong");
		}
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<RatingConduct> conduct = input.conduct() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(input.conduct()));
		String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
		if (!repository.insertRating(visit.id(), input.score(), conduct, comment, at)) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.rating-twice");
		}
		publisher.publishEvent(new VisitRecorded(visit.id(), "rated", 0, List.of(), at, Map.of()));
		return check(code);
	}

	private Visit visit(String code) {
		return visits.byCode(code)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "inspection.code-unknown"));
	}
}
