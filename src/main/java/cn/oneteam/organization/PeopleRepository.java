package cn.oneteam.organization;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.oneteam.organization.Certificate.CertificateEvent;
import cn.oneteam.shared.EnforcementDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People, their certificates with history, teams and authorised posts. */
@Repository
class PeopleRepository {

	private static final String PERSON = """
			select id, organization_id, team_id, name, category, post_kind, legal_reviewer, legal_qualified,
			  account_id, joined_on, left_on, id_number from person""";

	private final JdbcClient jdbc;

	PeopleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertPerson(NewPerson p) {
		return insertPerson(p, null);
	}

	/** A person with the ID number a roster gives (docs/adr/0048-onboarding-a-county.md). */
	long insertPerson(NewPerson p, @Nullable String idNumber) {
		return jdbc.sql("""
				insert into person (organization_id, team_id, name, category, post_kind, legal_reviewer,
				  legal_qualified, account_id, joined_on, id_number) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(p.organizationId().value(), p.teamId(), p.name(), p.category().name(),
					p.postKind() == null ? null : p.postKind().name(), p.legalReviewer(), p.legalQualified(),
					p.accountId(), p.joinedOn(), idNumber)
			.query(Long.class)
			.single();
	}

	Optional<Person> findPerson(long id) {
		return jdbc.sql(PERSON + " where id = ?").param(id).query(PeopleRepository::person).optional();
	}

	Optional<Person> findPersonByAccount(long accountId) {
		return jdbc.sql(PERSON + " where account_id = ?").param(accountId).query(PeopleRepository::person).optional();
	}

	List<Person> people(long organizationId) {
		return jdbc.sql(PERSON + " where organization_id = ? order by category, name, id")
			.param(organizationId)
			.query(PeopleRepository::person)
			.list();
	}

	/** The people of an organisation who have an ID number, by that number (docs/adr/0048-onboarding-a-county.md). */
	Map<String, Person> peopleByIdNumber(long organizationId) {
		Map<String, Person> people = new java.util.HashMap<>();
		jdbc.sql(PERSON + " where organization_id = ? and id_number is not null")
			.param(organizationId)
			.query((rs, n) -> people.put(rs.getString("id_number"), person(rs, n)))
			.list();
		return people;
	}

	/** What a roster row may change of a person: name, category, post kind, team, reviewer flags, joining day. */
	void updatePerson(long personId, NewPerson p) {
		jdbc.sql("""
				update person set team_id = ?, name = ?, category = ?, post_kind = ?, legal_reviewer = ?,
				  legal_qualified = ?, joined_on = ? where id = ?""")
			.params(p.teamId(), p.name(), p.category().name(), p.postKind() == null ? null : p.postKind().name(),
					p.legalReviewer(), p.legalQualified(), p.joinedOn(), personId)
			.update();
	}

	/** The holder of each of these certificate numbers that exists. */
	Map<String, Long> certificateHolders(java.util.Collection<String> numbers) {
		Map<String, Long> holders = new java.util.HashMap<>();
		jdbc.sql("select number, person_id from certificate where number = any(?)")
			.param(numbers.toArray(String[]::new))
			.query((rs, n) -> holders.put(rs.getString("number"), rs.getLong("person_id")))
			.list();
		return holders;
	}

	long insertCertificate(long personId, NewCertificate c, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into certificate (person_id, number, issuing_authority, domains, valid_from, valid_to)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, c.number(), c.issuingAuthority(),
					c.domains().stream().map(Enum::name).sorted().toArray(String[]::new), c.validFrom(), c.validTo())
			.query(Long.class)
			.single();
		insertEvent(id, CertificateEventKind.ISSUED, c.validFrom(), null, at);
		return id;
	}

	void insertEvent(long certificateId, CertificateEventKind kind, LocalDate effectiveOn, @Nullable String note,
			OffsetDateTime at) {
		jdbc.sql("""
				insert into certificate_event (certificate_id, kind, effective_on, note, recorded_at)
				values (?, ?, ?, ?, ?)""")
			.params(certificateId, kind.name(), effectiveOn, note, at)
			.update();
	}

	Optional<Certificate> findCertificate(long id) {
		return certificates("c.id = ?", id).stream().findFirst();
	}

	/** The holder's name of each of these certificate numbers that exists (officers are public, 处罚法 §55). */
	Map<String, String> holderNames(java.util.Collection<String> numbers) {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		jdbc.sql("select c.number, p.name from certificate c join person p on p.id = c.person_id where c.number = any(?)")
			.param(numbers.toArray(String[]::new))
			.query((rs, n) -> names.put(rs.getString("number"), rs.getString("name")))
			.list();
		return names;
	}

	List<Certificate> certificatesOf(long personId) {
		return certificates("c.person_id = ?", personId);
	}

	/** The certificates of everyone of an organisation, by holder, in two queries (docs/adr/0048-onboarding-a-county.md). */
	Map<Long, List<Certificate>> certificatesOfOrganization(long organizationId) {
		return certificates("c.person_id in (select id from person where organization_id = ?)", organizationId).stream()
			.collect(Collectors.groupingBy(c -> c.holder().value()));
	}

	private List<Certificate> certificates(String condition, long value) {
		List<CertificateRow> rows = jdbc.sql("""
				select c.id, c.person_id, c.number, c.issuing_authority, c.domains, c.valid_from, c.valid_to
				from certificate c""" + " where " + condition + " order by c.valid_from, c.id")
			.param(value)
			.query(PeopleRepository::certificateRow)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CertificateEvent>> events = jdbc.sql("""
				select id, certificate_id, kind, effective_on, note from certificate_event
				where certificate_id = any(?) order by effective_on, id""")
			.param(rows.stream().map(CertificateRow::id).toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("certificate_id"),
					new CertificateEvent(rs.getLong("id"), CertificateEventKind.valueOf(rs.getString("kind")),
							rs.getObject("effective_on", LocalDate.class), rs.getString("note"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<Certificate> certificates = new ArrayList<>();
		for (CertificateRow r : rows) {
			certificates.add(new Certificate(r.id(), new PersonId(r.personId()), r.number(), r.issuer(), r.domains(),
					r.validFrom(), r.validTo(), events.getOrDefault(r.id(), List.of())));
		}
		return certificates;
	}

	long insertTeam(long organizationId, String name, TeamKind kind, @Nullable String townshipCode) {
		return jdbc.sql("insert into team (organization_id, name, kind, township_code) values (?, ?, ?, ?) returning id")
			.params(organizationId, name, kind.name(), townshipCode)
			.query(Long.class)
			.single();
	}

	List<Team> teams(long organizationId) {
		return jdbc.sql("""
				select t.id, t.name, t.kind, t.township_code, (select count(*) from person p where p.team_id = t.id) as members
				from team t where t.organization_id = ? order by t.kind, t.name""")
			.param(organizationId)
			.query((rs, n) -> new Team(rs.getLong("id"), rs.getString("name"), TeamKind.valueOf(rs.getString("kind")),
					rs.getString("township_code"), rs.getInt("members")))
			.list();
	}

	void setQuota(long organizationId, PostKind kind, int authorised) {
		jdbc.sql("""
				insert into staffing_quota (organization_id, post_kind, authorised) values (?, ?, ?)
				on conflict (organization_id, post_kind) do update set authorised = excluded.authorised""")
			.params(organizationId, kind.name(), authorised)
			.update();
	}

	Map<PostKind, Integer> quotas(long organizationId) {
		Map<PostKind, Integer> quotas = new java.util.EnumMap<>(PostKind.class);
		jdbc.sql("select post_kind, authorised from staffing_quota where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> quotas.put(PostKind.valueOf(rs.getString("post_kind")), rs.getInt("authorised")))
			.list();
		return quotas;
	}

	void insertTraining(long personId, String course, BigDecimal hours, LocalDate takenOn) {
		jdbc.sql("insert into training_record (person_id, course, hours, taken_on) values (?, ?, ?, ?)")
			.params(personId, course, hours, takenOn)
			.update();
	}

	void insertExam(long personId, String exam, LocalDate takenOn, BigDecimal score, boolean passed) {
		jdbc.sql("insert into exam_result (person_id, exam, taken_on, score, passed) values (?, ?, ?, ?, ?)")
			.params(personId, exam, takenOn, score, passed)
			.update();
	}

	List<TrainingRecord> training(long personId) {
		return jdbc.sql("select course, hours, taken_on from training_record where person_id = ? order by taken_on, id")
			.param(personId)
			.query((rs, n) -> new TrainingRecord(rs.getString("course"), rs.getBigDecimal("hours"),
					rs.getObject("taken_on", LocalDate.class)))
			.list();
	}

	List<ExamResult> exams(long personId) {
		return jdbc.sql("select exam, taken_on, score, passed from exam_result where person_id = ? order by taken_on, id")
			.param(personId)
			.query((rs, n) -> new ExamResult(rs.getString("exam"), rs.getObject("taken_on", LocalDate.class),
					rs.getBigDecimal("score"), rs.getBoolean("passed")))
			.list();
	}

	/**
	 * Staffing counts of each organisation on a day. A certificate counts as valid on the day by the same rule as
	 * {@link Certificate#statusOn}: inside its period, never revoked by then, latest event not a suspension. The staff
	 * are counted in one pass grouped by organisation, not once per organisation: a province's dashboard asks for a
	 * hundred bodies (docs/adr/0050-dashboards-and-projections.md, "Scale: what was measured").
	 */
	List<StaffingCounts> staffingCounts(List<Long> organizationIds, LocalDate day) {
		return jdbc.sql("""
				with staff as (
				  select p.*, t.kind as team_kind from person p left join team t on t.id = p.team_id
				  where p.organization_id = any(:ids) and p.joined_on <= :day and (p.left_on is null or p.left_on >= :day)
				), certified as (
				  select distinct c.person_id from staff s join certificate c on c.person_id = s.id
				  where c.valid_from <= :day and c.valid_to >= :day
				    and not exists (select 1 from certificate_event e where e.certificate_id = c.id
				                    and e.kind = 'REVOKED' and e.effective_on <= :day)
				    and (select e.kind from certificate_event e where e.certificate_id = c.id and e.effective_on <= :day
				         order by e.effective_on desc, e.id desc limit 1) in ('ISSUED', 'REINSTATED', 'YEARLY_CHECK_PASSED')
				), counted as (
				  select s.organization_id,
				    count(*) filter (where s.category = 'ESTABLISHMENT') as filled,
				    count(*) filter (where s.category = 'ESTABLISHMENT' and c.person_id is not null) as certified,
				    count(*) filter (where s.category = 'AUXILIARY') as auxiliaries,
				    count(*) filter (where s.category = 'GRID_WORKER') as grid_workers,
				    count(*) filter (where s.category = 'ESTABLISHMENT' and s.team_kind = 'STATIONED_GROUP') as stationed,
				    count(*) filter (where s.legal_reviewer and c.person_id is not null) as legal_reviewers
				  from staff s left join certified c on c.person_id = s.id group by s.organization_id
				)
				select o.id,
				  coalesce((select sum(q.authorised) from staffing_quota q where q.organization_id = o.id), 0) as authorised,
				  coalesce(s.filled, 0) as filled, coalesce(s.certified, 0) as certified,
				  coalesce(s.auxiliaries, 0) as auxiliaries, coalesce(s.grid_workers, 0) as grid_workers,
				  coalesce(s.stationed, 0) as stationed, coalesce(s.legal_reviewers, 0) as legal_reviewers,
				  (select count(*) from team t where t.organization_id = o.id and t.kind = 'STATIONED_GROUP') as stationed_groups,
				  (select count(*) from former_team f where f.organization_id = o.id and f.merged_on <= :day) as teams_before,
				  case when exists (select 1 from former_team f where f.organization_id = o.id and f.merged_on <= :day)
				    then 1 else 0 end as teams_after
				from organization o
				left join counted s on s.organization_id = o.id
				where o.id = any(:ids) order by o.division_code, o.id""")
			.param("ids", organizationIds.toArray(Long[]::new))
			.param("day", day)
			.query((rs, n) -> new StaffingCounts(rs.getLong("id"), rs.getInt("authorised"), rs.getInt("filled"),
					rs.getInt("certified"), rs.getInt("auxiliaries"), rs.getInt("grid_workers"), rs.getInt("stationed"),
					rs.getInt("legal_reviewers"), rs.getInt("stationed_groups"), rs.getInt("teams_before"),
					rs.getInt("teams_after")))
			.list();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		String postKind = rs.getString("post_kind");
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		long account = rs.getLong("account_id");
		Long accountId = rs.wasNull() ? null : account;
		return new Person(new PersonId(rs.getLong("id")), new OrganizationId(rs.getLong("organization_id")), teamId,
				rs.getString("name"), PersonCategory.valueOf(rs.getString("category")),
				postKind == null ? null : PostKind.valueOf(postKind), rs.getBoolean("legal_reviewer"),
				rs.getBoolean("legal_qualified"), accountId, rs.getObject("joined_on", LocalDate.class),
				rs.getObject("left_on", LocalDate.class));
	}

	private static CertificateRow certificateRow(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("domains");
		EnumSet<EnforcementDomain> domains = EnumSet.noneOf(EnforcementDomain.class);
		Arrays.stream((String[]) array.getArray()).map(EnforcementDomain::valueOf).forEach(domains::add);
		return new CertificateRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("number"),
				rs.getString("issuing_authority"), domains, rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	record StaffingCounts(long organizationId, int authorised, int filled, int certified, int auxiliaries,
			int gridWorkers, int stationed, int legalReviewers, int stationedGroups, int teamsBefore,
			int teamsAfter) {
	}

	private record CertificateRow(long id, long personId, String number, String issuer,
			EnumSet<EnforcementDomain> domains, LocalDate validFrom, LocalDate validTo) {
	}
}
