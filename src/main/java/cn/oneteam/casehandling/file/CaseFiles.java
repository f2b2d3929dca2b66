package cn.oneteam.casehandling.file;

import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.penalty.OneActOneFine;
import cn.oneteam.casehandling.procedure.CaseAccess;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads a general-procedure case under a row lock and saves it whole; the officers assigned are replaced on save. */
@Repository
public class CaseFiles {

	private final JdbcClient jdbc;

	private final CaseAccess access;

	CaseFiles(JdbcClient jdbc, CaseAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** Inserts the case as opened (a clue); its id. */
	public long insertClue(CaseFile c, long recordedBy, OffsetDateTime at) {
		return jdbc.sql(CaseTable.INSERT).params(CaseTable.insertParams(c, recordedBy, at)).query(Long.class).single();
	}

	/**
	 * The case, locked until the transaction ends: 404 when none, 409 when it takes the simple procedure, 403 when it
	 * lies outside the caller's jurisdiction or the caller may not read it ({@link CaseAccess}).
	 */
	public CaseFile lock(long id, JurisdictionScope scope) {
		return within(load(id, " for update").orElseThrow(() -> missing(id, scope, true)), scope);
	}

	/** The case as it stands, without a lock (reading); refused as {@link #lock} is. */
	public CaseFile find(long id, JurisdictionScope scope) {
		return within(load(id, "").orElseThrow(() -> missing(id, scope, true)), scope);
	}

	/**
	 * The case as it stands for a bank or payment platform (罚缴分离, 处罚法 §67): refused outside the caller's
	 * jurisdiction, without the case-reading check — the caller gets the amounts owed, never the file.
	 */
	public CaseFile findForPayment(long id, JurisdictionScope scope) {
		CaseFile c = load(id, "").orElseThrow(() -> missing(id, scope, false));
		requireWithin(c, scope);
		return c;
	}

	/** The case as it stands, whoever asks (the engine's own bookkeeping). */
	public Optional<CaseFile> find(long id) {
		return load(id, "");
	}

	private CaseFile within(CaseFile c, JurisdictionScope scope) {
		requireWithin(c, scope);
		access.requireReadable(c.id);
		return c;
	}

	private static void requireWithin(CaseFile c, JurisdictionScope scope) {
		if (!scope.covers(c.place)) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.outside-jurisdiction", List.of(), c.id);
		}
	}

	/**
	 * No general-procedure case of the id: 404 when there is no case, refused as a general case would be when a
	 * simple-procedure case lies outside the caller's jurisdiction (or reading) — its existence is not told — and 409
	 * {@code case.simple-procedure} only within it.
	 */
	private CaseViolation missing(long id, JurisdictionScope scope, boolean reading) {
		Optional<String> place = jdbc.sql("select place_code from penalty_case where id = ?").param(id)
			.query(String.class)
			.optional();
		if (place.isEmpty()) {
			return new CaseViolation(CaseViolation.NOT_FOUND, "case.unknown", List.of(), id);
		}
		if (!scope.covers(new DivisionCode(place.get()))) {
			return new CaseViolation(CaseViolation.FORBIDDEN, "case.outside-jurisdiction", List.of(), id);
		}
		if (reading) {
			try {
				access.requireReadable(id);
			}
			catch (CaseViolation refused) {
				return refused;
			}
		}
		return new CaseViolation(CaseViolation.CONFLICT, "case.simple-procedure", List.of(), id);
	}

	private Optional<CaseFile> load(long id, String lock) {
		Optional<CaseFile> found = jdbc.sql(CaseTable.SELECT + "where id = ? and procedure = 'GENERAL'" + lock)
			.param(id)
			.query(CaseTable::read)
			.optional();
		found.ifPresent(c -> c.officers = officers(jdbc, List.of(id)).getOrDefault(id, List.of()));
		return found;
	}

	/** The officers of the cases, each case's by person id. */
	static Map<Long, List<CaseOfficer>> officers(JdbcClient jdbc, List<Long> caseIds) {
		return jdbc.sql("""
				select o.case_id, o.person_id, p.name, o.certificate_no from case_officer o join person p on p.id = o.person_id
				where o.case_id = any(?) order by o.person_id""")
			.param(caseIds.toArray(Long[]::new))
			.query((r, n) -> Map.entry(r.getLong("case_id"),
					new CaseOfficer(r.getLong("person_id"), r.getString("name"), r.getString("certificate_no"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Saves the case whole, unless it changed since it was read (its lock version moved on). */
	public void save(CaseFile c) {
		if (jdbc.sql(CaseTable.UPDATE).params(CaseTable.updateParams(c)).update() != 1) {
			throw new IllegalStateException("case " + c.id + " changed concurrently");
		}
		c.lockVersion++;
	}

	public void assignOfficers(long caseId, List<CaseOfficer> officers) {
		jdbc.sql("delete from case_officer where case_id = ?").param(caseId).update();
		for (CaseOfficer officer : officers) {
			jdbc.sql("insert into case_officer (case_id, person_id, certificate_no) values (?, ?, ?)")
				.params(caseId, officer.personId(), officer.certificateNumber())
				.update();
		}
	}

	/**
	 * Whether another case, by either procedure, already fined the same party for the same matter and act date
	 * (处罚法 §29; {@link OneActOneFine#SAME_ACT_FINED}).
	 */
	public boolean sameActFinedElsewhere(CaseFile c) {
		return jdbc.sql(OneActOneFine.SAME_ACT_FINED)
			.params(c.id, c.matterCode, c.partyName, c.actOn)
			.query(Long.class)
			.single() > 0;
	}
}
