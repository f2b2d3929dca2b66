package cn.oneteam.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.MatterKind;
import cn.oneteam.catalog.MatterLevel;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.NewMatter;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.catalog.StatutoryFine;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyQualificationRecorded;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enforcement bodies' qualification (docs/adr/0037-enforcement-bodies-qualification.md): a body never confirmed and a
 * confirmed body act; a body whose confirmation ended without renewal or was revoked is refused — general-procedure
 * actions and on-the-spot decisions — with the body and the end date named, nothing changed; bad confirmations are
 * refused; the public list shows only announced, current confirmations and no person; every step is recorded.
 */
class QualificationTests extends IntegrationTest {

	private static final String SUPERVISOR = "hx.supervisor";

	private static final String DELINGHA = "632802";

	private static final String PLACE = "632802003";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Catalog catalog;

	@Autowired
	private Officers officers;

	@Autowired
	private FullProcessRecord record;

	/** A fresh enforcement body of this test at 德令哈 with an officer account and a matter only it enforces. */
	private record Body(long id, String name, String officer, String matter) {
	}

	private Body freshBody() {
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String name = "资格测试执法局" + tag;
		String username = "ql.officer." + tag.toLowerCase();
		String matter = "T-QL-" + tag;
		Organization body = SystemActor.call(() -> {
			Organization o = organizations.register(new NewOrganization("T-QL-" + tag, name,
					OrganizationKind.DEPARTMENT, BodyType.OWN_POWER, DivisionCode.of(DELINGHA), null, List.of()),
					JurisdictionScope.nationwide());
			accounts.open(new NewAccount(username, "资格测试队员", "Secret-Pass-2026!", o.id(), Set.of(Role.OFFICER)),
					JurisdictionScope.nationwide());
			catalog.register(new NewMatter(matter, EnforcementDomain.URBAN_MANAGEMENT, MatterKind.PENALTY,
					MatterLevel.COUNTY, new MatterVersion(1, "资格测试事项 " + tag, "《测试法》", "第一条", "《测试法》", "第二条",
							Set.of(PenaltyKind.WARNING), StatutoryFine.NONE, LocalDate.of(2020, 1, 1), null)));
			catalog.defineBoundary(matter, DivisionCode.of(DELINGHA), null, null, o.id().value(),
					LocalDate.of(2020, 1, 1), null, JurisdictionScope.nationwide());
			return o;
		});
		return new Body(body.id().value(), name, username, matter);
	}

	private static LocalDate today() {
		return LocalDate.now(ChinaTime.ZONE);
	}

	private ResultActions confirm(Map<String, Object> confirmation) throws Exception {
		return mvc.perform(post("/api/v1/supervision/qualifications").with(as(SUPERVISOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(confirmation)));
	}

	private static Map<String, Object> confirmation(long bodyId, int year, LocalDate from, LocalDate to) {
		Map<String, Object> c = new HashMap<>();
		c.put("bodyId", bodyId);
		c.put("year", year);
		c.put("legalBasis", "《青海省人民政府关于确认行政执法主体的决定》（测试）");
		c.put("allMatters", true);
		c.put("validFrom", from.toString());
		c.put("validTo", to.toString());
		return c;
	}

	private long confirmed(long bodyId, int year, LocalDate from, LocalDate to) throws Exception {
		return body(confirm(confirmation(bodyId, year, from, to)).andExpect(status().isCreated())).get("id").asLong();
	}

	private ResultActions step(long id, String step, String reason) throws Exception {
		return mvc.perform(post("/api/v1/supervision/qualifications/{id}/{step}", id, step).with(as(SUPERVISOR))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(reason == null ? "{}" : json.writeValueAsString(Map.of("reason", reason))));
	}

	private long clue(Body b) throws Exception {
		return body(mvc.perform(post("/api/v1/cases/clues").with(as(b.officer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"%s","place":"%s","partyKind":"NATURAL_PERSON","partyName":"资格测试当事人",
					 "facts":"违法行为","source":"INSPECTION","discoveredOn":"%s"}""".formatted(b.matter(), PLACE, today())))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	/** 不予立案, an action a head decides: the caller asks for approval once the action's checks pass. */
	private ResultActions declineFiling(Body b, long caseId) throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/decline-filing", caseId).with(as(b.officer())).with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decidedOn\":\"%s\",\"grounds\":\"证据不足\"}".formatted(today())));
	}

	private JsonNode detail(Body b, long caseId) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/{id}/procedure", caseId).with(as(b.officer())))
			.andExpect(status().isOk()));
	}

	private String standing(long bodyId) throws Exception {
		JsonNode all = body(mvc.perform(get("/api/v1/supervision/qualifications").with(as(SUPERVISOR)))
			.andExpect(status().isOk()));
		return all.valueStream().filter(r -> r.get("bodyId").asLong() == bodyId).findFirst().orElseThrow()
			.get("state").asString();
	}

	@Test
	void neverConfirmedAndConfirmedBodiesActARevokedOneIsRefusedWithNothingChanged() throws Exception {
		Body b = freshBody();
		assertThat(standing(b.id())).isEqualTo("UNCONFIRMED");
		long first = clue(b);
		declineFiling(b, first).andExpect(status().isOk()).andExpect(jsonPath("$.pendingApproval.id").exists());

		int year = today().getYear();
		long id = confirmed(b.id(), year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		assertThat(standing(b.id())).isEqualTo("CONFIRMED");
		long second = clue(b);
		declineFiling(b, second).andExpect(status().isOk()).andExpect(jsonPath("$.pendingApproval.id").exists());

		step(id, "revoke", "执法主体已撤并（测试）").andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedOn").value(today().toString()));
		assertThat(standing(b.id())).isEqualTo("LAPSED");
		long third = clue(b); // a clue is no enforcement action: it is recorded
		declineFiling(b, third).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.body-qualification-lapsed"))
			.andExpect(jsonPath("$.detail").value(containsString(b.name())))
			.andExpect(jsonPath("$.detail").value(containsString(today().minusDays(1).toString())));
		JsonNode unchanged = detail(b, third);
		assertThat(unchanged.get("stage").asString()).isEqualTo("CLUE");
		assertThat(unchanged.get("pendingApproval").isNull()).isTrue();

		// the whole way is in the full-process record
		assertThat(record.entries(BodyQualificationRecorded.SUBJECT, id).stream().map(RecordEntry::action))
			.containsExactly("confirmed", "revoked");
		step(id, "revoke", "again").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-revoked"));
		step(id, "publish", null).andExpect(status().isConflict());
		// a new confirmation for the year, after the revocation, covers the body again
		confirmed(b.id(), year, today(), LocalDate.of(year, 12, 31));
		declineFiling(b, third).andExpect(status().isOk());
	}

	@Test
	void aPeriodEndedWithoutRenewalRefusesCaseActionsAndOnTheSpotDecisionsOnDaysAfterIt() throws Exception {
		Body b = freshBody();
		int last = today().getYear() - 1;
		long id = confirmed(b.id(), last, LocalDate.of(last, 1, 1), LocalDate.of(last, 12, 31));
		step(id, "publish", null).andExpect(status().isOk());
		long c = clue(b);
		declineFiling(b, c).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.body-qualification-lapsed"))
			.andExpect(jsonPath("$.detail").value(containsString(last + "-12-31")));
		assertThat(detail(b, c).get("pendingApproval").isNull()).isTrue();

		String form = "QL-" + UUID.randomUUID().toString().substring(0, 8);
		String decision = """
				{"matter": "%s", "place": "%s", "decidedOn": "%s", "partyKind": "NATURAL_PERSON",
				 "partyName": "资格测试当事人", "facts": "违法行为", "penaltyKinds": ["WARNING"],
				 "formNumber": "%s", "officers": [%d, %d], "partyInformed": true}""";
		long p1 = personOf("dlh.officer1");
		long p2 = personOf("dlh.officer2");
		mvc.perform(post("/api/v1/cases/on-the-spot").with(as(b.officer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(decision.formatted(b.matter(), PLACE, today(), form, p1, p2)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.body-qualification-lapsed"));
		assertThat(jdbc.sql("select count(*) from penalty_case where form_number = ?").param(form).query(Long.class)
			.single()).isZero();
		// a decision dated within the period is judged by the other rules (here: the officers are of another body)
		mvc.perform(post("/api/v1/cases/on-the-spot").with(as(b.officer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision.formatted(b.matter(), PLACE, LocalDate.of(last, 6, 1), form, p1, p2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons", org.hamcrest.Matchers.hasItem("case.officer-of-another-body")));
		// an ended confirmation is not on the public list even though announced
		mvc.perform(get("/api/v1/public/qualifications").param("division", DELINGHA).param("year",
				String.valueOf(last)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(b.name()))));
	}

	private long personOf(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value();
	}

	@Test
	void badConfirmationsAreRefusedWithTheReasonAndNothingIsRecorded() throws Exception {
		Body b = freshBody();
		int year = today().getYear();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		confirm(confirmation(b.id(), year, to, from)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-period"));
		confirm(confirmation(b.id(), year, from.minusYears(1), to)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-period"));
		confirm(confirmation(b.id(), year + 2, from.plusYears(2), to.plusYears(2))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-year"));
		Map<String, Object> unknownMatter = confirmation(b.id(), year, from, to);
		unknownMatter.put("allMatters", false);
		unknownMatter.put("matters", List.of(b.matter(), "NO-SUCH-MATTER-1"));
		confirm(unknownMatter).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:supervision.qualification-matter-unknown"))
			.andExpect(jsonPath("$.detail").value(containsString("NO-SUCH-MATTER-1")));
		Map<String, Object> noMatters = confirmation(b.id(), year, from, to);
		noMatters.put("allMatters", false);
		confirm(noMatters).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-matters"));
		Map<String, Object> noBasis = confirmation(b.id(), year, from, to);
		noBasis.put("legalBasis", " ");
		confirm(noBasis).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-input"));
		// a body seated outside the supervisor's jurisdiction is not found
		Organization xining = SystemActor.call(() -> organizations.register(new NewOrganization(
				"T-QL-XN-" + UUID.randomUUID().toString().substring(0, 8), "西宁资格测试局", OrganizationKind.DEPARTMENT,
				BodyType.OWN_POWER, DivisionCode.of("6301"), null, List.of()), JurisdictionScope.nationwide()));
		confirm(confirmation(xining.id().value(), year, from, to)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-body-unknown"));
		// nor is a body that is no enforcement body (the 司法局 itself)
		long judicial = organizations.findByCode("6328-sfj").orElseThrow().id().value();
		confirm(confirmation(judicial, year, from, to)).andExpect(status().isNotFound());
		// only a supervisor confirms
		mvc.perform(post("/api/v1/supervision/qualifications").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(confirmation(b.id(), year, from, to))))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from body_qualification where organization_id in (?, ?)")
			.params(b.id(), xining.id().value()).query(Long.class).single()).isZero();
		assertThat(standing(b.id())).isEqualTo("UNCONFIRMED");

		Map<String, Object> listed = confirmation(b.id(), year, from, to);
		listed.put("allMatters", false);
		listed.put("matters", List.of(" " + b.matter() + " "));
		long id = body(confirm(listed).andExpect(status().isCreated())).get("id").asLong();
		confirm(confirmation(b.id(), year, from, to)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:organization.qualification-exists"));
		step(id, "revoke", " ").andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select matter_code from body_qualification_matter where qualification_id = ?").param(id)
			.query(String.class).list()).containsExactly(b.matter());
	}

	@Test
	void thePublicListShowsOnlyAnnouncedCurrentConfirmationsWithoutAnyPerson() throws Exception {
		Body b = freshBody();
		int year = today().getYear();
		long id = confirmed(b.id(), year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		String list = "/api/v1/public/qualifications";
		mvc.perform(get(list).param("division", DELINGHA).param("year", String.valueOf(year)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(b.name()))));
		step(id, "publish", null).andExpect(status().isOk()).andExpect(jsonPath("$.publishedAt").exists());
		step(id, "publish", null).andExpect(status().isConflict());
		String shown = mvc.perform(get(list).param("division", DELINGHA).param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode entry = json.readTree(shown).valueStream().filter(e -> e.get("bodyId").asLong() == b.id())
			.findFirst().orElseThrow();
		assertThat(entry.get("bodyName").asString()).isEqualTo(b.name());
		assertThat(entry.get("validTo").asString()).isEqualTo(year + "-12-31");
		assertThat(entry.get("allMatters").asBoolean()).isTrue();
		assertThat(entry.has("confirmedBy")).isFalse();
		assertThat(shown).doesNotContain("海西州执法监督员").doesNotContain("hx.supervisor");
		// elsewhere, or another year: not there
		mvc.perform(get(list).param("division", "632801").param("year", String.valueOf(year)))
			.andExpect(content().string(not(containsString(b.name()))));
		mvc.perform(get(list).param("division", DELINGHA).param("year", String.valueOf(year + 1)))
			.andExpect(content().string(not(containsString(b.name()))));
		mvc.perform(get(list).param("division", "12x")).andExpect(status().isBadRequest());
		// the public page, without an account
		mvc.perform(get("/public/qualifications").param("division", DELINGHA).param("year", String.valueOf(year)))
			.andExpect(status().isOk()).andExpect(content().string(containsString(b.name())));
		step(id, "revoke", "撤销（测试）").andExpect(status().isOk());
		mvc.perform(get(list).param("division", DELINGHA).param("year", String.valueOf(year)))
			.andExpect(content().string(not(containsString(b.name()))));
		assertThat(record.entries(BodyQualificationRecorded.SUBJECT, id).stream().map(RecordEntry::action))
			.containsExactly("confirmed", "published", "revoked");
	}

	@Test
	void theSupervisorsPageConfirmsFromTheFormAndShowsEachBodysStanding() throws Exception {
		Body b = freshBody();
		int year = today().getYear();
		mvc.perform(get("/supervision").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hub-qualifications\"")));
		mvc.perform(post("/supervision/qualifications").with(as(SUPERVISOR)).with(csrf())
			.param("bodyId", String.valueOf(b.id())).param("year", String.valueOf(year))
			.param("legalBasis", "测试依据").param("matters", b.matter() + "，")
			.param("validFrom", year + "-01-01").param("validTo", year + "-12-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(standing(b.id())).isEqualTo("CONFIRMED");
		mvc.perform(get("/supervision/qualifications").with(as(SUPERVISOR)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(b.name())))
			.andExpect(content().string(containsString("data-body=\"" + b.id() + "\" data-state=\"CONFIRMED\"")));
		mvc.perform(get("/supervision/qualifications").with(as("dlh.officer1"))).andExpect(status().isForbidden());
	}

	@Test
	void theDemoConfirmsItsBodiesForTheYearAndKeepsOneLapsedExample() throws Exception {
		long delinghaBureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		long chaka = organizations.findByCode("632821101-gov").orElseThrow().id().value();
		assertThat(standing(delinghaBureau)).isEqualTo("CONFIRMED");
		assertThat(standing(chaka)).isEqualTo("LAPSED");
		mvc.perform(get("/api/v1/public/qualifications").param("division", "6328"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("德令哈市综合行政执法局")))
			.andExpect(content().string(not(containsString("茶卡镇"))));
	}
}
