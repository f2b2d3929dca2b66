package cn.oneteam.supervision.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.oneteam.casehandling.OfficerCaseFigures;
import cn.oneteam.casehandling.OfficerCaseFigures.Figures;
import cn.oneteam.organization.OfficerTrainingFigures;
import cn.oneteam.organization.OfficerTrainingFigures.Officer;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.Finding;
import cn.oneteam.supervision.assessment.AssessmentViews.BodyAssessment;
import cn.oneteam.supervision.assessment.AssessmentViews.BodyTable;
import cn.oneteam.supervision.assessment.AssessmentViews.OfficerAssessment;
import cn.oneteam.supervision.assessment.AssessmentViews.OfficerTable;
import cn.oneteam.supervision.review.SelfReviews;
import cn.oneteam.whistle.Assessment;
import cn.oneteam.whistle.ResponderRatingFigures;
import cn.oneteam.whistle.ResponderRatingFigures.Ratings;
import cn.oneteam.whistle.ResponderRatingFigures.Weight;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核 (docs/adr/0039-assessments.md): officers' and bodies' figures of a period and their scores by the configured
 * formula. A supervisor ({@code supervision:review}) sees the bodies seated in his jurisdiction; a body's head
 * ({@code BUREAU_HEAD} with {@code dashboard:view}) his own body; any other body is unknown (404).
 */
@Service
@EnableConfigurationProperties(AssessmentSettings.class)
public class Assessments {

	static final String WHO = "hasAuthority('supervision:review') or (hasRole('BUREAU_HEAD') and hasAuthority('dashboard:view'))";

	/** The bodies assessed: those that enforce (a stationed body is one of these kinds with its body type). */
	static final Set<OrganizationKind> BODIES = Set.of(OrganizationKind.ENFORCEMENT_BUREAU,
			OrganizationKind.TOWNSHIP_GOVERNMENT, OrganizationKind.DEPARTMENT);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int REVIEW_SLICE = 10_000;

	private final Organizations organizations;

	private final OfficerCaseFigures cases;

	private final OfficerTrainingFigures training;

	private final ResponderRatingFigures ratings;

	private final SelfReviews reviews;

	private final JdbcClient jdbc;

	private final AssessmentSettings settings;

	private final Clock clock;

	Assessments(Organizations organizations, OfficerCaseFigures cases, OfficerTrainingFigures training,
			ResponderRatingFigures ratings, SelfReviews reviews, JdbcClient jdbc, AssessmentSettings settings,
			Clock clock) {
		this.organizations = organizations;
		this.cases = cases;
		this.training = training;
		this.ratings = ratings;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The bodies the caller may assess, by name. */
	@Transactional(readOnly = true)
	@PreAuthorize(WHO)
	public List<Organization> bodiesInView(ScopedPrincipal caller) {
		if (has("supervision:review")) {
			JurisdictionScope scope = caller.jurisdiction();
			return organizations.visibleIn(scope).stream()
				.filter(o -> BODIES.contains(o.kind()) && scope.covers(o.seat()))
				.sorted(Comparator.comparing(Organization::name))
				.toList();
		}
		return organizations.find(new OrganizationId(caller.organizationId()))
			.filter(o -> BODIES.contains(o.kind()))
			.map(List::of)
			.orElse(List.of());
	}

	/** The officers of one body in the period; 404 {@code supervision.assessment-body-unknown} outside the caller's view. */
	@Transactional(readOnly = true)
	@PreAuthorize(WHO)
	public OfficerTable officers(long bodyId, AssessmentPeriod period, ScopedPrincipal caller) {
		Organization body = bodiesInView(caller).stream().filter(o -> o.id().value() == bodyId).findFirst()
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.assessment-body-unknown",
					bodyId));
		return new OfficerTable(period.label(), period.from(), period.to(), bodyId, body.name(),
				officersOf(List.of(body), period));
	}

	/** The bodies in the caller's view in the period, the best score first. */
	@Transactional(readOnly = true)
	@PreAuthorize(WHO)
	public BodyTable bodies(AssessmentPeriod period, ScopedPrincipal caller) {
		return new BodyTable(period.label(), period.from(), period.to(), bodiesOf(bodiesInView(caller), period));
	}

	/** The annual table: every body in the caller's view and all their officers, for the year. */
	@Transactional(readOnly = true)
	@PreAuthorize(WHO)
	public AnnualTable annual(int year, ScopedPrincipal caller) {
		AssessmentPeriod period = AssessmentPeriod.ofYear(year);
		List<Organization> bodies = bodiesInView(caller);
		return new AnnualTable(year, bodiesOf(bodies, period), officersOf(bodies, period));
	}

	/** The year's bodies and officers, as the Excel file shows them. */
	public record AnnualTable(int year, List<BodyAssessment> bodies, List<OfficerAssessment> officers) {
	}

	List<OfficerAssessment> officersOf(List<Organization> bodies, AssessmentPeriod period) {
		Map<Long, String> names = names(bodies);
		List<Officer> officers = training.officers(names.keySet(), period.from(), period.to());
		List<Long> people = officers.stream().map(Officer::personId).toList();
		Map<Long, Figures> figures = cases.byOfficer(people, period.from(), period.to(), today());
		Map<Long, BigDecimal> hours = training.hours(people, period.from(), period.to());
		Map<Long, BigDecimal> scores = latestScores(figures.values());
		Map<String, Long> upheld = upheldByCertificate(
				officers.stream().flatMap(o -> o.certificates().stream()).toList(), period);
		AssessmentSettings.Weights w = settings.officer();
		BigDecimal trainingTarget = settings.yearlyTrainingHours().multiply(BigDecimal.valueOf(period.months()))
			.divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
		List<OfficerAssessment> result = new ArrayList<>();
		for (Officer o : officers) {
			Figures f = figures.getOrDefault(o.personId(), Figures.NONE);
			Mean review = mean(f.generalCaseIds(), scores);
			long complaints = o.certificates().stream().mapToLong(c -> upheld.getOrDefault(c, 0L)).sum();
			BigDecimal taken = hours.getOrDefault(o.personId(), BigDecimal.ZERO);
			BigDecimal timeliness = percent(f.periodsMet(), f.periodsBreached());
			BigDecimal score = !active(f) ? null
					: weighted(new Part(w.timeliness(), timeliness), new Part(w.review(), review.value()),
							new Part(w.complaints(), complaintScore(complaints, settings.officerComplaintPoints())),
							new Part(w.training(), trainingScore(taken, trainingTarget)));
			result.add(new OfficerAssessment(o.personId(), o.name(), o.bodyId(), names.get(o.bodyId()),
					f.generalCases(), f.simpleCases(), f.periodsMet(), f.periodsBreached(), timeliness, review.count(),
					review.value(), complaints, taken, score));
		}
		return result;
	}

	List<BodyAssessment> bodiesOf(List<Organization> bodies, AssessmentPeriod period) {
		Map<Long, String> names = names(bodies);
		Map<Long, Figures> figures = cases.byBody(names.keySet(), period.from(), period.to(), today());
		Map<Long, BigDecimal> scores = latestScores(figures.values());
		Map<Long, Long> upheld = upheldByBody(names.keySet(), period);
		Map<Long, Ratings> rated = ratings.ratings(names.keySet(), period.from(), period.to());
		Map<Long, Weight> weights = ratings.weights(bodies);
		Map<Long, Long> officers = new HashMap<>();
		training.officers(names.keySet(), period.from(), period.to())
			.forEach(o -> officers.merge(o.bodyId(), 1L, Long::sum));
		List<BodyAssessment> result = new ArrayList<>();
		for (Organization body : bodies) {
			long id = body.id().value();
			Figures f = figures.getOrDefault(id, Figures.NONE);
			Mean review = mean(f.generalCaseIds(), scores);
			long complaints = upheld.getOrDefault(id, 0L);
			BigDecimal timeliness = percent(f.periodsMet(), f.periodsBreached());
			// a body without case work has no case part (docs/adr/0039-assessments.md): it is scored on its ratings
			// alone, and without ratings either it is not scored
			BigDecimal caseScore = !active(f) ? null
					: weighted(new Part(settings.bodyTimeliness(), timeliness),
							new Part(settings.bodyReview(), review.value()), new Part(settings.bodyComplaints(),
									complaintScore(complaints, settings.bodyComplaintPoints())));
			Ratings r = rated.get(id);
			Weight weight = weights.get(id);
			boolean ratingCounts = r != null && weight.percent() > 0;
			BigDecimal score = caseScore;
			if (ratingCounts && caseScore == null) {
				score = r.meanScore().setScale(2, RoundingMode.HALF_UP);
			}
			else if (ratingCounts) {
				score = Objects.requireNonNull(new Assessment(weight.percent(), r.meanScore(), caseScore).combined());
			}
			result.add(new BodyAssessment(id, body.name(), weight.responderKind(), f.generalCases(), f.simpleCases(),
					f.periodsMet(), f.periodsBreached(), timeliness, review.count(), review.value(), complaints,
					caseScore, r == null ? 0 : r.count(), r == null ? null : r.meanScore(), weight.percent(), score,
					officers.getOrDefault(id, 0L).intValue()));
		}
		result.sort(Comparator.comparing(BodyAssessment::score, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(BodyAssessment::body));
		return result;
	}

	/**
	 * The latest kept self-review scores of the general cases handled, asked in slices: the engine's query binds each id
	 * as a parameter, and a year of a large body must stay under the driver's limit.
	 */
	private Map<Long, BigDecimal> latestScores(Collection<Figures> figures) {
		List<Long> ids = figures.stream().flatMap(f -> f.generalCaseIds().stream()).distinct().toList();
		Map<Long, BigDecimal> scores = new HashMap<>();
		for (int i = 0; i < ids.size(); i += REVIEW_SLICE) {
			scores.putAll(reviews.latestScores(ids.subList(i, Math.min(ids.size(), i + REVIEW_SLICE))));
		}
		return scores;
	}

	/** Complaints concluded in the period with a finding that upholds them, per officer's certificate number. */
	private Map<String, Long> upheldByCertificate(Collection<String> certificates, AssessmentPeriod period) {
		return upheld("certificate", certificates.toArray(String[]::new), period, String.class);
	}

	/** Complaints about each body concluded in the period with a finding that upholds them. */
	private Map<Long, Long> upheldByBody(Collection<Long> bodies, AssessmentPeriod period) {
		return upheld("body_id", bodies.toArray(Long[]::new), period, Long.class);
	}

	/** Upheld complaints concluded in the period, counted per value of {@code column} among {@code keys}. */
	private <K> Map<K, Long> upheld(String column, K[] keys, AssessmentPeriod period, Class<K> type) {
		Map<K, Long> counts = new HashMap<>();
		if (keys.length == 0) {
			return counts;
		}
		jdbc.sql("""
				select %1$s, count(*) from supervision_complaint
				where %1$s = any(:keys) and state = 'CONCLUDED' and finding = any(:findings)
				  and closed_on between :from and :to group by %1$s""".formatted(column))
			.param("keys", keys).param("findings", findings())
			.param("from", period.from()).param("to", period.to())
			.query(rs -> {
				counts.put(rs.getObject(1, type), rs.getLong(2));
			});
		return counts;
	}

	private String[] findings() {
		return settings.upheldFindings().stream().map(Finding::name).toArray(String[]::new);
	}

	/**
	 * Whether there is anything of its own work to assess in the period: cases handled or periods run. Without, an
	 * officer is not assessed, nor a body unless the townships rated it (no score, ranked last).
	 */
	static boolean active(Figures f) {
		return f.cases() > 0 || f.periodsMet() + f.periodsBreached() > 0;
	}

	/** A part of a score: its weight and its score out of 100, none when there is nothing to score. */
	record Part(int weight, @Nullable BigDecimal score) {
	}

	/** The weighted mean of the parts that have a score; a part without one leaves its weight out. */
	static BigDecimal weighted(Part... parts) {
		BigDecimal sum = BigDecimal.ZERO;
		int weights = 0;
		for (Part part : parts) {
			if (part.score() != null && part.weight() > 0) {
				sum = sum.add(part.score().multiply(BigDecimal.valueOf(part.weight())));
				weights += part.weight();
			}
		}
		return weights == 0 ? BigDecimal.ZERO.setScale(2)
				: sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	/** The share of periods met, in percent (one decimal); none without periods. */
	static @Nullable BigDecimal percent(long met, long breached) {
		return met + breached == 0 ? null
				: BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(met + breached), 1, RoundingMode.HALF_UP);
	}

	/** 100 less the configured points per upheld complaint, never below 0. */
	static BigDecimal complaintScore(long upheld, BigDecimal points) {
		return HUNDRED.subtract(points.multiply(BigDecimal.valueOf(upheld))).max(BigDecimal.ZERO);
	}

	/** The hours taken against the target pro-rated to the period, at most 100. */
	static BigDecimal trainingScore(BigDecimal hours, BigDecimal target) {
		if (target.signum() <= 0) {
			return HUNDRED;
		}
		return hours.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP).min(HUNDRED);
	}

	private record Mean(long count, @Nullable BigDecimal value) {
	}

	private static Mean mean(List<Long> caseIds, Map<Long, BigDecimal> scores) {
		List<BigDecimal> kept = caseIds.stream().map(scores::get).filter(Objects::nonNull).toList();
		if (kept.isEmpty()) {
			return new Mean(0, null);
		}
		BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Mean(kept.size(), sum.divide(BigDecimal.valueOf(kept.size()), 1, RoundingMode.HALF_UP));
	}

	private static Map<Long, String> names(List<Organization> bodies) {
		Map<Long, String> names = new LinkedHashMap<>();
		bodies.forEach(b -> names.put(b.id().value(), b.name()));
		return names;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	private static boolean has(String authority) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}
}
