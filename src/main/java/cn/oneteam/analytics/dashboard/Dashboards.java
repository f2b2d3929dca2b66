package cn.oneteam.analytics.dashboard;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.StaffingFigures;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboards from the counters (docs/adr/0050-dashboards-and-projections.md), whatever the number of cases or
 * events behind them: from a county down one grouped query over the township × body counters by the division-code
 * prefix and the period, with a grouping set per child division and one per body; above a county the areas' rollup,
 * and a prefecture's bodies ranked from the counters of the ranked measures. Checks who may open which dashboard and
 * which divisions (403 outside the viewer's jurisdiction), and the period (400); 409 while a recount locks the
 * counters.
 */
@Service
class Dashboards {

	/** The longest period a dashboard covers: a sanity bound, not a rule. */
	static final int MAX_PERIOD_DAYS = 3660;

	/** The indicators the bodies are ranked by (docs/adr/0050-dashboards-and-projections.md, "Fair rankings"). */
	private static final List<String> BODY_RANKINGS = List.of("caseOnTime", "replyOnTime");

	/** The indicators the child divisions are ranked by. */
	private static final List<String> DIVISION_RANKINGS = List.of("caseOnTime", "replyOnTime", "satisfaction");

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Organizations organizations;

	private final StaffingSnapshots staffing;

	private final Clock clock;

	private final int minSample;

	Dashboards(JdbcClient jdbc, Regions regions, Organizations organizations, StaffingSnapshots staffing, Clock clock,
			@Value("${oneteam.analytics.ranking-min-sample:30}") int minSample) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.organizations = organizations;
		this.staffing = staffing;
		this.clock = clock;
		this.minSample = minSample;
	}

	/**
	 * The dashboard of a role for a division (default: the first of the viewer's jurisdiction) and period (default:
	 * this year up to today, Beijing time). 403 {@code dashboard.role-forbidden} for a dashboard not the viewer's,
	 * {@code dashboard.outside-jurisdiction} for a division outside the viewer's jurisdiction; 400
	 * {@code dashboard.period-invalid} for a period that ends before it starts or is longer than ten years.
	 */
	@Transactional(readOnly = true)
	public Dashboard view(DashboardRole role, @Nullable DivisionCode division, @Nullable LocalDate from,
			@Nullable LocalDate to, ScopedPrincipal caller, Set<String> authorities) {
		if (!role.permits(authorities)) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "dashboard.role-forbidden", role.slug());
		}
		JurisdictionScope scope = caller.jurisdiction();
		DivisionCode area = division != null ? division : defaultArea(scope);
		if (!scope.covers(area)) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "dashboard.outside-jurisdiction", area.value());
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate end = to != null ? to : today;
		LocalDate start = from != null ? from : end.withDayOfYear(1);
		if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_PERIOD_DAYS) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "dashboard.period-invalid", start, end);
		}
		Division place = regions.require(area);
		Long body = role == DashboardRole.HEAD ? caller.organizationId() : null;

		// above a county (the bureau head aside) the areas' rollup gives the whole and the children, and the bodies are
		// only ranked, a prefecture's from the counters of the ranked measures (docs/adr/0050-dashboards-and-projections.md,
		// "Reading a dashboard: above a county")
		boolean aboveCounty = body == null
				&& (area.level() == DivisionLevel.PROVINCE || area.level() == DivisionLevel.CITY);
		boolean ranking = role == DashboardRole.LEADER || role == DashboardRole.SUPERVISOR;
		Map<String, Figures> perChild = new LinkedHashMap<>();
		Map<String, Figures> perBody = new LinkedHashMap<>();
		Figures total = Figures.empty();
		// a recount locks the projection's tables for minutes: the view gives up at once rather than hold a pooled
		// connection (docs/adr/0050-dashboards-and-projections.md, "Recount")
		jdbc.sql("set local lock_timeout = '500ms'").update();
		try {
			if (aboveCounty) {
				areas(area, start, end, total, perChild);
				if (ranking && area.level() == DivisionLevel.CITY) {
					rankedBodies(area, start, end, perBody);
				}
			}
			else {
				grouped(area, start, end, body, perChild, perBody);
				perBody.values().forEach(total::addAll);
			}
		}
		catch (DataAccessException failed) {
			// 55P03: lock_not_available, which Spring leaves uncategorised
			if (failed instanceof PessimisticLockingFailureException
					|| failed.getMostSpecificCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
				throw new RuleViolation(RuleViolation.CONFLICT, "dashboard.recounting");
			}
			throw failed;
		}
		List<Dashboard.Line> children = new ArrayList<>();
		if (area.level() != DivisionLevel.TOWNSHIP && area.level() != DivisionLevel.VILLAGE) {
			for (Division child : regions.children(area)) {
				children.add(new Dashboard.Line(child.name(), child.code().value(), null,
						perChild.getOrDefault(child.code().value(), Figures.empty())));
			}
		}
		// the names of the bodies shown (and the bureau head's own) only, not of every organisation
		Map<Long, Organization> known = new LinkedHashMap<>();
		List<OrganizationId> named = new ArrayList<>();
		perBody.keySet().forEach(id -> named.add(new OrganizationId(Long.parseLong(id))));
		if (body != null) {
			named.add(new OrganizationId(body));
		}
		organizations.findAll(named).forEach(o -> known.put(o.id().value(), o));
		List<Dashboard.Line> bodies = new ArrayList<>();
		perBody.forEach((id, figures) -> {
			long bodyId = Long.parseLong(id);
			Organization o = known.get(bodyId);
			bodies.add(new Dashboard.Line(o == null ? "" : o.name(), null, bodyId, figures));
		});
		bodies.sort(Comparator.comparing(Dashboard.Line::name));

		List<Dashboard.Ranking> rankings = new ArrayList<>();
		if (ranking) {
			List<Dashboard.Line> rankedBodies = bodies.stream().filter(l -> l.bodyId() != 0L).toList();
			if (area.level() != DivisionLevel.PROVINCE) {
				for (String indicator : BODY_RANKINGS) {
					rankings.add(rank(indicator, "bodies", rankedBodies, Figures.rate(indicator)));
				}
			}
			if (!children.isEmpty()) {
				for (String indicator : DIVISION_RANKINGS) {
					rankings.add(rank(indicator, "divisions", children, Figures.rate(indicator)));
				}
			}
		}
		StaffingFigures staff = null;
		if (role == DashboardRole.LEADER || role == DashboardRole.HEAD) {
			if (body == null) {
				staff = staffing.figures(area, end, scope, null);
			}
			else if (known.containsKey(body)) {
				staff = staffing.figures(area, end, scope, known.get(body).code());
			}
		}
		// items placed at this division itself (a county-level case, say) under no child: an "at this level" line, so
		// that the children add up to the total
		Figures own = aboveCounty ? total.less(List.copyOf(perChild.values())) : perChild.get(area.value());
		if (own != null && !own.isEmpty() && !children.isEmpty()) {
			children.add(new Dashboard.Line(place.name(), area.value(), null, own));
		}
		List<Dashboard.Place> path = regions.path(area).stream()
			.filter(d -> scope.covers(d.code()))
			.map(d -> new Dashboard.Place(d.code().value(), d.name()))
			.toList();
		return new Dashboard(role, area.value(), place.name(), path, start, end, body, total, children,
				aboveCounty ? List.of() : bodies, rankings, staff);
	}

	/** The viewer's first division; for a nationwide viewer, the first province. */
	private DivisionCode defaultArea(JurisdictionScope scope) {
		return scope.isNationwide() ? regions.provinces().get(0).code() : scope.divisions().stream().sorted().findFirst()
			.orElseThrow(() -> new RuleViolation(RuleViolation.FORBIDDEN, "dashboard.outside-jurisdiction", "-"));
	}

	/**
	 * The counters of a division from a county down (or of the bureau head's own body) and period, summed per child
	 * division (its code) and per body (its id) in one pass over the township × body counters.
	 */
	private void grouped(DivisionCode area, LocalDate from, LocalDate to, @Nullable Long body,
			Map<String, Figures> perChild, Map<String, Figures> perBody) {
		int childLength = switch (area.level()) {
			case PROVINCE -> 4;
			case CITY -> 6;
			default -> 9;
		};
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("body", body == null ? -1L : body);
		String rows = overPeriod("analytics_counter", "analytics_counter_month",
				"division_code, body_id, measure, dim, n, amount",
				"division_code like '%s%%' and (:body < 0 or body_id = :body)".formatted(area.value()), from, to, params);
		jdbc.sql("""
				select left(division_code, %1$d) as child, body_id, measure, dim, sum(n) as n, sum(amount) as amount
				from (%2$s) c
				group by grouping sets ((left(division_code, %1$d), measure, dim), (body_id, measure, dim))"""
				.formatted(childLength, rows))
			.params(params)
			.query((rs, n) -> {
				String child = rs.getString("child");
				(child != null ? perChild : perBody)
					.computeIfAbsent(child != null ? child : rs.getString("body_id"), k -> Figures.empty())
					.add(rs.getString("measure"), rs.getString("dim"),
							new Figures.Tally(rs.getLong("n"), rs.getBigDecimal("amount")));
				return 1;
			})
			.list();
	}

	/**
	 * The counters of a province or prefecture and period from the areas' rollup: its own row is its total, its
	 * children's rows (two digits longer) are the children's.
	 */
	private void areas(DivisionCode area, LocalDate from, LocalDate to, Figures total, Map<String, Figures> perChild) {
		int childLength = area.level() == DivisionLevel.PROVINCE ? 4 : 6;
		Map<String, Object> params = new LinkedHashMap<>();
		String rows = overPeriod("analytics_area_day", "analytics_area_month", "division_code, measure, dim, n, amount",
				"length(division_code) in (%d, %d) and division_code like '%s%%'"
					.formatted(area.value().length(), childLength, area.value()),
				from, to, params);
		jdbc.sql("""
				select division_code, measure, dim, sum(n) as n, sum(amount) as amount from (%s) c
				group by division_code, measure, dim""".formatted(rows))
			.params(params)
			.query((rs, n) -> {
				String code = rs.getString("division_code");
				(code.equals(area.value()) ? total : perChild.computeIfAbsent(code, k -> Figures.empty()))
					.add(rs.getString("measure"), rs.getString("dim"),
							new Figures.Tally(rs.getLong("n"), rs.getBigDecimal("amount")));
				return 1;
			})
			.list();
	}

	/** The counters of the measures the bodies are ranked by, per body of a prefecture, in the period. */
	private void rankedBodies(DivisionCode area, LocalDate from, LocalDate to, Map<String, Figures> perBody) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("measures", BODY_RANKINGS.stream().flatMap(i -> Figures.measuresOf(i).stream()).distinct().toList());
		String rows = overPeriod("analytics_counter", "analytics_counter_month", "body_id, measure, dim, n, amount",
				"measure in (:measures) and division_code like '%s%%'".formatted(area.value()), from, to, params);
		jdbc.sql("select body_id, measure, dim, sum(n) as n, sum(amount) as amount from (%s) c group by body_id, measure, dim"
			.formatted(rows))
			.params(params)
			.query((rs, n) -> {
				perBody.computeIfAbsent(rs.getString("body_id"), k -> Figures.empty())
					.add(rs.getString("measure"), rs.getString("dim"),
							new Figures.Tally(rs.getLong("n"), rs.getBigDecimal("amount")));
				return 1;
			})
			.list();
	}

	/**
	 * The rows of a period from a pair of counter tables (docs/adr/0050-dashboards-and-projections.md, "Scale: what was
	 * measured"): its whole months from the month table, its partial first and last months from the day table by day
	 * — only the branches the period needs, each a plain range the planner can take from an index. The condition
	 * writes a division prefix as a literal (a division code is digits only): a prepared statement's generic plan
	 * cannot bound an index by a parameter's prefix, and would read a province's rows for a township. A province's
	 * year groups some 10^5 rows: in memory, not in batches on disk.
	 */
	private String overPeriod(String days, String months, String columns, String condition, LocalDate from,
			LocalDate to, Map<String, Object> params) {
		String monthly = "select %s from %s where %s and month >= :firstMonth and month <= :lastMonth"
			.formatted(columns, months, condition);
		String daily = "select %s from %s where %s and day >= :first and day <= :last".formatted(columns, days, condition);
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate lastMonthEnd = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
		List<String> parts = new ArrayList<>();
		if (firstMonth.isAfter(lastMonthEnd)) {
			parts.add(daily.replace(":first", ":from").replace(":last", ":to"));
			params.put("from", from);
			params.put("to", to);
		}
		else {
			parts.add(monthly);
			params.put("firstMonth", firstMonth);
			params.put("lastMonth", lastMonthEnd.withDayOfMonth(1));
			if (from.isBefore(firstMonth)) {
				parts.add(daily.replace(":first", ":from").replace(":last", ":headEnd"));
				params.put("from", from);
				params.put("headEnd", firstMonth.minusDays(1));
			}
			if (to.isAfter(lastMonthEnd)) {
				parts.add(daily.replace(":first", ":tailStart").replace(":last", ":to"));
				params.put("tailStart", lastMonthEnd.plusDays(1));
				params.put("to", to);
			}
		}
		jdbc.sql("set local work_mem = '64MB'").update();
		return String.join(" union all ", parts);
	}

	/**
	 * Ranks the lines by a rate where the sample reaches the minimum (docs/adr/0050-dashboards-and-projections.md,
	 * "Fair rankings"): highest first, a larger sample first among equal rates, equal rates sharing a rank.
	 */
	Dashboard.Ranking rank(String indicator, String over, List<Dashboard.Line> lines,
			Function<Figures, Figures.Rate> rate) {
		List<Dashboard.Ranked> ranked = new ArrayList<>();
		List<Dashboard.Ranked> tooSmall = new ArrayList<>();
		List<Dashboard.Line> enough = new ArrayList<>();
		for (Dashboard.Line line : lines) {
			Figures.Rate r = rate.apply(line.figures());
			if (r.sample() >= minSample) {
				enough.add(line);
			}
			else if (r.sample() > 0) {
				tooSmall.add(new Dashboard.Ranked(0, line.name(), line.division(), line.bodyId(), r));
			}
		}
		enough.sort(Comparator.comparing((Dashboard.Line l) -> rate.apply(l.figures()).percent(),
				Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(l -> -rate.apply(l.figures()).sample())
			.thenComparing(Dashboard.Line::name));
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < enough.size(); i++) {
			Dashboard.Line line = enough.get(i);
			Figures.Rate r = rate.apply(line.figures());
			if (previous == null || r.percent() == null || r.percent().compareTo(previous) != 0) {
				rank = i + 1;
				previous = r.percent();
			}
			ranked.add(new Dashboard.Ranked(rank, line.name(), line.division(), line.bodyId(), r));
		}
		return new Dashboard.Ranking(indicator, over, minSample, ranked, tooSmall);
	}
}
