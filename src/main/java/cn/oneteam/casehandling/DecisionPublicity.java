package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 处罚决定公开 as the case sees it (docs/adr/0043-published-decisions.md): the facts of a decided case that the public
 * portal publishes (read by the disclosure module, which masks them), and the automatic publication's mark on the case
 * — the 公示 clock ({@link ClockKind#PUBLICITY}) met and an entry in the full-process record, made by the system, not by
 * a user. A case whose clock no longer runs (an officer recorded the publication by hand, {@link CaseAction#RECORD_PUBLICATION})
 * is left as it is: the two never both end it, since both take the case's row lock first.
 */
@Service
public class DecisionPublicity {

	/** The record's action of an automatic publication. */
	public static final String PUBLISHED_AUTOMATICALLY = "published-automatically";

	private final JdbcClient jdbc;

	private final Clocks clocks;

	private final CaseProcedure procedure;

	private final Clock clock;

	DecisionPublicity(JdbcClient jdbc, Clocks clocks, CaseProcedure procedure, Clock clock) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.procedure = procedure;
		this.clock = clock;
	}

	/**
	 * What a decided case says about its decision and party: the body it is issued in ({@code nameBodyId}), the party
	 * as the case knows it (its birth date only where a minor may be involved — absent, the party is taken as of age)
	 * and the facts found.
	 */
	public record DecisionFacts(long caseId, PenaltyCase.Procedure procedure, @Nullable CaseOutcome outcome,
			Set<PenaltyKind> kinds, @Nullable BigDecimal fine, @Nullable String decisionNumber,
			@Nullable LocalDate decidedOn, @Nullable LocalDate servedOn, long actingBodyId, long nameBodyId,
			String matterCode, PartyKind partyKind, String partyName, @Nullable String partyCode,
			@Nullable String partyAddress, @Nullable String partyRepresentative, String facts,
			@Nullable LocalDate partyBirthDate, @Nullable LocalDate actOn) {
	}

	/** The case's decision facts; empty for an unknown case. */
	@Transactional(readOnly = true)
	public Optional<DecisionFacts> facts(long caseId) {
		return jdbc.sql("""
				select id, procedure, outcome, penalty_kinds, fine, decision_number, decided_on, served_on, acting_org_id,
				       coalesce(name_org_id, acting_org_id) as name_org_id, matter_code, party_type, party_name, party_code,
				       party_address, party_representative, facts, party_birth_date, act_on
				from penalty_case where id = ?""")
			.param(caseId)
			.query((rs, n) -> facts(rs))
			.optional();
	}

	/** The general-procedure cases decided with a penalty since the day, oldest first (to catch up on missed events). */
	@Transactional(readOnly = true)
	public List<Long> decidedWithPenaltySince(LocalDate since) {
		return jdbc.sql("""
				select id from penalty_case where procedure = 'GENERAL' and outcome = 'PENALTY' and decided_on >= ?
				  and decision_number is not null order by decided_on, id""")
			.param(since)
			.query(Long.class)
			.list();
	}

	/**
	 * The decision was published on the day by the portal: where the case's 公示 clock still runs, it ends as met on that
	 * day and the system records the publication (channel and reference) in the case's full-process record; true then.
	 * False, and nothing changed, where the clock no longer runs (published by hand before, or the case closed).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean publishedAutomatically(long caseId, LocalDate on, String channel, String reference) {
		// the case's row lock, as every action takes it: a publication recorded by hand waits, or went first
		if (jdbc.sql("select id from penalty_case where id = ? for update").param(caseId).query(Long.class)
			.optional().isEmpty()) {
			return false;
		}
		Optional<CaseClock> running = clocks.open(caseId, ClockKind.PUBLICITY);
		if (running.isEmpty()) {
			return false;
		}
		clocks.end(running.get(), State.MET, on);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("on", on.toString());
		facts.put("channel", channel);
		facts.put("reference", reference);
		procedure.recordBySystem(caseId, PUBLISHED_AUTOMATICALLY, facts, OffsetDateTime.now(clock));
		return true;
	}

	private static DecisionFacts facts(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		return new DecisionFacts(rs.getLong("id"), PenaltyCase.Procedure.valueOf(rs.getString("procedure")),
				outcome == null ? null : CaseOutcome.valueOf(outcome), kinds(rs.getArray("penalty_kinds")),
				rs.getBigDecimal("fine"), rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
				rs.getObject("served_on", LocalDate.class), rs.getLong("acting_org_id"), rs.getLong("name_org_id"),
				rs.getString("matter_code"), PartyKind.valueOf(rs.getString("party_type")), rs.getString("party_name"),
				rs.getString("party_code"), rs.getString("party_address"), rs.getString("party_representative"),
				rs.getString("facts"), rs.getObject("party_birth_date", LocalDate.class),
				rs.getObject("act_on", LocalDate.class));
	}

	private static Set<PenaltyKind> kinds(@Nullable Array array) throws SQLException {
		EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(PenaltyKind::valueOf).forEach(kinds::add);
		}
		return kinds;
	}
}
