package cn.oneteam.casehandling.file;

import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.casehandling.penalty.OneActOneFine;
import cn.oneteam.casehandling.procedure.CaseAccess;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Penalty cases of either procedure as {@link PenaltyCase} views of the one mapping ({@link CaseTable}), with their
 * officers; lists take the caller's scope as bind parameters.
 */
@Repository
public class CaseRepository {

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an on-the-spot decision with its officers; its id. */
	public long insert(PenaltyCase decided, long recordedBy, OffsetDateTime at) {
		long id = jdbc.sql(CaseTable.INSERT)
			.params(CaseTable.insertParams(CaseFile.decidedOnTheSpot(decided), recordedBy, at))
			.query(Long.class)
			.single();
		for (CaseOfficer officer : decided.officers()) {
			jdbc.sql("insert into case_officer (case_id, person_id, certificate_no) values (?, ?, ?)")
				.params(id, officer.personId(), officer.certificateNumber())
				.update();
		}
		return id;
	}

	/**
	 * The certificate numbers of the officers of each subject's most recent case that names officers (latest recorded,
	 * then highest id), for the inspection draw's recusal (docs/adr/0032-inspectors-library-and-recusal.md).
	 */
	public Map<Long, List<String>> lastCaseOfficers(java.util.Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> officers = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				with last as (
				  select distinct on (c.subject_id) c.subject_id, c.id from penalty_case c
				  where c.subject_id = any (?) and exists (select 1 from case_officer o where o.case_id = c.id)
				  order by c.subject_id, c.recorded_at desc, c.id desc)
				select last.subject_id, o.certificate_no from last join case_officer o on o.case_id = last.id
				order by last.subject_id, o.certificate_no""")
			.param(subjectIds.toArray(Long[]::new))
			.query((rs, i) -> officers.computeIfAbsent(rs.getLong(1), s -> new java.util.ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return officers;
	}

	/** Whether a case of either procedure already fined the same party for the same matter and act date (处罚法 §29). */
	/**
	 * An on-the-spot decision's party from the register: the subject and its particulars as of the decision
	 * (docs/adr/0023-case-party-from-register.md).
	 */
	public void keepParty(long id, long subjectId, String code, String address, @Nullable String representative) {
		jdbc.sql("""
				update penalty_case set subject_id = ?, party_code = ?, party_address = ?, party_representative = ?
				where id = ?""")
			.params(subjectId, code, address, representative, id)
			.update();
	}

	public boolean sameActFined(String matterCode, String partyName, LocalDate actOn) {
		return jdbc.sql(OneActOneFine.SAME_ACT_FINED).params(0L, matterCode, partyName, actOn).query(Long.class)
			.single() > 0;
	}

	public boolean formNumberUsed(String formNumber) {
		return jdbc.sql("select count(*) from penalty_case where form_number = ?").param(formNumber).query(Long.class)
			.single() > 0;
	}

	/** One of the body's cases whose id, decision number (决定书文号) or form number is the reference, if any. */
	public Optional<Long> idOfBodysCase(String reference, long bodyId) {
		return jdbc.sql("""
				select id from penalty_case
				where (decision_number = :r or form_number = :r or id::text = :r)
				  and (acting_org_id = :body or name_org_id = :body)
				order by (id::text = :r) desc, id limit 1""")
			.param("r", reference)
			.param("body", bodyId)
			.query(Long.class)
			.optional();
	}

	public Optional<PenaltyCase> find(long id) {
		return withOfficers(jdbc.sql(CaseTable.SELECT + "where id = ?").param(id).query(CaseTable::read).list())
			.stream()
			.findFirst();
	}

	/** The cases in the scope; only those transferred to the body when {@code transferredTo} is given. */
	public List<PenaltyCase> inScope(JurisdictionScope scope, @Nullable Long transferredTo) {
		// a jurisdiction within one county walks that county's part of the list's index (V0147), any other the whole
		// (docs/adr/0058-searching-a-province.md)
		String county = scope.county();
		return withOfficers(jdbc.sql(CaseTable.SELECT + """
				where (:nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) s(code)
				  where c.place_code like s.code || '%')) and """ + CaseAccess.condition("c")
				+ (county == null ? "" : " and left(c.place_code, 6) = :county ") + """
				 order by decided_on desc, id desc limit 500""")
			.param("nationwide", scope.isNationwide())
			.param("county", county)
			.param("codes", scope.codes().toArray(String[]::new))
			.param("transferredTo", transferredTo)
			.query(CaseTable::read)
			.list());
	}

	/** The cases as views, with the officers of all of them read in one query. */
	private List<PenaltyCase> withOfficers(List<CaseFile> cases) {
		if (cases.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CaseOfficer>> officers = CaseFiles.officers(jdbc, cases.stream().map(c -> c.id).toList());
		cases.forEach(c -> c.officers = officers.getOrDefault(c.id, List.of()));
		return cases.stream().map(CaseFile::view).toList();
	}
}
