package cn.oneteam.casehandling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.NextYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11 §8 for execution and transfers: late in December, before 2027's schedule is published, the body's own
 * enforcement or 代履行 on a day of 2027 is accepted as provisional, not refused by the statutory-holiday check
 * (强制法 §43); once 2027 is loaded a day that is a statutory holiday is raised as an alert and recorded, not moved, and
 * the record still verifies. A judicial refusal's last day to request reconsideration (国务院令第310号 §9) keeps its
 * provisional mark and is counted again. Runs on a clock fixed at Tuesday 29 December 2026; 2027 is removed again
 * afterwards, since the database is shared with the other tests.
 */
@Import({ RecordVerifiedAfterEveryAction.class, ProvisionalEnforcementDayTests.December.class })
class ProvisionalEnforcementDayTests extends CaseApiTest {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-29T10:00+08:00");

	private static final String DIRECT = "\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"";

	@TestConfiguration
	static class December {

		@Bean
		@Primary
		Clock lateDecember() {
			return NextYear.fixedAt(NOW);
		}
	}

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void unloadTheTestsYear() {
		NextYear.unload2027();
	}

	@Test
	void enforcementOnANotYetLoadedDayIsProvisionalAndAHolidayIsRaisedOnceLoaded() throws Exception {
		assertThat(jdbc.sql("select count(*) from calendar_year where year = 2027").query(Long.class).single())
			.as("this test publishes 2027 itself").isZero();

		// 代履行 on Friday 1 January 2027, and a judicial transfer refused on Tuesday 29 December 2026
		long substituted = served("某商户（跨年代履行）", "2026-03-02");
		act(substituted, "substitute-performance", """
				{"decidedOn":"2026-12-29","obligation":"拆除占道棚屋","danger":"TRAFFIC_SAFETY","performer":"市政工程队",
				 "costBudget":3500,"scheduledAt":"2027-01-01T10:00:00+08:00","immediate":true,"emergency":false}""");
		JsonNode enforcement = approved(substituted).get("execution").get("enforcements").get(0);
		assertThat(enforcement.get("dayProvisional").asBoolean()).isTrue();
		assertThat(enforcement.get("onRestDay").asBoolean()).isFalse();
		assertThat(page("/cases/" + substituted)).contains("enforcement-day-provisional", "暂定");

		long transferred = refusedTransfer("某烧烤店（跨年移送）", "2026-12-29");
		JsonNode transfer = transfer(transferred);
		// 3 days from 29 December end on Friday 1 January, a working day while 2027 counts weekends only
		assertThat(transfer.get("reconsiderationDue").asString()).isEqualTo("2027-01-01");
		assertThat(transfer.get("reconsiderationDueProvisional").asBoolean()).isTrue();

		// 2027 is published with 1 January a holiday
		mvc.perform(put("/api/v1/calendar/years/2027").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(NextYear.SCHEDULE_2027)).andExpect(status().isOk());

		JsonNode checked = detail(substituted).get("execution").get("enforcements").get(0);
		assertThat(checked.get("dayProvisional").asBoolean()).isFalse();
		assertThat(checked.get("onRestDay").asBoolean()).isTrue();
		assertThat(checked.get("scheduledAt").asString()).startsWith("2027-01-01T10:00"); // raised, not moved
		List<JsonNode> alerts = body(mvc.perform(get("/api/v1/cases/alerts").with(as("dlh.officer1")))).valueStream()
			.filter(a -> a.get("caseId").asLong() == substituted)
			.toList();
		assertThat(alerts).extracting(a -> a.get("kind").asString()).containsExactly("ENFORCEMENT_ON_REST_DAY");
		assertThat(alerts.get(0).get("dueOn").asString()).isEqualTo("2027-01-01");
		assertThat(body(mvc.perform(get("/api/v1/cases/worklist").with(as("dlh.officer1")))).valueStream()
			.filter(w -> w.get("caseId").asLong() == substituted)
			.findFirst()
			.orElseThrow()
			.get("openAlerts")
			.asLong()).isEqualTo(1);
		assertThat(page("/cases/" + substituted)).contains("enforcement-on-rest-day")
			.doesNotContain("enforcement-day-provisional");
		assertThat(page("/cases/alerts")).contains("执行日为法定节假日");
		JsonNode entry = record(substituted).stream()
			.filter(e -> e.get("action").asString().equals(CaseWork.ENFORCEMENT_ON_REST_DAY))
			.findFirst()
			.orElseThrow();
		assertThat(entry.toString()).contains("2027-01-01", "元旦");
		assertThat(verify(substituted).get("intact").asBoolean()).isTrue();

		// the reconsideration's last day is counted again: 1 January a holiday, 2 and 3 January a weekend
		JsonNode recounted = transfer(transferred);
		assertThat(recounted.get("reconsiderationDue").asString()).isEqualTo("2027-01-04");
		assertThat(recounted.get("reconsiderationDueProvisional").asBoolean()).isFalse();
		assertThat(record(transferred)).extracting(e -> e.get("action").asString()).contains(Cases.CALENDAR_MOVED);
		assertThat(verify(transferred).get("intact").asBoolean()).isTrue();
	}

	private long served(String party, String servedOn) throws Exception {
		LocalDate served = LocalDate.parse(servedOn);
		String decidedOn = served.minusDays(3).toString();
		String filedOn = served.minusDays(40).toString();
		long id = atNotice("ORGANISATION", party, filedOn, filedOn, "2000", ORDINARY);
		LocalDate decided = LocalDate.parse(decidedOn);
		act(id, "serve-notice", "{\"servedOn\":\"" + decided.minusDays(2) + "\",\"hearingRightNotified\":false}");
		act(id, "record-waiver", "{\"on\":\"" + decided.minusDays(1) + "\",\"how\":\"当事人书面放弃陈述申辩\"}");
		act(id, "decide", "{\"decidedOn\":\"" + decidedOn + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approved(id);
		act(id, "serve-decision", "{\"on\":\"" + servedOn + "\"," + DIRECT + "}");
		return id;
	}

	private long refusedTransfer(String party, String answeredOn) throws Exception {
		long id = clue("ORGANISATION", party, "2026-12-01");
		act(id, "file", """
				{"filedOn":"2026-12-02","actOn":"2026-12-01","lifeHealthOrFinanceWithHarm":false,"officers":[%d,%d]}"""
			.formatted(officer1(), officer2()));
		approved(id);
		act(id, "transfer", """
				{"kind":"JUDICIARY","receiver":"德令哈市公安局","reason":"涉嫌污染环境罪","reportedOn":"2026-12-03",
				 "officers":[%d,%d]}""".formatted(officer1(), officer2()));
		approved(id);
		act(id, "send-transfer", "{\"sentAt\":\"2026-12-29T10:00:00+08:00\"}");
		act(id, "record-transfer-answer", """
				{"answeredOn":"%s","accepted":false,"note":"不予立案","reconsiderationOn":"%s"}"""
			.formatted(answeredOn, answeredOn));
		return id;
	}

	private JsonNode transfer(long id) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + id + "/measures").with(as("dlh.officer1")))
			.andExpect(status().isOk())).get("transfers").get(0);
	}

	private JsonNode verify(long id) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("hx.supervisor")))
			.andExpect(status().isOk()));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(as("dlh.officer1"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
