package cn.oneteam.inspection.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.inspection.visit.VisitRecorded;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection code as the company sees it (docs/adr/0029-inspection-code-public-check-and-rating.md): the QR the
 * staff print decodes to the code's public address; the public check answers authorised / cancelled / unknown and
 * masks a natural person; the rating is given once, only after the result is recorded, and read by supervision only
 * (the inspecting bureau's officer and head get 403, the record says only "rated"); supervision sees the visits
 * recorded without their code and the refused code uses; checks are rate-limited per address.
 */
class InspectionCodeTests extends IntegrationTest {

	private static final String HEAD = "dlh.head";

	private static final String SUPERVISOR = "hx.supervisor";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Visits visits;

	@Autowired
	private VisitCodes codes;

	@Autowired
	private Subjects subjects;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private FullProcessRecord record;

	@Autowired
	private CodeSettings settings;

	private CodeFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new CodeFixture(mvc, json, jdbc, visits, subjects, users);
	}

	/** Every public request comes from an address of its own test, so that the buckets of other tests never count. */
	private final String address = "10." + ThreadLocalRandom.current().nextInt(200, 250) + "."
			+ ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	private MockHttpServletRequestBuilder from(String client, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}

	private JsonNode check(String code) throws Exception {
		return json.readTree(mvc.perform(from(address, get("/api/v1/public/inspections/codes/{code}", code)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private org.springframework.test.web.servlet.ResultActions rate(String code, Map<String, Object> rating)
			throws Exception {
		return mvc.perform(from(address, post("/api/v1/public/inspections/codes/{code}/rating", code))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(rating)));
	}

	@Test
	void theQrOfTheNoticeDecodesToTheCodesPublicAddress() throws Exception {
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）二维码商贸有限公司"),
				List.of(fixture.item("门前三包检查（二维码）")));
		byte[] png = mvc.perform(get("/api/v1/inspections/visits/{id}/code.png", visit.id()).with(as(CodeFixture.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
		assertThat(decoded).isEqualTo("http://localhost/public/inspections/codes/" + visit.code());

		// another county's officer does not see the visit, nor its code
		mvc.perform(get("/api/v1/inspections/visits/{id}/code.png", visit.id()).with(as("grm.officer1")))
			.andExpect(status().isNotFound());

		// the notice: subject, department, items, inspectors with certificates, window, the code and its QR
		String officerName = fixture.personName(CodeFixture.OFFICER);
		String certificate = fixture.certificates(CodeFixture.OFFICER).get(0);
		mvc.perform(get("/api/v1/inspections/visits/{id}/notice", visit.id()).with(as(CodeFixture.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(visit.code()))
			.andExpect(jsonPath("$.publicUrl").value(decoded))
			.andExpect(jsonPath("$.subjectName").value("（测试）二维码商贸有限公司"))
			.andExpect(jsonPath("$.items[0].name").value("门前三包检查（二维码）"))
			.andExpect(jsonPath("$.inspectors[0].name").value(officerName))
			.andExpect(jsonPath("$.inspectors[0].certificateNumber").value(certificate))
			.andExpect(jsonPath("$.windowUntil").value(visit.windowUntil().toString()));
		mvc.perform(get("/inspections/visits/{id}/notice", visit.id()).with(as(CodeFixture.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(visit.code())))
			.andExpect(content().string(containsString(officerName)))
			.andExpect(content().string(containsString("data:image/png;base64,")));
	}

	private static Map<String, Object> with(Map<String, Object> rating, String secret) {
		Map<String, Object> sent = new java.util.LinkedHashMap<>(rating);
		sent.put("secret", secret);
		return sent;
	}

	@Test
	void theCodeAloneNeverRatesOnlyTheSecretOfTheCompanysCopyDoes() throws Exception {
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）评价密码有限公司"),
				List.of(fixture.item("评价密码检查")));
		String secret = fixture.recorded(visit.id(), true);
		// an officer who knows the code rates first: refused, with or without a guess
		rate(visit.code(), Map.of("score", 5)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("inspection.rating-secret-wrong"));
		rate(visit.code(), Map.of("score", 5, "secret", "ZZZZZZZZ")).andExpect(status().isForbidden());
		mvc.perform(from(address, post("/public/inspections/codes/{code}/rating", visit.code()).param("score", "5")
			.with(csrf()))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from inspection_rating where visit_id = ?").param(visit.id())
			.query(Long.class).single()).isZero();
		// the company's rating, the secret typed as people type it
		rate(visit.code(), Map.of("score", 1, "secret", secret.toLowerCase())).andExpect(status().isOk())
			.andExpect(jsonPath("$.rated").value(true));
		assertThat(jdbc.sql("select score from inspection_rating where visit_id = ?").param(visit.id())
			.query(Integer.class).single()).isEqualTo(1);
		// kept only as its hash
		assertThat(jdbc.sql("select sha256 from inspection_rating_secret where visit_id = ?").param(visit.id())
			.query(String.class).single()).doesNotContain(secret).hasSize(64);
	}

	@Test
	void aPlannedVisitIsAuthorisedOnlyInItsWindow() throws Exception {
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）期限核验有限公司"),
				List.of(fixture.item("期限核验检查")));
		jdbc.sql("update inspection_visit set window_from = current_date + 10, window_until = current_date + 20 where id = ?")
			.param(visit.id()).update();
		JsonNode answer = check(visit.code());
		assertThat(answer.get("state").asString()).isEqualTo("PLANNED");
		assertThat(answer.get("authorised").asBoolean()).isFalse();
		mvc.perform(from(address, get("/public/inspections/codes/{code}", visit.code())))
			.andExpect(content().string(containsString("id=\"code-outside-window\"")))
			.andExpect(content().string(containsString("今天不在这次检查的期限")));
		jdbc.sql("update inspection_visit set window_from = current_date - 20, window_until = current_date - 10 where id = ?")
			.param(visit.id()).update();
		assertThat(check(visit.code()).get("authorised").asBoolean()).isFalse();
		fixture.recorded(visit.id(), true);
		assertThat(check(visit.code()).get("authorised").asBoolean()).isTrue();
	}

	@Test
	void supervisionNeverReadsTheRatingsOfItsOwnBodysInspections() throws Exception {
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）自评有限公司"),
				List.of(fixture.item("自评检查")));
		String secret = fixture.recorded(visit.id(), true);
		rate(visit.code(), Map.of("score", 5, "secret", secret)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/inspections/visits/{id}/rating", visit.id()).with(as(SUPERVISOR)))
			.andExpect(status().isOk());
		// the supervisor's own body takes part in the visit
		jdbc.sql("update inspection_visit set department_ids = department_ids || ? where id = ?")
			.params(fixture.principal(SUPERVISOR).organizationId(), visit.id()).update();
		mvc.perform(get("/api/v1/inspections/visits/{id}/rating", visit.id()).with(as(SUPERVISOR)))
			.andExpect(status().isNotFound());
		String list = mvc.perform(get("/api/v1/supervision/inspection-ratings").with(as(SUPERVISOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json.readTree(list).findValues("visitId")).extracting(JsonNode::asLong).doesNotContain(visit.id());
	}

	@Test
	void thePublicCheckAnswersAuthorisedCancelledAndUnknown() throws Exception {
		long item = fixture.item("占道经营检查（核验）");
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）核验商贸有限公司"), List.of(item));
		String officerName = fixture.personName(CodeFixture.OFFICER);

		// typed as people type it: lower case, dashes
		String typed = visit.code().toLowerCase().substring(0, 4) + "-" + visit.code().substring(4);
		JsonNode answer = check(typed);
		assertThat(answer.get("authorised").asBoolean()).isTrue();
		assertThat(answer.get("state").asString()).isEqualTo("PLANNED");
		assertThat(answer.get("subjectName").asString()).isEqualTo("（测试）核验商贸有限公司");
		assertThat(answer.get("departments").get(0).asString()).isEqualTo(
				jdbc.sql("select name from organization where id = ?").param(fixture.bureau()).query(String.class).single());
		assertThat(answer.get("inspectors").findValuesAsString("name")).contains(officerName);
		assertThat(answer.get("inspectors").findValuesAsString("certificateNumber"))
			.containsAll(fixture.certificates(CodeFixture.OFFICER));
		assertThat(answer.get("items").get(0).get("name").asString()).isEqualTo("占道经营检查（核验）");
		assertThat(answer.get("items").get(0).get("legalBasis").asString()).contains("第十四条");
		assertThat(answer.get("items").get(0).get("method").asString()).isEqualTo("ON_SITE");
		assertThat(answer.get("todayInWindow").asBoolean()).isTrue();
		assertThat(answer.get("ratable").asBoolean()).isFalse();
		// nothing personal beyond the officers: no subject code, no address
		assertThat(answer.toString()).doesNotContain(visit.subjectCode()).doesNotContain("河西街道测试路");

		fixture.cancelled(visit.id());
		JsonNode cancelled = check(visit.code());
		assertThat(cancelled.get("authorised").asBoolean()).isFalse();
		assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
		rate(visit.code(), Map.of("score", 5)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.rating-before-record"));

		mvc.perform(from(address, get("/api/v1/public/inspections/codes/{code}", "ZZZZZZZZZZZZ")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("inspection.code-unknown"));

		// the page, in Chinese and English; entering a code leads to its page
		mvc.perform(from(address, get("/public/inspections/codes").param("code", typed)))
			.andExpect(redirectedUrl("/public/inspections/codes/" + visit.code()));
		mvc.perform(from(address, get("/public/inspections/codes/{code}", visit.code())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这次检查已取消")))
			.andExpect(content().string(containsString("占道经营检查（核验）")));
		mvc.perform(from(address, get("/public/inspections/codes/{code}", "ZZZZZZZZZZZZ").param("lang", "en")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No inspection has this code")));
	}

	@Test
	void aNaturalPersonsNameIsMasked() throws Exception {
		SubjectView person = fixture.subject(SubjectKind.NATURAL_PERSON, "王小明");
		Visit visit = fixture.visit(person, List.of(fixture.item("个人经营检查（遮蔽）")));
		JsonNode answer = check(visit.code());
		assertThat(answer.get("subjectName").asString()).isEqualTo("王某某");
		String raw = jdbc.sql("select code from market_subject where id = ?").param(person.id()).query(String.class)
			.single();
		assertThat(answer.toString()).doesNotContain("王小明").doesNotContain(raw);
		mvc.perform(from(address, get("/public/inspections/codes/{code}", visit.code())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王某某")))
			.andExpect(content().string(not(containsString("王小明"))));
	}

	@Test
	void theCompanyRatesOnceAfterTheRecordAndOnlySupervisionReadsIt() throws Exception {
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）评价食品有限公司"),
				List.of(fixture.item("食品摊贩检查（评价）")));
		Map<String, Object> rating = Map.of("score", 2, "conduct", List.of("BENEFITS_SOUGHT", "BUSINESS_DISRUPTED"),
				"comment", "检查人员留下电话13812345678要求再联系");

		rate(visit.code(), rating).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.rating-before-record"));
		rate(visit.code(), Map.of("score", 6)).andExpect(status().isBadRequest());
		rate(visit.code(), Map.of("score", 3, "comment", "长".repeat(501))).andExpect(status().isBadRequest());

		String secret = fixture.recorded(visit.id(), true);
		assertThat(check(visit.code()).get("ratable").asBoolean()).isTrue();
		rate(visit.code(), with(rating, secret)).andExpect(status().isOk())
			.andExpect(jsonPath("$.rated").value(true))
			.andExpect(jsonPath("$.ratable").value(false))
			.andExpect(jsonPath("$.score").doesNotExist());
		rate(visit.code(), Map.of("score", 5, "secret", secret)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.rating-twice"));

		// hidden from the inspecting bureau: its officer and its head
		for (String staff : List.of(CodeFixture.OFFICER, HEAD)) {
			mvc.perform(get("/api/v1/inspections/visits/{id}/rating", visit.id()).with(as(staff)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/supervision/inspection-ratings").with(as(staff))).andExpect(status().isForbidden());
			mvc.perform(get("/supervision/inspections").with(as(staff))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/inspections/visits/{id}/notice", visit.id()).with(as(HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").doesNotExist())
			.andExpect(content().string(not(containsString("13812345678"))));

		// supervision reads it, the comment masked
		mvc.perform(get("/api/v1/inspections/visits/{id}/rating", visit.id()).with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(2))
			.andExpect(jsonPath("$.conduct[0]").value("BENEFITS_SOUGHT"))
			.andExpect(jsonPath("$.conduct[1]").value("BUSINESS_DISRUPTED"))
			.andExpect(jsonPath("$.comment").value("检查人员留下电话138****5678要求再联系"));
		String list = mvc.perform(get("/api/v1/supervision/inspection-ratings").with(as(SUPERVISOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json.readTree(list).findValues("visitId")).extracting(JsonNode::asLong).contains(visit.id());
		mvc.perform(get("/api/v1/supervision/inspection-ratings").param("from", "2020-01-01").param("to", "2020-01-31")
			.with(as(SUPERVISOR))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/supervision/inspections").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-visit=\"" + visit.id() + "\"")))
			.andExpect(content().string(containsString("138****5678")));

		// the record keeps that it was rated, never the score, conduct or comment
		List<RecordEntry> entries = record.entries(VisitRecorded.SUBJECT, visit.id());
		RecordEntry rated = entries.stream().filter(e -> e.action().equals("rated")).findFirst().orElseThrow();
		assertThat(rated.actorAccountId()).isZero();
		assertThat(rated.payload()).doesNotContain("score").doesNotContain("BENEFITS_SOUGHT").doesNotContain("1381234");

		// and the rating is never changed
		assertThatThrownBy(() -> jdbc.sql("update inspection_rating set score = 5 where visit_id = ?").param(visit.id())
			.update()).hasMessageContaining("never changed");
	}

	@Test
	void supervisionSeesVisitsRecordedWithoutTheCodeAndRefusedUses() throws Exception {
		Visit coded = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）有码检查有限公司"),
				List.of(fixture.item("有码检查")));
		Visit uncoded = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）无码检查有限公司"),
				List.of(fixture.item("无码检查")));
		fixture.recorded(coded.id(), true);
		fixture.recorded(uncoded.id(), false);
		assertThatThrownBy(() -> codes.use(coded, "0000-0000-0000", fixture.principal(CodeFixture.OFFICER)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("inspection.code-wrong"));

		String flagged = mvc.perform(get("/api/v1/supervision/inspections/uncoded").with(as(SUPERVISOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<Long> ids = json.readTree(flagged).findValues("visitId").stream().map(JsonNode::asLong).toList();
		assertThat(ids).contains(uncoded.id()).doesNotContain(coded.id());
		assertThat(json.readTree(flagged).get(ids.indexOf(uncoded.id())).get("recordedByName").asString())
			.isEqualTo(fixture.personName(CodeFixture.OFFICER));

		String refused = mvc.perform(get("/api/v1/supervision/inspections/refused-code-uses").with(as(SUPERVISOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode use = null;
		for (JsonNode u : json.readTree(refused)) {
			if (u.get("visitId").asLong() == coded.id()) {
				use = u;
			}
		}
		assertThat(use).isNotNull();
		assertThat(use.get("refusal").asString()).isEqualTo("inspection.code-wrong");
		assertThat(use.get("typedCode").asString()).isEqualTo("000000000000");
		assertThat(use.get("personName").asString()).isEqualTo(fixture.personName(CodeFixture.OFFICER));
		assertThat(use.get("usedAt").asString()).isNotBlank();

		// both lists are bounded by a period (the last 30 days by default)
		mvc.perform(get("/api/v1/supervision/inspections/uncoded").param("from", "2020-01-01").param("to", "2020-01-31")
			.with(as(SUPERVISOR))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/supervision/inspections/refused-code-uses").param("from", "2020-01-01")
			.param("to", "2020-01-31").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/supervision/inspections/uncoded").param("from", "2020-02-01").param("to", "2020-01-31")
			.with(as(SUPERVISOR))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/supervision/inspections/uncoded").with(as(CodeFixture.OFFICER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/supervision/inspections").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"uncoded-table\"")))
			.andExpect(content().string(containsString("检查码不符")));
	}

	@Test
	void checksBeyondTheCapacityAreRefusedWith429UntilTheBucketRefills() throws Exception {
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）限流有限公司"),
				List.of(fixture.item("限流检查")));
		int capacity = settings.checkRate().capacity();
		// guessing costs as much as finding
		for (int i = 0; i < 3; i++) {
			mvc.perform(from(address, get("/api/v1/public/inspections/codes/{code}", "ZZZZZZZZZZZ" + i)))
				.andExpect(status().isNotFound());
		}
		for (int i = 0; i < capacity - 3; i++) {
			check(visit.code());
		}
		mvc.perform(from(address, get("/api/v1/public/inspections/codes/{code}", visit.code())))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("inspection.code-check-rate-limited"))
			.andExpect(jsonPath("$.authorised").doesNotExist());
		mvc.perform(from(address, get("/public/inspections/codes/{code}", visit.code())))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("同一网络地址最多连续核验 " + capacity + " 次")))
			.andExpect(content().string(not(containsString("id=\"code-result\""))));
		rate(visit.code(), Map.of("score", 4)).andExpect(status().isTooManyRequests());

		// another address checks as before; the intake's lookup bucket of this address is untouched
		mvc.perform(from(address, get("/api/v1/public/events/SJ20261127AAAAC0")))
			.andExpect(status().isNotFound());
		String other = "10.251." + ThreadLocalRandom.current().nextInt(256) + ".1";
		mvc.perform(from(other, get("/api/v1/public/inspections/codes/{code}", visit.code())))
			.andExpect(status().isOk());

		// one token's worth of time later, exactly one more check
		jdbc.sql("""
				update intake_rate_bucket set refreshed_at = refreshed_at - make_interval(secs => :seconds)
				where bucket = :bucket and client = :client""")
			.param("seconds", 3600.0 / settings.checkRate().perHour())
			.param("bucket", PublicCodeCheck.BUCKET)
			.param("client", address)
			.update();
		check(visit.code());
		mvc.perform(from(address, get("/api/v1/public/inspections/codes/{code}", visit.code())))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void theRatingFormOnThePageRatesOnce() throws Exception {
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）页面评价有限公司"),
				List.of(fixture.item("页面评价检查")));
		mvc.perform(from(address, get("/public/inspections/codes/{code}", visit.code())))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))));
		String secret = fixture.recorded(visit.id(), true);
		mvc.perform(from(address, get("/public/inspections/codes/{code}", visit.code())))
			.andExpect(content().string(containsString("id=\"rating-form\"")));
		mvc.perform(from(address, post("/public/inspections/codes/{code}/rating", visit.code()).param("score", "5")
			.param("conduct", "CERTIFICATE_NOT_SHOWN").param("secret", secret).with(csrf())))
			.andExpect(redirectedUrl("/public/inspections/codes/" + visit.code()));
		mvc.perform(from(address, post("/public/inspections/codes/{code}/rating", visit.code()).param("score", "1")
			.param("secret", secret).with(csrf()))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select score from inspection_rating where visit_id = ?").param(visit.id())
			.query(Integer.class).single()).isEqualTo(5);
		mvc.perform(from(address, get("/public/inspections/codes/{code}", visit.code())))
			.andExpect(content().string(containsString("id=\"code-already-rated\"")))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))));
	}
}
