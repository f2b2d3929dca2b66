package cn.oneteam.supervision.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.supervision.standard.ScoringStandards;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review campaigns (docs/adr/0035-review-campaigns-and-rectification.md): the draw recomputed here from its published
 * seed and population equals the stored one, per body by the ratio (none for a body without closed cases, at least
 * one); scores out of an item's range, without a reason, by someone not a reviewer or of the case's own body are
 * refused with localised problems; results per body and domain; every step recorded; the jurisdiction.
 *
 * <p>
 * The closed cases are rows of test bodies in 湟源县 — a county no demo account and no other test covers — closed in a
 * year of their own (the whole general procedure to 结案 is driven by the case-handling tests); their matter is a demo
 * matter, so their domain is known.
 */
class CampaignTests extends IntegrationTest {

	private static final String SUPERVISOR = "hx.supervisor";

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
	private FullProcessRecord record;

	@Autowired
	private ScoringStandards standards;

	private final int unique = ThreadLocalRandom.current().nextInt(1_000_000);

	/**
	 * The county the drawn cases of these tests lie in: 湟源县, which no demo account and no other test covers, so that
	 * their rows are nobody else's.
	 */
	private static final String COUNTY = "630123";

	private Organization bureau(String suffix) {
		return SystemActor.call(() -> organizations.register(new NewOrganization(COUNTY + "-cmp-" + unique + suffix,
				"评查测试执法局" + unique + suffix, OrganizationKind.ENFORCEMENT_BUREAU, null, DivisionCode.of(COUNTY),
				null, List.of(DivisionCode.of(COUNTY))), JurisdictionScope.nationwide()));
	}

	/** A 司法局 of the county with a supervisor of its own: the supervisor's user name. */
	private String countySupervisor() {
		String username = "hy.supervisor" + unique;
		SystemActor.call(() -> {
			var judicial = organizations.register(new NewOrganization(COUNTY + "-sfj-" + unique, "湟源县司法局（评查测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of(COUNTY), null,
					List.of(DivisionCode.of(COUNTY))), JurisdictionScope.nationwide());
			return accounts.open(new NewAccount(username, "湟源执法监督员", "Secret-Pass-2026!", judicial.id(),
					Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide());
		});
		return username;
	}

	/** A closed general-procedure case of the body, closed on the day, with its decision number. */
	private long closedCase(Organization body, String number, LocalDate closedOn) {
		return jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on,
				  recorded_by, recorded_at, filed_on, closed_on, decision_number, served_on, paid_amount, paid_on)
				values ('GENERAL', 'CLOSED', 'HX-CG-013', 1, ?, ?, ?, 'OWN_POWER', 'ORGANISATION', '评查测试公司',
				  '测试事实', '{FINE}', 1000, ?, 0, ?, ?, ?, ?, ?, 1000, ?) returning id""")
			.params(COUNTY, body.id().value(), body.id().value(), closedOn.minusDays(10), OffsetDateTime.now(),
					closedOn.minusDays(40), closedOn, number, closedOn.minusDays(9), closedOn.minusDays(5))
			.query(Long.class)
			.single();
	}

	private long supervisorId() {
		return accountId(SUPERVISOR);
	}

	private long accountId(String username) {
		return accounts.idOf(username).orElseThrow();
	}

	private ResultActions create(String as, Map<String, Object> campaign) throws Exception {
		return mvc.perform(post("/api/v1/supervision/campaigns").with(as(as)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(campaign)));
	}

	private Map<String, Object> campaign(LocalDate from, LocalDate to, String ratio, List<Long> reviewers) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("name", "评查测试" + unique);
		c.put("closedFrom", from.toString());
		c.put("closedTo", to.toString());
		c.put("ratioPercent", ratio);
		c.put("minimumPerBody", 1);
		c.put("reviewerIds", reviewers);
		return c;
	}

	private ResultActions score(String as, long campaign, long caseId, Object scores) throws Exception {
		return mvc.perform(post("/api/v1/supervision/campaigns/{id}/cases/{caseId}/scores", campaign, caseId)
			.with(as(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(scores)));
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A year no other test closes cases in. */
	private LocalDate day() {
		return LocalDate.of(1990 + ThreadLocalRandom.current().nextInt(0, 9), 1 + unique % 12, 1);
	}

	@Test
	void theDrawRecomputedIndependentlyIsTheStoredDrawByTheRatioPerBody() throws Exception {
		LocalDate from = LocalDate.of(2001, 1 + unique % 12, 1);
		String supervisor = countySupervisor();
		Organization eleven = bureau("a");
		Organization one = bureau("b");
		bureau("c"); // no closed case: no stratum
		for (int i = 1; i <= 11; i++) {
			closedCase(eleven, "测试罚决〔" + unique + "〕" + i + "号", from.plusDays(i));
		}
		closedCase(one, "测试罚决〔" + unique + "〕B1号", from.plusDays(3));
		closedCase(one, "测试罚决〔" + unique + "〕B2号", from.minusYears(15)); // closed outside the period (a year no other test uses)
		// a body seated outside the county acting in it: not the county 司法局's to rectify, so never drawn
		Organization visitor = SystemActor.call(() -> organizations.register(new NewOrganization(
				"6301-cmp-" + unique + "v", "评查测试外地执法局" + unique, OrganizationKind.ENFORCEMENT_BUREAU, null,
				DivisionCode.of("6301"), null, List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide()));
		closedCase(visitor, "测试罚决〔" + unique + "〕V1号", from.plusDays(4));
		long id = body(create(supervisor, campaign(from, from.plusDays(27), "10", List.of(accountId(supervisor))))
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(get("/api/v1/supervision/campaigns/{id}/draw", id).with(as(supervisor)))
			.andExpect(status().isNotFound());
		JsonNode draw = body(mvc.perform(post("/api/v1/supervision/campaigns/{id}/draw", id).with(as(supervisor))
			.with(csrf())).andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/supervision/campaigns/{id}/draw", id).with(as(supervisor)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.campaign-drawn"));

		String seed = draw.get("seed").asString();
		assertThat(seed).matches("[0-9a-f]{64}");
		String population = mvc.perform(get("/api/v1/supervision/campaigns/{id}/draw/population", id).with(as(supervisor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(sha256(population)).isEqualTo(draw.get("populationSha256").asString());
		Map<String, List<String>> candidates = new LinkedHashMap<>();
		for (String line : population.split("\n")) {
			int comma = line.indexOf(',');
			candidates.computeIfAbsent(line.substring(0, comma), s -> new ArrayList<>()).add(line.substring(comma + 1));
		}
		assertThat(candidates).containsOnlyKeys(eleven.code(), one.code());
		assertThat(candidates.get(eleven.code())).hasSize(11);
		assertThat(candidates.get(one.code())).containsExactly("测试罚决〔" + unique + "〕B1号");

		Map<String, Integer> expectedN = Map.of(eleven.code(), 2, one.code(), 1); // 11 × 10 % → 2; 1 → at least 1
		List<String> storedReferences = new ArrayList<>();
		body(mvc.perform(get("/api/v1/supervision/campaigns/{id}/cases", id).with(as(supervisor))))
			.forEach(c -> storedReferences.add(c.get("reference").asString()));
		List<String> recomputedAll = new ArrayList<>();
		for (JsonNode stratum : draw.get("strata")) {
			String name = stratum.get("stratum").asString();
			record Keyed(String key, String reference) {
			}
			List<Keyed> keyed = new ArrayList<>();
			for (String reference : candidates.get(name)) {
				keyed.add(new Keyed(sha256(seed + "|" + reference), reference));
			}
			keyed.sort(Comparator.comparing(Keyed::key));
			List<String> recomputed = keyed.stream().limit(expectedN.get(name)).map(Keyed::reference).toList();
			assertThat(stratum.get("n").asInt()).isEqualTo(expectedN.get(name));
			assertThat(stratum.get("size").asInt()).isEqualTo(candidates.get(name).size());
			assertThat(stratum.get("drawn").valueStream().map(JsonNode::asString).toList()).isEqualTo(recomputed);
			recomputedAll.addAll(recomputed);
		}
		assertThat(storedReferences).containsExactlyElementsOf(recomputedAll);
		assertThat(jdbc.sql("select count(*) from supervision_campaign_case where campaign_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(3);
		assertThat(record.entries(StepRecorded.CAMPAIGN, id)).extracting(RecordEntry::action)
			.containsExactly("created", "drawn");
	}

	@Test
	void aPeriodWithoutClosedCasesDrawsNothing() throws Exception {
		LocalDate from = LocalDate.of(1980, 1 + unique % 12, 1);
		long id = body(create(SUPERVISOR, campaign(from, from.plusDays(5), "10", List.of(supervisorId())))
			.andExpect(status().isCreated())).get("id").asLong();
		JsonNode draw = body(mvc.perform(post("/api/v1/supervision/campaigns/{id}/draw", id).with(as(SUPERVISOR))
			.with(csrf())).andExpect(status().isCreated()));
		assertThat(draw.get("strata")).isEmpty();
		mvc.perform(get("/api/v1/supervision/campaigns/{id}/draw/population", id).with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(""));
	}

	@Test
	void badCampaignsAreRefusedWithTheirReason() throws Exception {
		LocalDate from = day();
		create(SUPERVISOR, campaign(from, from.plusDays(5), "0", List.of(supervisorId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.campaign-ratio"));
		create(SUPERVISOR, campaign(from, from.plusDays(5), "100.5", List.of(supervisorId())))
			.andExpect(status().isBadRequest());
		create(SUPERVISOR, campaign(from.plusDays(5), from, "10", List.of(supervisorId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.campaign-input"));
		long officer = accounts.idOf("dlh.officer1").orElseThrow(); // no supervision:review
		create(SUPERVISOR, campaign(from, from.plusDays(5), "10", List.of(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.campaign-reviewer-invalid"));
		create("dlh.officer1", campaign(from, from.plusDays(5), "10", List.of(supervisorId())))
			.andExpect(status().isForbidden());
	}

	@Test
	void scoresOutOfRangeWithoutReasonOrByTheCasesOwnBodyAreRefusedAndNothingIsDeleted() throws Exception {
		LocalDate from = LocalDate.of(2002, 1 + unique % 12, 1);
		String supervisor = countySupervisor();
		Organization body = bureau("s");
		Organization other = bureau("t");
		long own = closedCase(body, "评分测试〔" + unique + "〕1号", from.plusDays(1));
		long foreign = closedCase(other, "评分测试〔" + unique + "〕2号", from.plusDays(2));
		String insider = "cmp.insider" + unique;
		long insiderId = SystemActor.call(() -> accounts.open(new NewAccount(insider, "本单位监督员", "Secret-Pass-2026!",
				body.id(), Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide()));
		long id = body(create(supervisor, campaign(from, from.plusDays(10), "100", List.of(accountId(supervisor), insiderId)))
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(post("/api/v1/supervision/campaigns/{id}/draw", id).with(as(supervisor)).with(csrf()))
			.andExpect(status().isCreated());

		JsonNode sheet = body(mvc.perform(get("/api/v1/supervision/campaigns/{id}/cases/{c}", id, foreign)
			.with(as(supervisor))).andExpect(status().isOk()));
		assertThat(sheet.get("items")).hasSize(standards.inEffect(ScoringStandards.GENERAL, LocalDate.now()).orElseThrow()
			.items().size());
		assertThat(sheet.get("complete").asBoolean()).isFalse();

		score(supervisor, id, foreign, Map.of("items", List.of(Map.of("item", "C08", "points", 21))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.campaign-score-range"))
			.andExpect(jsonPath("$.detail").value("项目 C08 的得分 21 无效：应在 0 至 20 分之间（至多一位小数）。"));
		mvc.perform(post("/api/v1/supervision/campaigns/{id}/cases/{caseId}/scores", id, foreign).with(as(supervisor))
			.with(csrf()).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"item\":\"C08\",\"points\":-1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(
					"The score -1 of item C08 is invalid: it must lie between 0 and 20 (at most one decimal)."));
		score(supervisor, id, foreign, Map.of("items", List.of(Map.of("item", "C08", "points", 15))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.campaign-reason-required"));
		score(supervisor, id, foreign, Map.of("items", List.of(Map.of("item", "V07", "failed", true))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.campaign-reason-required"));
		score(supervisor, id, foreign, Map.of("items", List.of(Map.of("item", "X99", "points", 1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.campaign-item-unknown"));
		score(insider, id, own, Map.of("items", List.of(Map.of("item", "C08", "points", 20))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("supervision.campaign-own-body"));
		score("dlh.officer1", id, foreign, Map.of("items", List.of(Map.of("item", "C08", "points", 20))))
			.andExpect(status().isForbidden());
		// the case of another body the insider may score; a refused score left nothing behind
		score(insider, id, foreign, Map.of("items", List.of(Map.of("item", "C08", "points", 20))))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from supervision_campaign_score where campaign_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(1);

		// the whole sheet: the machine items confirmed as the self-review found them, the reviewer items by hand
		List<Map<String, Object>> byHand = new ArrayList<>();
		List<Map<String, Object>> machineOverridden = new ArrayList<>();
		for (JsonNode item : sheet.get("items")) {
			String code = item.get("code").asString();
			boolean veto = "VETO".equals(item.get("kind").asString());
			Map<String, Object> full = veto ? Map.of("item", code, "failed", false)
					: Map.of("item", code, "points", item.get("maxPoints").decimalValue());
			if (item.get("machine").asBoolean()) {
				machineOverridden.add(full);
			}
			else if ("C09".equals(code)) {
				byHand.add(Map.of("item", code, "points", 11.5, "reason", "裁量说理不充分"));
			}
			else {
				byHand.add(full);
			}
		}
		JsonNode confirmed = body(score(supervisor, id, foreign, Map.of("items", byHand, "confirmMachine", true))
			.andExpect(status().isOk()));
		assertThat(confirmed.get("complete").asBoolean()).isTrue();
		for (JsonNode item : confirmed.get("items")) {
			if (item.get("machine").asBoolean()) {
				assertThat(item.get("source").asString()).isEqualTo("MACHINE");
				assertThat(item.get("failed").asBoolean()).isEqualTo(item.get("prefillFailed").asBoolean());
				if (!item.get("prefillPoints").isNull()) {
					assertThat(item.get("points").decimalValue()).isEqualByComparingTo(item.get("prefillPoints").decimalValue());
				}
			}
			else {
				assertThat(item.get("source").asString()).isEqualTo("REVIEWER");
			}
		}
		// the reviewer may change what the self-review found: every machine item passed in full
		JsonNode scored = body(score(supervisor, id, foreign, Map.of("items", machineOverridden))
			.andExpect(status().isOk()));
		assertThat(scored.get("complete").asBoolean()).isTrue();
		assertThat(scored.get("score").decimalValue()).isEqualByComparingTo("96.5");
		assertThat(scored.get("grade").asString()).isEqualTo("EXCELLENT");
		// a later score of an item is a new row; the first stays
		score(supervisor, id, foreign, Map.of("items", List.of(Map.of("item", "V08", "failed", true, "reason",
				"超越职权"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(0))
			.andExpect(jsonPath("$.grade").value("FAIL"));
		assertThat(jdbc.sql("select count(*) from supervision_campaign_score where campaign_id = ? and item_code = 'V08'")
			.param(id).query(Integer.class).single()).isEqualTo(2);

		JsonNode results = body(mvc.perform(get("/api/v1/supervision/campaigns/{id}/results", id).with(as(supervisor)))
			.andExpect(status().isOk()));
		assertThat(results.get("overall").get("drawn").asInt()).isEqualTo(2);
		assertThat(results.get("overall").get("scored").asInt()).isEqualTo(1);
		assertThat(results.get("overall").get("vetoed").asInt()).isEqualTo(1);
		assertThat(results.get("overall").get("fail").asInt()).isEqualTo(1);
		JsonNode byBody = results.get("byBody");
		assertThat(byBody).hasSize(2);
		assertThat(byBody.valueStream().filter(g -> g.get("key").asString().equals(String.valueOf(other.id().value())))
			.findFirst().orElseThrow().get("mean").decimalValue()).isEqualByComparingTo("0");
		assertThat(results.get("byDomain")).hasSize(1);
		assertThat(results.get("byDomain").get(0).get("key").asString()).isEqualTo("URBAN_MANAGEMENT");
		assertThat(record.entries(StepRecorded.CAMPAIGN, id)).extracting(RecordEntry::action)
			.containsExactly("created", "drawn", "scored", "scored", "scored", "scored");

		mvc.perform(get("/supervision/campaigns/{id}/report", id).with(as(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("评分测试〔" + unique + "〕2号")));
	}

	@Test
	void aSupervisorElsewhereAndABodyDoNotSeeTheCampaign() throws Exception {
		LocalDate from = day();
		long id = body(create(SUPERVISOR, campaign(from, from.plusDays(5), "10", List.of(supervisorId())))
			.andExpect(status().isCreated())).get("id").asLong();
		String username = "xn.cmp" + unique;
		SystemActor.call(() -> {
			var xining = organizations.register(new NewOrganization("6301-sfj-cmp-" + unique, "西宁市司法局（评查测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of("6301"), null,
					List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide());
			return accounts.open(new NewAccount(username, "西宁执法监督员", "Secret-Pass-2026!", xining.id(),
					Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide());
		});
		mvc.perform(get("/api/v1/supervision/campaigns/{id}", id).with(as(username)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("supervision.campaign-unknown"));
		mvc.perform(post("/api/v1/supervision/campaigns/{id}/draw", id).with(as(username)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(body(mvc.perform(get("/api/v1/supervision/campaigns").with(as(username))))
			.findValues("id").stream().map(JsonNode::asLong)).doesNotContain(id);
		mvc.perform(get("/api/v1/supervision/campaigns/{id}", id).with(as("dlh.head"))).andExpect(status().isForbidden());
		// the reviewers offered are the jurisdiction's: 海西's supervisor, never 西宁's
		JsonNode reviewers = body(mvc.perform(get("/api/v1/supervision/campaigns/reviewers").with(as(SUPERVISOR))));
		assertThat(reviewers.findValuesAsString("username")).contains(SUPERVISOR).doesNotContain(username);
	}
}
