package cn.oneteam.supervision.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import cn.oneteam.casehandling.ClosedCases;
import cn.oneteam.casehandling.ClosedCases.ClosedCase;
import cn.oneteam.identity.Permission;
import cn.oneteam.identity.PermissionHolders;
import cn.oneteam.inspection.draw.DrawEngine;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.campaign.CampaignRepository.CaseRow;
import cn.oneteam.supervision.campaign.CampaignRepository.Row;
import cn.oneteam.supervision.campaign.CampaignRepository.ScoreRow;
import cn.oneteam.supervision.campaign.CampaignRepository.StratumRow;
import cn.oneteam.supervision.campaign.CampaignViews.Campaign;
import cn.oneteam.supervision.campaign.CampaignViews.Draw;
import cn.oneteam.supervision.campaign.CampaignViews.DrawnCase;
import cn.oneteam.supervision.campaign.CampaignViews.Group;
import cn.oneteam.supervision.campaign.CampaignViews.ItemScore;
import cn.oneteam.supervision.campaign.CampaignViews.NewCampaign;
import cn.oneteam.supervision.campaign.CampaignViews.Results;
import cn.oneteam.supervision.campaign.CampaignViews.Reviewer;
import cn.oneteam.supervision.campaign.CampaignViews.Scores;
import cn.oneteam.supervision.campaign.CampaignViews.Sheet;
import cn.oneteam.supervision.campaign.CampaignViews.SheetItem;
import cn.oneteam.supervision.campaign.CampaignViews.Stratum;
import cn.oneteam.supervision.review.SelfReview;
import cn.oneteam.supervision.review.SelfReviews;
import cn.oneteam.supervision.standard.ScoringStandard;
import cn.oneteam.supervision.standard.ScoringStandard.Grade;
import cn.oneteam.supervision.standard.ScoringStandards;
import cn.oneteam.supervision.standard.StandardItem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案卷评查 (docs/adr/0035-review-campaigns-and-rectification.md): a 司法局's supervisor creates a campaign over the cases
 * of its jurisdiction closed between two days; the draw — once, with a seed made at that moment — takes per body the
 * cases with the smallest keys {@code SHA-256(seed|reference)} by the inspections' engine (docs/adr/0026-the-draw.md);
 * the reviewers score every item of the standard, the machine items prefilled by the self-review; every step is in the
 * campaign's full-process record and nothing is deleted.
 */
@Service
public class Campaigns {

	private final CampaignRepository repository;

	private final ClosedCases closedCases;

	private final ScoringStandards standards;

	private final SelfReviews selfReviews;

	private final PermissionHolders holders;

	private final Organizations organizations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final boolean refuseOwnBody;

	private final SecureRandom random = new SecureRandom();

	Campaigns(CampaignRepository repository, ClosedCases closedCases, ScoringStandards standards,
			SelfReviews selfReviews, PermissionHolders holders, Organizations organizations,
			ApplicationEventPublisher publisher, Clock clock,
			@Value("${oneteam.supervision.campaign.refuse-own-body:true}") boolean refuseOwnBody) {
		this.repository = repository;
		this.closedCases = closedCases;
		this.standards = standards;
		this.selfReviews = selfReviews;
		this.holders = holders;
		this.organizations = organizations;
		this.publisher = publisher;
		this.clock = clock;
		this.refuseOwnBody = refuseOwnBody;
	}

	/**
	 * How many of a body's {@code size} closed cases are drawn: none of none; otherwise the ratio of them rounded up,
	 * at least {@code minimum}, at most all of them.
	 */
	public static int drawCount(int size, BigDecimal ratioPercent, int minimum) {
		if (size <= 0) {
			return 0;
		}
		int n = BigDecimal.valueOf(size).multiply(ratioPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
			.intValueExact();
		return Math.min(size, Math.max(n, minimum));
	}

	/** The accounts that may review in the caller's jurisdiction: supervision:review of a body within it. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<Reviewer> reviewers(ScopedPrincipal caller) {
		Set<Long> orgs = new HashSet<>();
		orgs.add(caller.organizationId());
		organizations.visibleIn(caller.jurisdiction()).stream()
			.filter(o -> o.isWithin(caller.jurisdiction()))
			.forEach(o -> orgs.add(o.id().value()));
		return holders.holding(Permission.SUPERVISION_REVIEW, orgs).stream()
			.map(h -> new Reviewer(h.accountId(), h.username(), h.displayName(), h.organizationId()))
			.toList();
	}

	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Campaign create(NewCampaign c, ScopedPrincipal caller) {
		String name = required(c.name(), "name", 200);
		if (c.closedFrom() == null || c.closedTo() == null || c.closedFrom().isAfter(c.closedTo())) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-input", "closedFrom/closedTo");
		}
		BigDecimal ratio = c.ratioPercent();
		if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(BigDecimal.valueOf(100)) > 0 || ratio.scale() > 2) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-ratio", String.valueOf(ratio));
		}
		int minimum = c.minimumPerBody() == null ? 1 : c.minimumPerBody();
		if (minimum < 1 || minimum > 1000) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-input", "minimumPerBody");
		}
		ScoringStandard standard = c.standardId() == null
				? standards.inEffect(ScoringStandards.GENERAL, today())
					.orElseThrow(() -> new RuleViolation(RuleViolation.CONFLICT, "supervision.standard-none",
							ScoringStandards.GENERAL, today()))
				: standards.byId(c.standardId())
					.orElseThrow(() -> new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-input",
							"standardId"));
		List<Long> reviewerIds = c.reviewerIds() == null ? List.of() : c.reviewerIds().stream().distinct().toList();
		Set<Long> allowed = new HashSet<>(reviewers(caller).stream().map(Reviewer::accountId).toList());
		if (reviewerIds.isEmpty() || reviewerIds.size() > 50) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-input", "reviewerIds");
		}
		for (Long id : reviewerIds) {
			if (id == null || !allowed.contains(id)) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-reviewer-invalid",
						String.valueOf(id));
			}
		}
		OffsetDateTime at = now();
		long id = repository.insert(name, caller.organizationId(), caller.jurisdiction().codes(), c.closedFrom(),
				c.closedTo(), standard.id(), ratio, minimum, reviewerIds, caller.accountId(), at);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("name", name);
		facts.put("closedFrom", c.closedFrom().toString());
		facts.put("closedTo", c.closedTo().toString());
		facts.put("standard", standard.label());
		facts.put("ratioPercent", ratio.toPlainString());
		facts.put("minimumPerBody", minimum);
		facts.put("reviewers", reviewerIds);
		facts.put("scope", caller.jurisdiction().isNationwide() ? List.of("*") : caller.jurisdiction().codes());
		publisher.publishEvent(new StepRecorded(StepRecorded.CAMPAIGN, id, "created", caller.accountId(), at, facts));
		return campaign(id, caller);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<Campaign> list(ScopedPrincipal caller) {
		return views(repository.visible(caller.organizationId(), caller.accountId(),
				caller.jurisdiction().isNationwide()));
	}

	/** One campaign; 404 unless the caller's organisation made it or the caller reviews it. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public Campaign campaign(long id, ScopedPrincipal caller) {
		return views(List.of(visible(id, caller))).get(0);
	}

	/**
	 * The draw, once (409 {@code supervision.campaign-drawn} again): the closed general-procedure cases of the
	 * campaign's jurisdiction closed within its days, one stratum per body (by the body's code, bodies by code), the
	 * references by code order, n per {@link #drawCount}; a body without closed cases has no stratum.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Draw draw(long id, ScopedPrincipal caller) {
		Row row = repository.lock(id).filter(r -> r.organizationId() == caller.organizationId())
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.campaign-unknown", id));
		if (row.seed() != null) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.campaign-drawn", row.drawnAt());
		}
		JurisdictionScope scope = row.scopeCodes().contains("*") || row.scopeCodes().isEmpty()
				? JurisdictionScope.nationwide()
				: JurisdictionScope.of(row.scopeCodes().stream().map(DivisionCode::of).toList());
		Map<Long, List<ClosedCase>> byBody = new HashMap<>();
		for (ClosedCase c : closedCases.closedBetween(row.closedFrom(), row.closedTo(), scope)) {
			byBody.computeIfAbsent(c.bodyId(), b -> new ArrayList<>()).add(c);
		}
		Map<Long, Organization> bodies = new HashMap<>();
		byBody.keySet().forEach(b -> bodies.put(b, organizations.find(new OrganizationId(b)).orElseThrow()));
		List<Long> order = byBody.keySet().stream()
			.sorted(java.util.Comparator.comparing((Long b) -> stratumName(bodies.get(b))).thenComparing(b -> b))
			.toList();
		List<DrawEngine.Stratum> strata = new ArrayList<>();
		Map<String, Map<String, ClosedCase>> byReference = new HashMap<>();
		for (long body : order) {
			Map<String, ClosedCase> references = new java.util.TreeMap<>();
			for (ClosedCase c : byBody.get(body)) {
				String reference = references.containsKey(c.reference()) || c.reference().indexOf('\n') >= 0
						? c.reference().replace('\n', ' ') + "#" + c.caseId() : c.reference();
				references.put(reference, c);
			}
			String name = stratumName(bodies.get(body));
			byReference.put(name, references);
			List<String> codes = List.copyOf(references.keySet());
			strata.add(new DrawEngine.Stratum(name, DrawEngine.Codes.of(codes),
					drawCount(codes.size(), row.ratioPercent(), row.minimumPerBody())));
		}
		String seed = DrawEngine.newSeed(random);
		List<DrawEngine.Drawn> drawn = DrawEngine.drawSubjects(seed, strata);
		String population = DrawEngine.populationText(strata);
		String sha = DrawEngine.populationSha256(strata);
		OffsetDateTime at = now();
		repository.drawn(id, seed, sha, population, at, caller.accountId());
		List<Map<String, Object>> recorded = new ArrayList<>();
		for (int i = 0; i < drawn.size(); i++) {
			DrawEngine.Drawn d = drawn.get(i);
			long body = order.get(i);
			repository.insertStratum(id, new StratumRow(i, body, d.stratum(), d.size(), d.n()));
			for (int j = 0; j < d.drawn().size(); j++) {
				String reference = d.drawn().get(j);
				ClosedCase c = byReference.get(d.stratum()).get(reference);
				repository.insertCase(id, new CaseRow(c.caseId(), body, reference, c.domain(), j));
			}
			recorded.add(Map.of("stratum", d.stratum(), "bodyId", body, "size", d.size(), "n", d.n(),
					"drawn", d.drawn()));
		}
		publisher.publishEvent(new StepRecorded(StepRecorded.CAMPAIGN, id, "drawn", caller.accountId(), at,
				Map.of("seed", seed, "populationSha256", sha, "strata", recorded)));
		return publishedDraw(id, caller);
	}

	/** The draw as published for recomputing; 404 before the draw. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public Draw publishedDraw(long id, ScopedPrincipal caller) {
		Row row = visible(id, caller);
		if (row.seed() == null || row.drawnAt() == null || row.populationSha256() == null) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "supervision.campaign-not-drawn", id);
		}
		Map<Long, List<String>> drawn = new HashMap<>();
		for (CaseRow c : repository.cases(id)) {
			drawn.computeIfAbsent(c.bodyId(), b -> new ArrayList<>()).add(c.reference());
		}
		Map<Long, String> names = new HashMap<>();
		List<Stratum> strata = repository.strata(id).stream()
			.map(s -> new Stratum(s.stratum(), s.bodyId(), bodyName(s.bodyId(), names), s.size(), s.n(),
					drawn.getOrDefault(s.bodyId(), List.of())))
			.toList();
		return new Draw(id, row.name(), row.seed(), row.populationSha256(), row.drawnAt(), strata, List.of(), 0);
	}

	/** The population text exactly as drawn (docs/adr/0026-the-draw.md); 404 before the draw. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public String population(long id, ScopedPrincipal caller) {
		publishedDraw(id, caller);
		return repository.population(id);
	}

	/** The drawn cases with where their scoring stands, by body. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<DrawnCase> cases(long id, ScopedPrincipal caller) {
		Row row = visible(id, caller);
		ScoringStandard standard = standard(row);
		Map<Long, Map<String, ScoreRow>> scores = scoresByCase(id);
		Map<Long, String> names = new HashMap<>();
		return repository.cases(id).stream().map(c -> {
			Tally t = tally(standard, scores.getOrDefault(c.caseId(), Map.of()));
			return new DrawnCase(c.caseId(), c.bodyId(), bodyName(c.bodyId(), names), c.reference(), c.domain(),
					t.scored, standard.items().size(), t.score(), t.grade(standard), t.vetoed);
		}).toList();
	}

	/** The score sheet of a drawn case: 404 when the case was not drawn for the campaign. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public Sheet sheet(long id, long caseId, ScopedPrincipal caller) {
		Row row = visible(id, caller);
		CaseRow drawn = drawnCase(id, caseId);
		ScoringStandard standard = standard(row);
		Locale locale = LocaleContextHolder.getLocale();
		SelfReview self = selfReviews.review(caseId, locale);
		boolean sameStandard = self.standard().equals(standard.label());
		Map<String, ScoreRow> scores = scoresByCase(id).getOrDefault(caseId, Map.of());
		List<SheetItem> items = new ArrayList<>();
		for (StandardItem item : standard.items()) {
			Prefill prefill = sameStandard && item.machineChecked() ? prefill(item, self) : null;
			ScoreRow s = scores.get(item.code());
			items.add(new SheetItem(item.code(), item.title(locale), item.kind().name(), item.category().name(),
					item.points(), item.machineChecked(), prefill == null ? null : prefill.points(),
					prefill != null && prefill.failed(), prefill == null ? null : prefill.reason(), s != null,
					s == null ? null : s.points(), s != null && s.failed(), s == null ? null : s.reason(),
					s == null ? null : s.source(), s == null ? null : s.scoredAt()));
		}
		Tally t = tally(standard, scores);
		return new Sheet(id, caseId, drawn.reference(), drawn.bodyId(), bodyName(drawn.bodyId(), new HashMap<>()),
				drawn.domain(), standard.label(), items, t.scored == standard.items().size(), t.score(),
				t.grade(standard), t.vetoed, !sameStandard);
	}

	/**
	 * Scores items of a drawn case, by one of the campaign's reviewers (403 {@code supervision.campaign-not-reviewer}),
	 * never of his own body's case when so configured (403 {@code supervision.campaign-own-body}): a scored item's
	 * points from 0 to its points (400 {@code supervision.campaign-score-range}), a reason for any loss or veto
	 * (400 {@code supervision.campaign-reason-required}). Each score is a new row, recorded.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Sheet score(long id, long caseId, Scores scores, ScopedPrincipal caller) {
		Row row = repository.lock(id).orElseThrow(() -> unknown(id));
		visible(row, caller);
		CaseRow drawn = drawnCase(id, caseId);
		if (!row.reviewerIds().contains(caller.accountId())) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "supervision.campaign-not-reviewer");
		}
		if (refuseOwnBody && drawn.bodyId() == caller.organizationId()) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "supervision.campaign-own-body", drawn.reference());
		}
		ScoringStandard standard = standard(row);
		Map<String, StandardItem> items = new LinkedHashMap<>();
		standard.items().forEach(i -> items.put(i.code(), i));
		Map<String, ItemScore> given = new LinkedHashMap<>();
		for (ItemScore s : scores.items() == null ? List.<ItemScore>of() : scores.items()) {
			if (s == null || s.item() == null || !items.containsKey(s.item())) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-item-unknown",
						s == null ? "null" : String.valueOf(s.item()));
			}
			given.put(s.item(), s);
		}
		Map<String, String> source = new HashMap<>();
		given.keySet().forEach(k -> source.put(k, "REVIEWER"));
		if (Boolean.TRUE.equals(scores.confirmMachine())) {
			SelfReview self = selfReviews.review(caseId, LocaleContextHolder.getLocale());
			if (self.standard().equals(standard.label())) {
				for (StandardItem item : standard.items()) {
					if (item.machineChecked() && !given.containsKey(item.code())) {
						Prefill p = prefill(item, self);
						given.put(item.code(), new ItemScore(item.code(),
								item.kind() == StandardItem.Kind.SCORED ? p.points() : null, p.failed(), p.reason()));
						source.put(item.code(), "MACHINE");
					}
				}
			}
		}
		if (given.isEmpty()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-input", "items");
		}
		OffsetDateTime at = now();
		List<Map<String, Object>> recorded = new ArrayList<>();
		for (ItemScore s : given.values()) {
			StandardItem item = items.get(s.item());
			BigDecimal points = null;
			boolean failed = false;
			String reason = s.reason() == null || s.reason().isBlank() ? null : s.reason().strip();
			if (reason != null && reason.length() > 1000) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-input", "reason");
			}
			if (item.kind() == StandardItem.Kind.SCORED) {
				points = s.points();
				if (points == null || points.signum() < 0 || points.compareTo(item.points()) > 0 || points.scale() > 1) {
					throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-score-range", item.code(),
							points == null ? "-" : points.stripTrailingZeros().toPlainString(),
							item.points().stripTrailingZeros().toPlainString());
				}
				if (points.compareTo(item.points()) < 0 && reason == null) {
					throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-reason-required",
							item.code());
				}
			}
			else {
				failed = Boolean.TRUE.equals(s.failed());
				if (failed && reason == null) {
					throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-reason-required",
							item.code());
				}
			}
			repository.insertScore(id, caseId, item.code(), points, failed, reason, source.get(item.code()),
					caller.accountId(), at);
			Map<String, Object> fact = new LinkedHashMap<>();
			fact.put("item", item.code());
			if (points != null) {
				fact.put("points", points.toPlainString());
			}
			fact.put("failed", failed);
			if (reason != null) {
				fact.put("reason", reason);
			}
			fact.put("source", source.get(item.code()));
			recorded.add(fact);
		}
		publisher.publishEvent(new StepRecorded(StepRecorded.CAMPAIGN, id, "scored", caller.accountId(), at,
				Map.of("caseId", caseId, "reference", drawn.reference(), "items", recorded)));
		return sheet(id, caseId, caller);
	}

	/** Results per body and per domain of the fully scored cases: mean, grades, vetoed files. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public Results results(long id, ScopedPrincipal caller) {
		Row row = visible(id, caller);
		List<DrawnCase> cases = cases(id, caller);
		Group overall = group("ALL", row.name(), cases);
		return new Results(id, row.name(), overall, groups(cases, DrawnCase::bodyId, c -> c.bodyName()),
				groups(cases, DrawnCase::domain, DrawnCase::domain));
	}

	private static <K> List<Group> groups(List<DrawnCase> cases, Function<DrawnCase, K> key,
			Function<DrawnCase, String> name) {
		Map<K, List<DrawnCase>> by = new LinkedHashMap<>();
		cases.forEach(c -> by.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
		return by.entrySet().stream()
			.map(e -> group(String.valueOf(e.getKey()), name.apply(e.getValue().get(0)), e.getValue()))
			.toList();
	}

	private static Group group(String key, String name, List<DrawnCase> cases) {
		List<DrawnCase> scored = cases.stream().filter(DrawnCase::complete).toList();
		BigDecimal mean = scored.isEmpty() ? null
				: scored.stream().map(DrawnCase::score).reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(scored.size()), 1, RoundingMode.HALF_UP);
		return new Group(key, name, cases.size(), scored.size(), mean,
				(int) scored.stream().filter(c -> c.grade() == Grade.EXCELLENT).count(),
				(int) scored.stream().filter(c -> c.grade() == Grade.PASS).count(),
				(int) scored.stream().filter(c -> c.grade() == Grade.FAIL).count(),
				(int) scored.stream().filter(DrawnCase::vetoed).count());
	}

	/** A body's stratum name: its code (no comma, no line break), else {@code body-{id}}. */
	private static String stratumName(Organization body) {
		String code = body.code();
		return code.isBlank() || code.indexOf(',') >= 0 || code.indexOf('\n') >= 0 || code.indexOf('\r') >= 0
				|| code.length() > 60 ? "body-" + body.id().value() : code;
	}

	private record Prefill(@Nullable BigDecimal points, boolean failed, @Nullable String reason) {
	}

	/** The self-review's finding on a machine item: the item's points less its deductions, or failed with the veto. */
	private static Prefill prefill(StandardItem item, SelfReview self) {
		if (item.kind() == StandardItem.Kind.VETO) {
			List<String> reasons = self.vetoes().stream().filter(v -> v.item().equals(item.code()))
				.map(SelfReview.Veto::reason).toList();
			return new Prefill(null, !reasons.isEmpty(), reasons.isEmpty() ? null : String.join("; ", reasons));
		}
		List<SelfReview.Deduction> deductions = self.deductions().stream()
			.filter(d -> d.item().equals(item.code()))
			.toList();
		BigDecimal lost = deductions.stream().map(SelfReview.Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Prefill(item.points().subtract(lost).max(BigDecimal.ZERO), false, deductions.isEmpty() ? null
				: String.join("; ", deductions.stream().map(SelfReview.Deduction::reason).toList()));
	}

	private static final class Tally {

		int scored;

		boolean vetoed;

		BigDecimal points = BigDecimal.ZERO;

		int items;

		@Nullable BigDecimal score() {
			if (scored < items) {
				return null;
			}
			return vetoed ? BigDecimal.ZERO : points;
		}

		@Nullable Grade grade(ScoringStandard standard) {
			BigDecimal score = score();
			return score == null ? null : standard.grade(score, vetoed);
		}
	}

	private static Tally tally(ScoringStandard standard, Map<String, ScoreRow> scores) {
		Tally t = new Tally();
		t.items = standard.items().size();
		for (StandardItem item : standard.items()) {
			ScoreRow s = scores.get(item.code());
			if (s == null) {
				continue;
			}
			t.scored++;
			t.vetoed |= s.failed();
			if (s.points() != null) {
				t.points = t.points.add(s.points());
			}
		}
		return t;
	}

	private Map<Long, Map<String, ScoreRow>> scoresByCase(long id) {
		Map<Long, Map<String, ScoreRow>> by = new HashMap<>();
		repository.scores(id).forEach(s -> by.computeIfAbsent(s.caseId(), c -> new HashMap<>()).put(s.item(), s));
		return by;
	}

	private CaseRow drawnCase(long id, long caseId) {
		return repository.cases(id).stream().filter(c -> c.caseId() == caseId).findFirst()
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.campaign-case-unknown", caseId));
	}

	private ScoringStandard standard(Row row) {
		return standards.byId(row.standardId()).orElseThrow();
	}

	private Row visible(long id, ScopedPrincipal caller) {
		return visible(repository.find(id).orElseThrow(() -> unknown(id)), caller);
	}

	private static Row visible(Row row, ScopedPrincipal caller) {
		if (row.organizationId() == caller.organizationId() || row.reviewerIds().contains(caller.accountId())
				|| caller.jurisdiction().isNationwide()) {
			return row;
		}
		throw unknown(row.id());
	}

	private static RuleViolation unknown(long id) {
		return new RuleViolation(RuleViolation.NOT_FOUND, "supervision.campaign-unknown", id);
	}

	/** The campaigns as shown, in a fixed number of queries whatever their number. */
	private List<Campaign> views(List<Row> rows) {
		Map<Long, Reviewer> byId = new HashMap<>();
		holders.accounts(rows.stream().flatMap(r -> r.reviewerIds().stream()).distinct().toList())
			.forEach(h -> byId.put(h.accountId(), new Reviewer(h.accountId(), h.username(), h.displayName(),
					h.organizationId())));
		Map<Long, ScoringStandard> standards = new HashMap<>();
		rows.forEach(r -> standards.computeIfAbsent(r.standardId(), s -> standard(r)));
		Map<Long, CampaignRepository.Counts> counts = repository.counts(rows.stream().map(Row::id).toList(),
				rows.stream().map(r -> Objects.requireNonNull(standards.get(r.standardId())).items().size()).toList());
		return rows.stream().map(row -> {
			List<Reviewer> reviewers = row.reviewerIds().stream()
				.map(r -> byId.getOrDefault(r, new Reviewer(r, "#" + r, "#" + r, 0)))
				.toList();
			ScoringStandard standard = Objects.requireNonNull(standards.get(row.standardId()));
			CampaignRepository.Counts c = counts.getOrDefault(row.id(), new CampaignRepository.Counts(0, 0));
			return new Campaign(row.id(), row.name(), row.organizationId(), row.closedFrom(), row.closedTo(),
					row.standardId(), standard.label(), row.ratioPercent(), row.minimumPerBody(), reviewers,
					row.createdAt(), row.drawnAt(), c.drawn(), c.scored());
		}).toList();
	}

	private String bodyName(long bodyId, Map<Long, String> names) {
		return names.computeIfAbsent(bodyId,
				b -> organizations.find(new OrganizationId(b)).map(Organization::name).orElse(String.valueOf(b)));
	}

	private static String required(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-input", field);
		}
		return value.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}
}
