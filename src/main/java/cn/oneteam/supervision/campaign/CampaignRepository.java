package cn.oneteam.supervision.campaign;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The campaign tables (docs/adr/0035-review-campaigns-and-rectification.md). */
@Repository
class CampaignRepository {

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String name, long organizationId, List<String> scopeCodes, LocalDate closedFrom,
			LocalDate closedTo, long standardId, BigDecimal ratioPercent, int minimumPerBody, List<Long> reviewerIds,
			long createdBy, OffsetDateTime createdAt, @Nullable String seed, @Nullable String populationSha256,
			@Nullable OffsetDateTime drawnAt) {
	}

	record StratumRow(int position, long bodyId, String stratum, int size, int n) {
	}

	record CaseRow(long caseId, long bodyId, String reference, String domain, int position) {
	}

	record ScoreRow(long caseId, String item, @Nullable BigDecimal points, boolean failed, @Nullable String reason,
			String source, long scoredBy, OffsetDateTime scoredAt) {
	}

	private static final String COLUMNS = """
			id, name, organization_id, scope_codes, closed_from, closed_to, standard_id, ratio_percent, minimum_per_body,
			reviewer_ids, created_by, created_at, seed, population_sha256, drawn_at""";

	long insert(String name, long organizationId, List<String> scope, LocalDate from, LocalDate to, long standardId,
			BigDecimal ratio, int minimum, List<Long> reviewers, long createdBy, OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_campaign (name, organization_id, scope_codes, closed_from, closed_to, standard_id,
				  ratio_percent, minimum_per_body, reviewer_ids, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(name, organizationId, scope.toArray(String[]::new), from, to, standardId, ratio, minimum,
					reviewers.toArray(Long[]::new), createdBy, at)
			.query(Long.class)
			.single();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from supervision_campaign where id = ?").param(id).query(this::row).optional();
	}

	Optional<Row> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from supervision_campaign where id = ? for update")
			.param(id)
			.query(this::row)
			.optional();
	}

	/** The campaigns of an organisation, or naming the account among their reviewers; every one when nationwide. */
	List<Row> visible(long organizationId, long accountId, boolean all) {
		return jdbc.sql("select " + COLUMNS + """
				 from supervision_campaign
				where :all or organization_id = :org or :account = any (reviewer_ids)
				order by created_at desc, id desc limit 500""")
			.param("all", all)
			.param("org", organizationId)
			.param("account", accountId)
			.query(this::row)
			.list();
	}

	void drawn(long id, String seed, String sha, String population, OffsetDateTime at, long by) {
		jdbc.sql("""
				update supervision_campaign set seed = ?, population_sha256 = ?, population = ?, drawn_at = ?, drawn_by = ?
				where id = ? and seed is null""")
			.params(seed, sha, population, at, by, id)
			.update();
	}

	void insertStratum(long campaign, StratumRow s) {
		jdbc.sql("""
				insert into supervision_campaign_stratum (campaign_id, position, body_id, stratum, size, n)
				values (?, ?, ?, ?, ?, ?)""")
			.params(campaign, s.position(), s.bodyId(), s.stratum(), s.size(), s.n())
			.update();
	}

	void insertCase(long campaign, CaseRow c) {
		jdbc.sql("""
				insert into supervision_campaign_case (campaign_id, case_id, body_id, reference, domain, position)
				values (?, ?, ?, ?, ?, ?)""")
			.params(campaign, c.caseId(), c.bodyId(), c.reference(), c.domain(), c.position())
			.update();
	}

	List<StratumRow> strata(long campaign) {
		return jdbc.sql("""
				select position, body_id, stratum, size, n from supervision_campaign_stratum where campaign_id = ?
				order by position""")
			.param(campaign)
			.query((rs, n) -> new StratumRow(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
			.list();
	}

	List<CaseRow> cases(long campaign) {
		return jdbc.sql("""
				select c.case_id, c.body_id, c.reference, c.domain, c.position
				from supervision_campaign_case c join supervision_campaign_stratum s
				  on s.campaign_id = c.campaign_id and s.body_id = c.body_id
				where c.campaign_id = ? order by s.position, c.position""")
			.param(campaign)
			.query((rs, n) -> new CaseRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
			.list();
	}

	String population(long campaign) {
		return jdbc.sql("select population from supervision_campaign where id = ?").param(campaign).query(String.class).single();
	}

	void insertScore(long campaign, long caseId, String item, @Nullable BigDecimal points, boolean failed,
			@Nullable String reason, String source, long by, OffsetDateTime at) {
		jdbc.sql("""
				insert into supervision_campaign_score (campaign_id, case_id, item_code, points, failed, reason, source,
				  scored_by, scored_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(campaign, caseId, item, points, failed, reason, source, by, at)
			.update();
	}

	/** The standing score of every item of the campaign's cases: the newest row of each. */
	List<ScoreRow> scores(long campaign) {
		return jdbc.sql("""
				select distinct on (case_id, item_code) case_id, item_code, points, failed, reason, source, scored_by,
				  scored_at
				from supervision_campaign_score where campaign_id = ? order by case_id, item_code, id desc""")
			.param(campaign)
			.query((rs, n) -> new ScoreRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4),
					rs.getString(5), rs.getString(6), rs.getLong(7), rs.getObject(8, OffsetDateTime.class)))
			.list();
	}

	/** How many cases a campaign drew, and how many of them are scored on every item. */
	record Counts(int drawn, int scored) {
	}

	/**
	 * The counts of the campaigns in one query, each campaign with the number of items of its standard: a case is
	 * scored when it has a score for at least that many distinct items.
	 */
	Map<Long, Counts> counts(List<Long> campaigns, List<Integer> items) {
		Map<Long, Counts> counts = new HashMap<>();
		if (campaigns.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select k.id,
				  (select count(*) from supervision_campaign_case c where c.campaign_id = k.id),
				  (select count(*) from (select case_id from supervision_campaign_score s where s.campaign_id = k.id
				    group by case_id having count(distinct item_code) >= k.items) x)
				from unnest(cast(? as bigint[]), cast(? as integer[])) as k(id, items)""")
			.params(campaigns.toArray(Long[]::new), items.toArray(Integer[]::new))
			.query(rs -> {
				counts.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3)));
			});
		return counts;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), Arrays.asList(strings(rs.getArray(4))),
				rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getLong(7), rs.getBigDecimal(8),
				rs.getInt(9), Arrays.asList(longs(rs.getArray(10))), rs.getLong(11),
				rs.getObject(12, OffsetDateTime.class), rs.getString(13), rs.getString(14),
				rs.getObject(15, OffsetDateTime.class));
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private static Long[] longs(Array array) throws SQLException {
		return (Long[]) array.getArray();
	}
}
