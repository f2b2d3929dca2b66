package cn.oneteam.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A joint task of 德令哈's market department and its enforcement bureau: each department draws its own certified
 * inspectors per drawn subject, recomputed here with SHA-256 of {@code {seed}|{code}|{certificate}}; a tag narrows a
 * department's inspectors, a shortfall names the department; recusal by the subject's last case and last inspection
 * at their boundaries, and by a declared conflict until it is ended
 * (docs/adr/0032-inspectors-library-and-recusal.md).
 */
class InspectorDrawsTests extends IntegrationTest {

	private static final String MARKET = "dlh.market";

	private static final String OFFICER = "dlh.officer1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Subjects subjects;

	@Autowired
	private Licences licences;

	@Autowired
	private Officers officers;

	@Autowired
	private Accounts accounts;

	@Autowired
	private UserDetailsService users;

	private final int year = LocalDate.now(ChinaTime.ZONE).getYear() + 1;

	private long market() {
		return organizations.findByCode("632802-scjg").orElseThrow().id().value();
	}

	private long bureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	private String name(long organization) {
		return organizations.find(new OrganizationId(organization)).orElseThrow().name();
	}

	private ResultActions send(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String randomCode(String prefix) {
		StringBuilder digits = new StringBuilder(prefix);
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(digits.toString()).value();
	}

	/** A legal person licensed by the issuer: its id and code. */
	private Map.Entry<Long, String> subject(String issuer) {
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername(OFFICER);
		String code = randomCode("91632802");
		long id = actingAs(OFFICER, () -> {
			long s = subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code, "检查人员抽取测试有限公司",
					"632802100", "长江路 5 号", null, null), officer).id();
			licences.record(s, new LicenceInputs.Licence("食品经营许可证", "JY" + code.substring(2, 16), issuer,
					"德令哈市市场监督管理局", LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE).plusYears(5), null),
					LicenceSource.MANUAL, officer);
			return s;
		});
		return Map.entry(id, code);
	}

	/** An approved task of the departments over the issuer's licensees, drawing them all (count). */
	private long task(List<Long> departments, String issuer, int count) throws Exception {
		long plan = read(send(MARKET, post("/api/v1/inspections/plans"), Map.of("bodyId", market(), "year", year, "name",
				year + " 年度市场监管与综合执法联合抽查计划（测试）", "leadId", market(), "departmentIds",
				List.of(market(), bureau()))).andExpect(status().isCreated())).get("id").asLong();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("departmentId", market());
		item.put("name", "食品经营检查");
		item.put("legalBasis", "《食品安全法》第八十七条（测试）");
		item.put("subjectKinds", List.of("LEGAL_PERSON"));
		item.put("content", "食品经营许可与经营条件");
		item.put("method", "ON_SITE");
		item.put("keyItem", true);
		long itemId = read(send(MARKET, post("/api/v1/inspections/items"), item).andExpect(status().isCreated()))
			.get("id").asLong();
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", itemId).with(as(MARKET)).with(csrf()))
			.andExpect(status().isOk());
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("name", "联合抽查（测试）");
		task.put("departmentIds", departments);
		task.put("itemIds", List.of(itemId));
		task.put("subjectKinds", List.of("LEGAL_PERSON"));
		task.put("divisionCode", "632802");
		task.put("issuerCodes", List.of(issuer));
		task.put("strata", List.of(Map.of("creditClass", "A", "count", count)));
		task.put("windowFrom", LocalDate.of(year, 1, 1).toString());
		task.put("windowUntil", LocalDate.of(year, 12, 31).toString());
		long id = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan), task)
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", id).with(as("dlh.head")).with(csrf()))
			.andExpect(status().isOk());
		return id;
	}

	private JsonNode drawTask(long task, Map<String, Object> input) throws Exception {
		return read(send(OFFICER, post("/api/v1/inspections/draws/tasks/{id}", task), input)
			.andExpect(status().isCreated()));
	}

	private static Map<String, Object> input(Object... more) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("reason", "联合抽查（测试）");
		input.put("recuseDeclaredConflicts", false);
		for (int i = 0; i < more.length; i += 2) {
			input.put((String) more[i], more[i + 1]);
		}
		return input;
	}

	/** The certificate numbers valid today of a department's library, as its staff list them. */
	private List<String> validInspectors(long department, String user) throws Exception {
		List<String> valid = new ArrayList<>();
		read(mvc.perform(get("/api/v1/inspections/inspectors").param("departmentId", String.valueOf(department))
			.with(as(user))).andExpect(status().isOk())).forEach(i -> {
				if (i.get("validToday").asBoolean()) {
					valid.add(i.get("certificateNumber").asString());
				}
			});
		return valid;
	}

	private static List<String> firstByKey(String prefix, List<String> candidates, int n) throws Exception {
		List<String[]> keyed = new ArrayList<>();
		for (String c : candidates) {
			keyed.add(new String[] { DrawEngineTests.independentKey(prefix + "|" + c), c });
		}
		keyed.sort(Comparator.comparing((String[] k) -> k[0]));
		return keyed.stream().limit(n).map(k -> k[1]).toList();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asString()));
		return texts;
	}

	private static final String HEAD = "dlh.head";

	@Test
	void aConflictIsListedInItsJurisdictionMaskedEndedByTheBodysHeadNeverByItsHolderAndRecorded() throws Exception {
		String person = cn.oneteam.shared.IdNumber.complete("63280219800101" + (100 + ThreadLocalRandom.current()
			.nextInt(900))).value();
		String squad = certificateOf("dlh.squad");
		long conflict = read(send(OFFICER, post("/api/v1/inspections/draws/conflicts"), Map.of("certificateNumber",
				squad, "subjectCode", person, "reason", "本人亲属（测试）")).andExpect(status().isCreated())).asLong();
		String listed = read(mvc.perform(get("/api/v1/inspections/draws/conflicts").param("subjectCode", person)
			.with(as(OFFICER))).andExpect(status().isOk())).toString();
		assertThat(listed).contains(String.valueOf(conflict)).doesNotContain(person)
			.contains(cn.oneteam.shared.PersonalData.maskText(person));
		// another jurisdiction's reader sees none of it
		assertThat(read(mvc.perform(get("/api/v1/inspections/draws/conflicts").param("subjectCode", person)
			.with(as("grm.officer1"))).andExpect(status().isOk())).size()).isZero();
		// the squad leader approves cases but holds the certificate: refused; a head of another body too
		send("dlh.squad", post("/api/v1/inspections/draws/conflicts/{id}/end", conflict), Map.of("reason", "自行终止"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("draw.conflict-not-yours"));
		send("grm.head", post("/api/v1/inspections/draws/conflicts/{id}/end", conflict), Map.of("reason", "他局终止"))
			.andExpect(status().isForbidden());
		send(HEAD, post("/api/v1/inspections/draws/conflicts/{id}/end", conflict), Map.of("reason", "亲属关系已解除"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjectCode").value(cn.oneteam.shared.PersonalData.maskText(person)));
		assertThat(jdbc.sql("""
				select action from execution_record where subject_type = 'inspection_draw_conflict' and subject_id = ?
				order by id""").param(conflict).query(String.class).list()).containsExactly("declared", "ended");
	}

	@Test
	void aTaskDrawNeedsOneInspectorPerGroupAndTwoInAllAndRecordsTheTagAsked() throws Exception {
		String issuer = randomCode("11632802");
		subject(issuer);
		long task = task(List.of(market()), issuer, 1);
		for (int k : List.of(-1, 0)) {
			send(OFFICER, post("/api/v1/inspections/draws/tasks/{id}", task), input("inspectorsPerSubject", k))
				.andExpect(status().isBadRequest());
		}
		send(OFFICER, post("/api/v1/inspections/draws/tasks/{id}", task), input("inspectorsPerSubject", 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("draw.inspectors-too-few"));
		// the page builds the input itself: refused the same way, never a 500
		mvc.perform(post("/inspections/tasks/{id}/draw", task).param("reason", "页面抽取").param("inspectorsPerSubject", "-1")
			.with(as(OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from inspection_draw where task_id = ?").param(task).query(Long.class)
			.single()).isZero();

		JsonNode tagged = drawTask(task, input("inspectorsPerSubject", 2, "inspectorTags",
				Map.of(String.valueOf(market()), "特种设备")));
		assertThat(groupOf(tagged.get("subjects").get(0), market()).get("tag").asString()).isEqualTo("特种设备");
		long id = jdbc.sql("select max(id) from inspection_draw where task_id = ?").param(task).query(Long.class).single();
		String published = mvc.perform(get("/api/v1/public/inspections/draws/{id}", id)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(published).contains("\"tag\":\"特种设备\"");
		assertThat(jdbc.sql("""
				select payload::text from execution_record where subject_type = 'inspection_draw' and subject_id = ?""")
			.param(id).query(String.class).single()).contains("特种设备");
	}

	private String certificateOf(String username) {
		PersonId person = officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id();
		return officers.person(person, JurisdictionScope.nationwide()).certificates().get(0).number();
	}

	private JsonNode groupOf(JsonNode subject, long department) {
		for (JsonNode g : subject.get("groups")) {
			if (g.get("departmentId").asLong() == department) {
				return g;
			}
		}
		throw new AssertionError("no group of department " + department + " in " + subject);
	}

	@Test
	void eachDepartmentOfAJointTaskDrawsItsOwnInspectorsRecomputableByAnyone() throws Exception {
		String issuer = randomCode("11632802");
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			codes.add(subject(issuer).getValue());
		}
		long task = task(List.of(market(), bureau()), issuer, 3);
		List<String> marketInspectors = validInspectors(market(), MARKET);
		List<String> bureauInspectors = validInspectors(bureau(), OFFICER);
		assertThat(marketInspectors).contains("QH632802SJ01", "QH632802SJ06").doesNotContainAnyElementsOf(bureauInspectors);
		assertThat(bureauInspectors).contains(certificateOf(OFFICER)).hasSizeGreaterThan(40);

		long started = System.nanoTime();
		JsonNode made = drawTask(task, input("inspectorsPerSubject", 2));
		long tookMs = (System.nanoTime() - started) / 1_000_000;
		System.out.println("joint task draw (2 departments, 3 subjects) through the API: " + tookMs + " ms");
		long id = made.at("/published/id").asLong();
		JsonNode published = read(mvc.perform(get("/api/v1/public/inspections/draws/{id}", id))
			.andExpect(status().isOk()));
		String seed = published.get("seed").asString();
		assertThat(published.get("inspectors")).hasSize(3);
		for (JsonNode i : published.get("inspectors")) {
			String code = i.get("subjectCode").asString();
			assertThat(i.get("groups")).hasSize(2);
			assertThat(i.get("groups").get(0).get("group").asString()).isEqualTo(name(market()));
			assertThat(i.get("groups").get(1).get("group").asString()).isEqualTo(name(bureau()));
			JsonNode m = groupOf(i, market());
			JsonNode b = groupOf(i, bureau());
			assertThat(texts(m.get("eligible"))).containsExactlyElementsOf(marketInspectors);
			assertThat(texts(b.get("eligible"))).containsExactlyElementsOf(bureauInspectors);
			List<String> marketDrawn = firstByKey(seed + "|" + code, marketInspectors, 2);
			List<String> bureauDrawn = firstByKey(seed + "|" + code, bureauInspectors, 2);
			assertThat(texts(m.get("drawn"))).containsExactlyElementsOf(marketDrawn);
			assertThat(texts(b.get("drawn"))).containsExactlyElementsOf(bureauDrawn);
			List<String> union = new ArrayList<>(marketDrawn);
			union.addAll(bureauDrawn);
			assertThat(texts(i.get("drawn"))).containsExactlyElementsOf(union);
			// the visit planned for the subject carries both departments' drawn inspectors
			String[] visitInspectors = jdbc.sql("""
					select v.inspectors from inspection_visit v join inspection_visit_part p on p.visit_id = v.id
					where p.draw_id = ? and v.subject_code = ? limit 1""")
				.params(id, code)
				.query((rs, n) -> (String[]) rs.getArray(1).getArray())
				.single();
			assertThat(visitInspectors).containsExactlyInAnyOrderElementsOf(union);
		}
		assertThat(texts(published.at("/strata/0/drawn"))).containsExactlyInAnyOrderElementsOf(codes);
		// the auxiliary of the market department is never an inspector (nor anyone without a certificate)
		assertThat(read(mvc.perform(get("/api/v1/inspections/inspectors").param("departmentId", String.valueOf(market()))
			.with(as(MARKET)))).toString()).doesNotContain("张晓东").contains("MARKET_SUPERVISION", "特种设备");

		// a tag narrows the market department's inspectors: two carry 特种设备 in the demo, both drawn
		JsonNode tagged = drawTask(task, input("inspectorsPerSubject", 2, "inspectorTags",
				Map.of(String.valueOf(market()), "特种设备")));
		for (JsonNode s : tagged.get("subjects")) {
			assertThat(texts(groupOf(s, market()).get("eligible"))).containsExactly("QH632802SJ03", "QH632802SJ05");
			assertThat(texts(groupOf(s, market()).get("drawn"))).containsExactlyInAnyOrder("QH632802SJ03",
					"QH632802SJ05");
			assertThat(texts(groupOf(s, bureau()).get("eligible"))).containsExactlyElementsOf(bureauInspectors);
		}

		// nobody carries the tag: refused, naming each subject and the department, nothing stored
		long before = jdbc.sql("select count(*) from inspection_draw").query(Long.class).single();
		send(OFFICER, post("/api/v1/inspections/draws/tasks/{id}", task),
				input("inspectorTags", Map.of(String.valueOf(market()), "消防（无人）")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("draw.inspector-shortfall"))
			.andExpect(jsonPath("$.shortfalls.length()").value(3))
			.andExpect(jsonPath("$.shortfalls[0].group").value(name(market())))
			.andExpect(jsonPath("$.shortfalls[0].departmentId").value(market()))
			.andExpect(jsonPath("$.shortfalls[0].missing").value(2))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/" + name(market()) + ":2")));
		assertThat(jdbc.sql("select count(*) from inspection_draw").query(Long.class).single()).isEqualTo(before);
		send(OFFICER, post("/api/v1/inspections/draws/tasks/{id}", task),
				input("inspectorTags", Map.of("999999999", "食品")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("draw.tag-department-not-in-task"));
	}

	private void onTheSpot(long subject, String decidedOn, List<String> usernames) throws Exception {
		List<Long> people = usernames.stream()
			.map(u -> officers.personOfAccount(accounts.idOf(u).orElseThrow()).orElseThrow().id().value())
			.toList();
		Map<String, Object> decision = new LinkedHashMap<>(Map.of("matter", "HX-CG-018", "place", "632802003",
				"decidedOn", decidedOn, "partyKind", "ORGANISATION", "partyName", "现场记名", "facts",
				"擅自占用城市道路堆放货物（" + decidedOn + "）", "penaltyKinds", List.of("FINE"), "fine", 100, "formNumber",
				"JC" + System.nanoTime() % 1_000_000_000L, "officers", people));
		decision.put("partyInformed", true);
		decision.put("subjectId", subject);
		send(OFFICER, post("/api/v1/cases/on-the-spot"), decision).andExpect(status().isCreated());
	}

	/** A visit of the subject by the market department with these inspectors, recorded on the day when one is given. */
	private long visit(long subject, String code, List<String> inspectors, LocalDate from, LocalDate inspectedOn)
			throws Exception {
		long id = jdbc.sql("""
				insert into inspection_visit (subject_id, subject_code, division_code, kind, trigger, lead_department_id,
				  department_ids, window_from, window_until, on_site, code, inspectors, state, reason, created_by,
				  created_at)
				values (?, ?, '632802100', 'TARGETED', 'COMPLAINT', ?, ?, ?, ?, true, ?, ?, 'PLANNED', '测试', 0, now())
				returning id""")
			.params(subject, code, market(), new Long[] { market() }, from, from.plusDays(30), visitCode(),
					inspectors.toArray(String[]::new))
			.query(Long.class)
			.single();
		if (inspectedOn != null) {
			jdbc.sql("""
					update inspection_visit set state = 'RECORDED', recorded_by = 0, recorded_at = ?, with_code = true,
					  inspected_on = ?, outcome = 'NO_PROBLEM' where id = ?""")
				.params(OffsetDateTime.now(), inspectedOn, id)
				.update();
		}
		return id;
	}

	private static String visitCode() {
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return code.toString();
	}

	@Test
	void theLastCasesOfficersAndTheLastInspectionsInspectorsAreRecusedOnlyWhenAskedAndOnlyTheLast() throws Exception {
		String issuer = randomCode("11632802");
		Map.Entry<Long, String> s = subject(issuer);
		long task = task(List.of(market(), bureau()), issuer, 1);
		// an older case by officer1 and officer2, the last one by officer1 and the squad head
		onTheSpot(s.getKey(), "2026-06-02", List.of("dlh.officer1", "dlh.officer2"));
		onTheSpot(s.getKey(), "2026-06-05", List.of("dlh.officer1", "dlh.squad"));
		// an older inspection, the last one, and a planned visit after it (not an inspection)
		LocalDate day = LocalDate.of(2026, 3, 1);
		visit(s.getKey(), s.getValue(), List.of("QH632802SJ01", "QH632802SJ02"), day, day.plusDays(3));
		visit(s.getKey(), s.getValue(), List.of("QH632802SJ03", "QH632802SJ04"), day.plusMonths(2), day.plusMonths(2));
		visit(s.getKey(), s.getValue(), List.of("QH632802SJ05", "QH632802SJ06"), day.plusMonths(6), null);

		String officer1 = certificateOf("dlh.officer1");
		String officer2 = certificateOf("dlh.officer2");
		String squad = certificateOf("dlh.squad");
		JsonNode plain = drawTask(task, input()).get("subjects").get(0);
		assertThat(texts(groupOf(plain, bureau()).get("eligible"))).contains(officer1, officer2, squad);
		assertThat(texts(groupOf(plain, market()).get("eligible"))).contains("QH632802SJ03", "QH632802SJ04");
		assertThat(plain.get("recused")).isEmpty();

		JsonNode byCase = drawTask(task, input("recuseLastCase", true)).get("subjects").get(0);
		assertThat(texts(groupOf(byCase, bureau()).get("eligible"))).doesNotContain(officer1, squad).contains(officer2);
		assertThat(texts(groupOf(byCase, market()).get("eligible"))).contains("QH632802SJ03", "QH632802SJ04");
		assertThat(texts(byCase.get("inspectors"))).doesNotContain(officer1, squad);
		List<String> reasons = new ArrayList<>();
		byCase.get("recused").forEach(r -> reasons.add(r.get("certificateNumber").asString() + ":" + r.get("reason")
			.asString()));
		assertThat(reasons).containsExactlyInAnyOrder(officer1 + ":last-case", squad + ":last-case");

		JsonNode byInspection = drawTask(task, input("recuseLastInspection", true)).get("subjects").get(0);
		assertThat(texts(groupOf(byInspection, market()).get("eligible")))
			.doesNotContain("QH632802SJ03", "QH632802SJ04")
			.contains("QH632802SJ01", "QH632802SJ02", "QH632802SJ05", "QH632802SJ06");
		assertThat(texts(groupOf(byInspection, bureau()).get("eligible"))).contains(officer1, squad);

		JsonNode both = drawTask(task, input("recuseLastCase", true, "recuseLastInspection", true)).get("subjects").get(0);
		assertThat(texts(both.get("eligible"))).doesNotContain(officer1, squad, "QH632802SJ03", "QH632802SJ04");
		// the public answer shows the eligible after recusal, never why
		long id = jdbc.sql("select max(id) from inspection_draw where task_id = ?").param(task).query(Long.class).single();
		String body = mvc.perform(get("/api/v1/public/inspections/draws/{id}", id)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("last-case", "last-inspection", "recused");
	}

	@Test
	void aDeclaredConflictRecusesUntilItIsEndedAndIsKept() throws Exception {
		String issuer = randomCode("11632802");
		Map.Entry<Long, String> s = subject(issuer);
		long task = task(List.of(market()), issuer, 1);
		long conflict = read(send(OFFICER, post("/api/v1/inspections/draws/conflicts"), Map.of("certificateNumber",
				"QH632802SJ02", "subjectCode", s.getValue(), "reason", "近亲属在该企业任职（测试）"))
			.andExpect(status().isCreated())).asLong();
		JsonNode recused = drawTask(task, input("recuseDeclaredConflicts", true)).get("subjects").get(0);
		assertThat(texts(recused.get("eligible"))).doesNotContain("QH632802SJ02").contains("QH632802SJ01");
		assertThat(recused.at("/recused/0/reason").asString()).isEqualTo("declared-conflict");

		// only a head of the declaring body ends it
		send(OFFICER, post("/api/v1/inspections/draws/conflicts/{id}/end", conflict), Map.of("reason", "自行终止"))
			.andExpect(status().isForbidden());
		send(HEAD, post("/api/v1/inspections/draws/conflicts/{id}/end", conflict), Map.of("reason", "该亲属已离职（测试）"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endedAt").exists())
			.andExpect(jsonPath("$.endReason").value("该亲属已离职（测试）"));
		send(HEAD, post("/api/v1/inspections/draws/conflicts/{id}/end", conflict), Map.of("reason", "再次终止"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("draw.conflict-ended"));
		send(HEAD, post("/api/v1/inspections/draws/conflicts/{id}/end", Long.MAX_VALUE), Map.of("reason", "无"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/inspections/draws/conflicts").param("subjectCode", s.getValue()).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(conflict));
		JsonNode after = drawTask(task, input("recuseDeclaredConflicts", true)).get("subjects").get(0);
		assertThat(texts(after.get("eligible"))).contains("QH632802SJ01", "QH632802SJ02");
		assertThat(jdbc.sql("select count(*) from inspection_draw_conflict where id = ?").param(conflict)
			.query(Long.class).single()).isEqualTo(1L);
	}
}
