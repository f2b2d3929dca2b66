package cn.oneteam.inspection.code;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.inspection.visit.PlannedPart;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visits of 德令哈市综合行政执法局 for the code's tests: a published item of the bureau, a fresh subject of the register
 * (so that no other visit of the subject is planned beside it), and the visit planned through {@link Visits#plan} with
 * dlh.officer1's and dlh.officer2's certificates as its inspectors.
 */
public final class CodeFixture {

	public static final String OFFICER = "dlh.officer1";

	private final MockMvc mvc;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final Visits visits;

	private final Subjects subjects;

	private final UserDetailsService users;

	public CodeFixture(MockMvc mvc, JsonMapper json, JdbcClient jdbc, Visits visits, Subjects subjects,
			UserDetailsService users) {
		this.mvc = mvc;
		this.json = json;
		this.jdbc = jdbc;
		this.visits = visits;
		this.subjects = subjects;
		this.users = users;
	}

	public ScopedPrincipal principal(String username) {
		return (ScopedPrincipal) users.loadUserByUsername(username);
	}

	public long bureau() {
		return principal(OFFICER).organizationId();
	}

	/** The certificate numbers of the demo account's person. */
	public List<String> certificates(String username) {
		return jdbc.sql("""
				select c.number from certificate c join person p on p.id = c.person_id where p.account_id = ?
				order by c.id""")
			.param(principal(username).accountId())
			.query(String.class)
			.list();
	}

	public String personName(String username) {
		return jdbc.sql("select name from person where account_id = ?")
			.param(principal(username).accountId())
			.query(String.class)
			.single();
	}

	/** A published item of the bureau. */
	public long item(String name) throws Exception {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("departmentId", bureau());
		item.put("name", name);
		item.put("legalBasis", "《城市市容和环境卫生管理条例》第十四条（测试）");
		item.put("subjectKinds", List.of("LEGAL_PERSON", "NATURAL_PERSON"));
		item.put("content", "门前三包与占道经营");
		item.put("method", "ON_SITE");
		item.put("keyItem", false);
		String body = mvc.perform(post("/api/v1/inspections/items").with(user(users.loadUserByUsername(OFFICER)))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(item)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = json.readTree(body).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", id).with(user(users.loadUserByUsername(OFFICER)))
			.with(csrf())).andExpect(status().isOk());
		return id;
	}

	/**
	 * A fresh company (or a natural person) of 德令哈 河西街道. Its name must not contain 餐饮有限公司: the demo's credit
	 * data picks its companies by that name when another test context starts on the same database.
	 */
	public SubjectView subject(SubjectKind kind, String name) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String code;
		if (kind == SubjectKind.NATURAL_PERSON) {
			code = IdNumber.complete("632802" + (1970 + random.nextInt(30)) + "0" + (1 + random.nextInt(9)) + "1"
					+ random.nextInt(10) + String.format("%03d", random.nextInt(1000))).value();
		}
		else {
			StringBuilder digits = new StringBuilder("91632802");
			while (digits.length() < 16) {
				digits.append(random.nextInt(10));
			}
			code = CreditCode.complete(digits.toString()).value();
		}
		return IntegrationTest.actingAs(users, OFFICER, () -> subjects.register(new SubjectInputs.Registration(kind,
				code, name, "632802001", "河西街道测试路 1 号", null, null), principal(OFFICER)));
	}

	/** A visit of the subject for the items, planned today, its window from yesterday to a month ahead. */
	public Visit visit(SubjectView subject, List<Long> items) {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		List<String> inspectors = new java.util.ArrayList<>(certificates(OFFICER));
		inspectors.addAll(certificates("dlh.officer2"));
		PlannedPart part = new PlannedPart(subject.id(), subject.code(), subject.divisionCode(), null, null, bureau(),
				items, today.minusDays(1), today.plusDays(30), true, InspectionTrigger.COMPLAINT, inspectors);
		return visits.plan(List.of(part), VisitKind.TARGETED, "投诉核查（测试）", principal(OFFICER).accountId()).get(0);
	}

	/**
	 * Sets the visit's result as recorded, directly in its columns, with the company's rating secret as recording makes
	 * it (docs/adr/0029-inspection-code-public-check-and-rating.md); the secret handed over on the company's copy.
	 */
	public String recorded(long visitId, boolean withCode) {
		jdbc.sql("""
				update inspection_visit set state = 'RECORDED', recorded_by = ?, recorded_at = now(), with_code = ?,
				  inspected_on = current_date, outcome = 'NO_PROBLEM' where id = ?""")
			.params(principal(OFFICER).accountId(), withCode, visitId)
			.update();
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < RatingSecrets.LENGTH; i++) {
			secret.append(VisitCodes.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(VisitCodes.ALPHABET.length())));
		}
		jdbc.sql("insert into inspection_rating_secret (visit_id, sha256, made_at) values (?, ?, now())")
			.params(visitId, RatingSecrets.hash(visitId, secret.toString()))
			.update();
		return secret.toString();
	}

	public void cancelled(long visitId) {
		jdbc.sql("update inspection_visit set state = 'CANCELLED' where id = ?").param(visitId).update();
	}

	public static String normalised(String code) {
		return VisitCodes.normalise(code);
	}
}
