package cn.oneteam.inspection.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.shared.Sha256;
import cn.oneteam.subject.SubjectKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording and publishing inspections (docs/adr/0030-recording-and-publishing-inspections.md) on visits drawn from
 * approved tasks: the publication deadline on the official calendar around the 2026 Spring Festival and National Day;
 * who may record, the outcome rules, once only, flagged without the code, the code refused outside the window (and
 * the refusal kept); a finding made a linked clue and one credit fact; the scan publishing on the due day; the public
 * results with natural persons masked.
 */
class InspectionResultsTests extends IntegrationTest {

	private static final String INSPECTOR = VisitFixture.INSPECTOR;

	private static final String NOT_AN_INSPECTOR = "dlh.squad";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PublicationDeadline deadline;

	@Autowired
	private WorkingDayCalendar calendar;

	@Autowired
	private InspectionResults results;

	@Autowired
	private PublicationScan scan;

	@Autowired
	private ProvisionalPublishDeadlines provisional;

	@Autowired
	private org.springframework.transaction.PlatformTransactionManager transactions;

	private VisitFixture fixture;

	private final LocalDate today = LocalDate.now(ChinaTime.ZONE);

	@BeforeEach
	void fixture() {
		fixture = new VisitFixture(context);
	}

	@Test
	void theDeadlineIsTheTwentiethWorkingDayAfterTheDayInspectedOnTheOfficialCalendar() {
		assertThat(deadline.workingDays()).isEqualTo(20);
		// Friday 6 February 2026: the Spring Festival (15–23 February) is off, Saturdays 14 and 28 February are worked
		assertThat(deadline.after(LocalDate.of(2026, 2, 6))).isEqualTo(new Deadline(LocalDate.of(2026, 3, 12), false));
		// Friday 18 September 2026: Sunday 20 September and Saturday 10 October are worked, Mid-autumn (25–27
		// September) and National Day (1–7 October) are off
		assertThat(deadline.after(LocalDate.of(2026, 9, 18))).isEqualTo(new Deadline(LocalDate.of(2026, 10, 22), false));
	}

	@Test
	void onlyAnInspectorRecordsOnceWithAnOutcomeTheAnswersRequireAndWithoutTheCodeTheResultIsFlagged() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		long id = made.visitId();
		mvc.perform(get("/api/v1/inspections/visits/{id}/result", id).with(as(INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.state").value("PLANNED"))
			.andExpect(jsonPath("$.items[0].itemId").value(made.itemId()))
			.andExpect(jsonPath("$.items[0].name").value(made.itemName()));

		record(NOT_AN_INSPECTOR, id, result(made, "PASS", null)).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("inspection.not-an-inspector"));
		long refusals = refusals(id);
		Map<String, Object> coded = result(made, "PASS", null);
		coded.put("code", made.code());
		record(NOT_AN_INSPECTOR, id, coded).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.code-not-an-inspector"));
		assertThat(refusals(id)).isEqualTo(refusals + 1);

		record(INSPECTOR, id, result(made, "FAIL", null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.failure-needs-outcome"));
		Map<String, Object> wrongOutcome = result(made, "PASS", null);
		wrongOutcome.put("outcome", "CORRECTION_ORDERED");
		record(INSPECTOR, id, wrongOutcome).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.outcome-without-failure"));
		Map<String, Object> none = result(made, "PASS", null);
		none.put("answers", List.of(Map.of("itemId", made.itemId() + 1_000_000, "verdict", "PASS")));
		record(INSPECTOR, id, none).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.answer-unknown-item"));
		Map<String, Object> future = result(made, "PASS", null);
		future.put("inspectedOn", today.plusDays(1).toString());
		record(INSPECTOR, id, future).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.inspected-in-future"));
		Map<String, Object> nowhere = result(made, "PASS", null);
		nowhere.remove("location");
		record(INSPECTOR, id, nowhere).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.location-required"));
		Map<String, Object> badSignature = result(made, "PASS", null);
		badSignature.put("signature", "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3 }));
		record(INSPECTOR, id, badSignature).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.signature-invalid"));

		byte[] photo = png(40);
		String photoSha = mvc.perform(multipart("/api/v1/inspections/visits/{id}/photos", id)
			.file(new MockMultipartFile("photo", "scene.png", "image/png", photo)).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(photoSha).get("sha256").asText()).isEqualTo(Sha256.hex(photo));
		mvc.perform(multipart("/api/v1/inspections/visits/{id}/photos", id)
			.file(new MockMultipartFile("photo", "notes.png", "image/png", "not a picture".getBytes()))
			.with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.photo-not-image"));
		byte[] huge = new byte[1024 * 1024 + 1];
		System.arraycopy(photo, 0, huge, 0, photo.length);
		mvc.perform(multipart("/api/v1/inspections/visits/{id}/photos", id)
			.file(new MockMultipartFile("photo", "huge.png", "image/png", huge)).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("inspection.photo-too-large"));

		Map<String, Object> good = result(made, "PASS", null);
		JsonNode recorded = read(record(INSPECTOR, id, good).andExpect(status().isOk()));
		assertThat(recorded.at("/visit/state").asText()).isEqualTo("RECORDED");
		assertThat(recorded.at("/visit/withCode").asBoolean()).isFalse();
		assertThat(recorded.at("/visit/outcome").asText()).isEqualTo("NO_PROBLEM");
		assertThat(recorded.at("/visit/caseId").isNull()).isTrue();
		assertThat(recorded.at("/visit/publishDue").asText())
			.isEqualTo(calendar.workingDaysAfter(today, 20).date().toString());
		assertThat(recorded.at("/recorded/afterWindow").asBoolean()).isFalse();
		assertThat(recorded.at("/recorded/signatureSha256").asText()).isEqualTo(Sha256.hex(png(12)));
		assertThat(recorded.at("/items/0/verdict").asText()).isEqualTo("PASS");
		assertThat(recorded.at("/photos/0/sha256").asText()).isEqualTo(Sha256.hex(photo));
		assertThat(creditFacts(id)).isZero();

		record(INSPECTOR, id, good).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.visit-not-planned"));
		mvc.perform(multipart("/api/v1/inspections/visits/{id}/photos", id)
			.file(new MockMultipartFile("photo", "late.png", "image/png", photo)).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/inspections/visits/{id}/publication", id).with(as(NOT_AN_INSPECTOR)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections/visits/{id}/publication", id).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.visit.publishedAt").exists());
		mvc.perform(post("/api/v1/inspections/visits/{id}/publication", id).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.visit-not-recorded"));
		assertThat(jdbc.sql("select count(*) from execution_record where subject_type = 'inspection_visit' and subject_id = ?"
				+ " and action in ('recorded', 'published')").param(id).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aCodeIsRefusedAfterTheWindowAndTheResultThenRecordedOnlyWithoutItFlagged() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear() - 1, SubjectKind.LEGAL_PERSON);
		long id = made.visitId();
		long refusals = refusals(id);
		Map<String, Object> coded = result(made, "PASS", null);
		coded.put("code", made.code());
		record(INSPECTOR, id, coded).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.code-outside-window"));
		assertThat(refusals(id)).isEqualTo(refusals + 1);
		Map<String, Object> before = result(made, "PASS", null);
		before.put("inspectedOn", LocalDate.of(today.getYear() - 2, 12, 31).toString());
		record(INSPECTOR, id, before).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.inspected-before-window"));

		record(INSPECTOR, id, result(made, "NOT_APPLICABLE", null)).andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.withCode").value(false))
			.andExpect(jsonPath("$.recorded.afterWindow").value(true))
			.andExpect(jsonPath("$.visit.outcome").value("NO_PROBLEM"));
	}

	@Test
	void aFindingBecomesALinkedClueAndOneCreditFact() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		long id = made.visitId();
		Map<String, Object> clue = result(made, "FAIL", "从业人员未取得健康证明");
		clue.put("code", made.code());
		clue.put("outcome", "CASE_CLUE");
		record(INSPECTOR, id, clue).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.clue-matter-required"));
		clue.put("matterCode", "HX-CG-009");
		JsonNode recorded = read(record(INSPECTOR, id, clue).andExpect(status().isOk()));
		assertThat(recorded.at("/visit/withCode").asBoolean()).isTrue();
		assertThat(recorded.at("/visit/outcome").asText()).isEqualTo("CASE_CLUE");
		long caseId = recorded.at("/visit/caseId").asLong();
		assertThat(caseId).isPositive();
		assertThat(recorded.at("/recorded/matterCode").asText()).isEqualTo("HX-CG-009");
		JsonNode kase = read(mvc.perform(get("/api/v1/cases/{id}/procedure", caseId).with(as(INSPECTOR))).andExpect(status().isOk()));
		assertThat(kase.get("subjectId").asLong()).isEqualTo(made.subjectId());
		assertThat(kase.get("source").asText()).isEqualTo("INSPECTION");
		assertThat(kase.get("place").asText()).isEqualTo(VisitFixture.SUBJECT_DIVISION);
		assertThat(kase.get("facts").asText()).contains("【检查 " + id + "】", made.itemName(), "从业人员未取得健康证明");
		assertThat(creditFacts(id)).isEqualTo(1);
		assertThat(jdbc.sql("select occurred_on from credit_fact where source = ?").param("inspection:" + id)
			.query(LocalDate.class).single()).isEqualTo(today);

		VisitFixture.Made ordered = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		Map<String, Object> correction = result(ordered, "FAIL", "经营场所卫生不达标");
		correction.put("outcome", "CORRECTION_ORDERED");
		correction.put("correction", Map.of("deadline", today.toString(), "requirement", "清理经营场所"));
		record(INSPECTOR, ordered.visitId(), correction).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.correction-deadline-invalid"));
		correction.put("correction", Map.of("deadline", today.plusDays(10).toString(), "requirement", "清理经营场所"));
		record(INSPECTOR, ordered.visitId(), correction).andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.outcome").value("CORRECTION_ORDERED"))
			.andExpect(jsonPath("$.visit.caseId").doesNotExist())
			.andExpect(jsonPath("$.recorded.correctionRequirement").value("清理经营场所"));
		assertThat(creditFacts(ordered.visitId())).isEqualTo(1);
		record(INSPECTOR, ordered.visitId(), correction).andExpect(status().isConflict());
		assertThat(creditFacts(ordered.visitId())).isEqualTo(1);
	}

	@Test
	void theScanPublishesAResultOnItsDueDayAndNotBefore() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		long id = made.visitId();
		record(INSPECTOR, id, result(made, "PASS", null)).andExpect(status().isOk());
		LocalDate due = LocalDate.parse(jdbc.sql("select publish_due::text from inspection_visit where id = ?").param(id)
			.query(String.class).single());
		assertThat(due).isAfter(today);
		scan.scan();
		results.publishDue(due.minusDays(1), PublicationScan.BATCH);
		assertThat(state(id)).isEqualTo("RECORDED");
		assertThat(results.publishDue(due, PublicationScan.BATCH)).isPositive();
		assertThat(state(id)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("select count(*) from execution_record where subject_type = 'inspection_visit' and subject_id = ?"
				+ " and action = 'published'").param(id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aProvisionalDeadlineIsCountedAgainWhenAYearIsLoadedAndTheMoveRecorded() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		long id = made.visitId();
		record(INSPECTOR, id, result(made, "PASS", null)).andExpect(status().isOk());
		jdbc.sql("update inspection_visit set publish_due = date '2000-01-03', publish_due_provisional = true where id = ?")
			.param(id).update();
		new org.springframework.transaction.support.TransactionTemplate(transactions)
			.executeWithoutResult(s -> provisional.on(new cn.oneteam.calendar.CalendarYearLoaded(today.getYear() + 1)));
		Deadline expected = calendar.workingDaysAfter(today, 20);
		assertThat(jdbc.sql("select publish_due::text || ' ' || publish_due_provisional from inspection_visit where id = ?")
			.param(id).query(String.class).single()).isEqualTo(expected.date() + " " + expected.provisional());
		assertThat(jdbc.sql("select count(*) from execution_record where subject_type = 'inspection_visit' and subject_id = ?"
				+ " and action = 'publish-due-moved'").param(id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void thePublicSeesPublishedResultsWithANaturalPersonsNameMasked() throws Exception {
		VisitFixture.Made person = fixture.visit(today.getYear(), SubjectKind.NATURAL_PERSON);
		record(INSPECTOR, person.visitId(), result(person, "PASS", null)).andExpect(status().isOk());
		assertThat(publicIds(mvc.perform(get("/api/v1/public/inspections/results")))).doesNotContain(person.visitId());
		mvc.perform(post("/api/v1/inspections/visits/{id}/publication", person.visitId()).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isOk());

		String answer = mvc.perform(get("/api/v1/public/inspections/results").param("from", today.toString())
			.param("q", PersonalData.nameAsMou(person.subjectName())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain(person.subjectName());
		JsonNode page = json.readTree(answer);
		JsonNode mine = null;
		for (JsonNode r : page.get("results")) {
			if (r.get("id").asLong() == person.visitId()) {
				mine = r;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("subject").asText()).isEqualTo(PersonalData.nameAsMou(person.subjectName()))
			.isEqualTo("司马某某");
		assertThat(mine.get("departments").get(0).asText()).isEqualTo("德令哈市综合行政执法局");
		assertThat(mine.get("inspectedOn").asText()).isEqualTo(today.toString());
		assertThat(mine.get("publishedOn").asText()).isEqualTo(today.toString());
		assertThat(mine.at("/items/0/name").asText()).isEqualTo(person.itemName());
		assertThat(mine.at("/items/0/verdictText").asText()).isEqualTo("合格");
		assertThat(mine.get("outcomeText").asText()).isEqualTo("未发现问题");
		assertThat(page.get("size").asInt()).isEqualTo(20);
		assertThat(publicIds(mvc.perform(get("/api/v1/public/inspections/results").param("to",
				today.minusDays(1).toString())))).doesNotContain(person.visitId());

		mvc.perform(get("/public/inspections/results").param("q", "司马某某").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-result-id=\"" + person.visitId() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No problem found")))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString(person.subjectName()))));
	}

	@Test
	void thePhonePageShowsTheChecklistAndItsControlsInBothLanguages() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		mvc.perform(get("/inspections/visits/{id}/record", made.visitId()).with(as(INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(made.itemName())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("capture=\"environment\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"record-signature\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/js/inspection-record.js")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("提交检查结果")));
		mvc.perform(get("/inspections/visits/{id}/record", made.visitId()).with(as(INSPECTOR)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Record the result")));
		mvc.perform(get("/inspections/visits/{id}/record", made.visitId()).with(as("grm.officer1")))
			.andExpect(status().isNotFound());
	}

	private List<Long> publicIds(ResultActions result) throws Exception {
		JsonNode page = read(result.andExpect(status().isOk()));
		List<Long> ids = new java.util.ArrayList<>();
		page.get("results").forEach(r -> ids.add(r.get("id").asLong()));
		return ids;
	}

	@Test
	void aNaturalPersonsCodeIsMaskedAndTheRecordingAloneAnswersTheCompanysRatingSecret() throws Exception {
		VisitFixture.Made person = fixture.visit(today.getYear(), SubjectKind.NATURAL_PERSON);
		String raw = jdbc.sql("select code from market_subject where id = ?").param(person.subjectId())
			.query(String.class).single();
		mvc.perform(get("/api/v1/inspections/visits/{id}/result", person.visitId()).with(as(INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.subjectCode").value(PersonalData.maskText(raw)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(raw))));
		mvc.perform(get("/inspections/visits/{id}/record", person.visitId()).with(as(INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"record-subject-code\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(raw))));

		JsonNode recorded = read(record(INSPECTOR, person.visitId(), result(person, "PASS", null))
			.andExpect(status().isOk()));
		String secret = recorded.get("ratingSecret").asText();
		assertThat(secret).hasSize(8).matches("[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(recorded.toString()).doesNotContain(raw);
		// never shown again to the staff
		mvc.perform(get("/api/v1/inspections/visits/{id}/result", person.visitId()).with(as(INSPECTOR)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret))));
		mvc.perform(get("/inspections/visits/{id}/record", person.visitId()).with(as(INSPECTOR)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"record-receipt\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret))));
		// the company rates with it
		mvc.perform(post("/api/v1/public/inspections/codes/{code}/rating", person.code()).with(r -> {
			r.setRemoteAddr("10.252." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + ".7");
			return r;
		}).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("score", 4, "secret", secret))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rated").value(true));
	}

	@Test
	void anInspectorWhoseCertificateIsRevokedNeitherRecordsNorPublishes() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		// every certificate of the inspector revoked from today
		List<Long> events = jdbc.sql("""
				insert into certificate_event (certificate_id, kind, effective_on, note, recorded_at)
				select c.id, 'REVOKED', ?, '吊销（测试）', now() from certificate c join person p on p.id = c.person_id
				join account a on a.id = p.account_id where a.username = ? returning id""")
			.params(today, INSPECTOR).query(Long.class).list();
		assertThat(events).isNotEmpty();
		try {
			record(INSPECTOR, made.visitId(), result(made, "PASS", null)).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("inspection.not-an-inspector"));
			mvc.perform(multipart("/api/v1/inspections/visits/{id}/photos", made.visitId())
				.file(new MockMultipartFile("photo", "scene.png", "image/png", png(20))).with(as(INSPECTOR)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		finally {
			events.forEach(e -> jdbc.sql("delete from certificate_event where id = ?").param(e).update());
		}
		record(INSPECTOR, made.visitId(), result(made, "PASS", null)).andExpect(status().isOk());
	}

	@Test
	void aVisitHoldsAtMostTwentyPhotos() throws Exception {
		VisitFixture.Made made = fixture.visit(today.getYear(), SubjectKind.LEGAL_PERSON);
		for (int i = 0; i < 20; i++) {
			mvc.perform(multipart("/api/v1/inspections/visits/{id}/photos", made.visitId())
				.file(new MockMultipartFile("photo", "scene.png", "image/png", png(10 + i))).with(as(INSPECTOR))
				.with(csrf())).andExpect(status().isCreated());
		}
		mvc.perform(multipart("/api/v1/inspections/visits/{id}/photos", made.visitId())
			.file(new MockMultipartFile("photo", "scene.png", "image/png", png(40))).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.photos-full"));
	}

	private Map<String, Object> result(VisitFixture.Made made, String verdict, String note) throws Exception {
		Map<String, Object> answer = new HashMap<>();
		answer.put("itemId", made.itemId());
		answer.put("verdict", verdict);
		answer.put("note", note);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("inspectedOn", today.toString());
		body.put("answers", List.of(answer));
		body.put("location", Map.of("latitude", 37.3695, "longitude", 97.3607, "accuracy", 12));
		body.put("signature", "data:image/png;base64," + Base64.getEncoder().encodeToString(png(12)));
		return body;
	}

	private ResultActions record(String user, long id, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/inspections/visits/{id}/result", id).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private long refusals(long visitId) {
		return jdbc.sql("select count(*) from inspection_code_use where visit_id = ? and not accepted").param(visitId)
			.query(Long.class).single();
	}

	private long creditFacts(long visitId) {
		return jdbc.sql("select count(*) from credit_fact where kind = 'INSPECTION_FAILED' and source = ?")
			.param("inspection:" + visitId).query(Long.class).single();
	}

	private String state(long visitId) {
		return jdbc.sql("select state from inspection_visit where id = ?").param(visitId).query(String.class).single();
	}

	private static byte[] png(int side) throws Exception {
		return VisitFixture.png(side);
	}
}
