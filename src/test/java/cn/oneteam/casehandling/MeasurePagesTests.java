package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The measures' and transfers' page forms and the case page's section of them: a seizure proposed on its form goes to
 * the head with its items one per line (强制法 §18, §24) and, approved, shows as held with its 30-day term (§25); the
 * time a transfer was sent is taken as Beijing time and comes back as typed when refused (国务院令第310号 §5); a 复议
 * is recorded from the case page and ended there (处罚法 §73), a refusal shown in the reader's language.
 */
class MeasurePagesTests extends CaseApiTest {

	private static final String PANEL = "action-panel";

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(as("dlh.officer1"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** What htmx loads into the case page, as dlh.officer1. */
	private String section(String path) throws Exception {
		return mvc.perform(get(path).header("HX-Request", "true").header("HX-Target", PANEL).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aSeizureProposedOnItsFormGoesToTheHeadAndShowsAsHeld() throws Exception {
		long id = filed("ORGANISATION", "某烧烤店（查封页面）", "2026-08-03", "2026-08-03");
		assertThat(page("/cases/" + id)).contains("hx-get=\"/cases/" + id + "/measures\"");
		assertThat(section("/cases/" + id + "/measures")).contains("id=\"measures-none\"").doesNotContain("<html");
		assertThat(section("/cases/" + id + "/actions/seize")).contains("id=\"action-form\"", "id=\"f-items\"", "扣押");

		mvc.perform(post("/cases/" + id + "/actions/seize").with(as("dlh.officer1")).with(csrf())
			.param("kind", "SEAL")
			.param("on", "2026-08-04")
			.param("items", "烧烤炉2台\r\n\r\n 木炭3袋 \r\n")
			.param("reason", "涉案工具")
			.param("officers", String.valueOf(officer1()), String.valueOf(officer2()))
			.param("certificateShown", "true")
			.param("partyPresent", "true"))
			.andExpect(redirectedUrl("/cases/" + id));
		JsonNode pending = detail(id).get("pendingApproval");
		assertThat(pending.get("action").asString()).isEqualTo("SEIZE");
		assertThat(json.readTree(pending.get("payload").asString()).get("items").valueStream().map(JsonNode::asString))
			.containsExactly("烧烤炉2台", "木炭3袋");

		approved(id);
		long measure = body(mvc.perform(get("/api/v1/cases/" + id + "/measures").with(as("dlh.officer1"))))
			.get("measures").get(0).get("id").asLong();
		String held = section("/cases/" + id + "/measures");
		assertThat(held).contains("id=\"measures-held\"", "data-measure=\"" + measure + "\"", "查封", "烧烤炉2台", "木炭3袋",
				"2026-08-04", "2026-09-03", "有效").doesNotContain("id=\"measures-none\"", "??");
		assertThat(section("/cases/" + id + "/measures?lang=en")).contains("Sealing", "In force").doesNotContain("??");
		assertThat(section("/cases/" + id + "/actions/release-seizure")).contains("value=\"" + measure + "\"",
				"第 " + measure + " 号查封（2026-08-04 起）：烧烤炉2台、木炭3袋");
		assertThat(section("/cases/" + id + "/actions/release-preservation")).doesNotContain("value=\"" + measure + "\"");
	}

	@Test
	void theTimeATransferWasSentIsBeijingTimeAndComesBackAsTyped() throws Exception {
		long id = clue("ORGANISATION", "某烧烤店（移送页面）", "2026-06-01");
		act(id, "transfer", """
				{"kind":"BODY","receiver":"德令哈市市场监督管理局","reason":"属食品经营监管事项","reportedOn":"2026-06-02"}""");
		assertThat(approved(id).get("stage").asString()).isEqualTo("TRANSFERRING");
		assertThat(section("/cases/" + id + "/actions/send-transfer"))
			.containsPattern("type=\"datetime-local\"[^>]*value=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}\"");

		String refused = mvc.perform(post("/cases/" + id + "/actions/send-transfer").with(as("dlh.officer1")).with(csrf())
			.header("HX-Target", PANEL)
			.param("sentAt", "2026-06-02T09:30"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("移送早于批准", "value=\"2026-06-02T09:30\"");

		LocalDateTime typed = LocalDateTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.MILLIS);
		mvc.perform(post("/cases/" + id + "/actions/send-transfer").with(as("dlh.officer1")).with(csrf())
			.param("sentAt", typed.toString())
			.param("finePaid", "200"))
			.andExpect(redirectedUrl("/cases/" + id));
		JsonNode transfer = body(mvc.perform(get("/api/v1/cases/" + id + "/measures").with(as("dlh.officer1"))))
			.get("transfers").get(0);
		assertThat(OffsetDateTime.parse(transfer.get("sentAt").asString()).toInstant())
			.isEqualTo(typed.atZone(ChinaTime.ZONE).toInstant());
		assertThat(section("/cases/" + id + "/measures")).contains("id=\"measures-transfers\"", "德令哈市市场监督管理局",
				typed.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), "已缴罚款 200.00 元", "待答复");
	}

	@Test
	void aReconsiderationIsRecordedAndEndedFromTheCasePage() throws Exception {
		long undecided = clue("ORGANISATION", "某烧烤店（复议页面甲）", "2026-03-03");
		MvcResult refused = mvc.perform(post("/cases/" + undecided + "/remedies").with(as("dlh.officer1")).with(csrf())
			.param("kind", "RECONSIDERATION")
			.param("from", "2026-04-12"))
			.andExpect(redirectedUrl("/cases/" + undecided))
			.andReturn();
		FlashMessage error = (FlashMessage) refused.getFlashMap().get("error");
		assertThat(error.code()).isEqualTo("case.remedy-without-decision");
		assertThat(mvc.perform(get("/cases/" + undecided).with(as("dlh.officer1")).flashAttr("error", error))
			.andReturn().getResponse().getContentAsString()).contains("id=\"refusal\"", "尚无已送达的决定");
		assertThat(section("/cases/" + undecided + "/measures")).doesNotContain("id=\"remedy-start\"");

		long id = atNotice("ORGANISATION", "某烧烤店（复议页面乙）", "2026-03-03", "2026-03-10", "2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-03-16\",\"hearingRightNotified\":false}");
		act(id, "decide", "{\"decidedOn\":\"2026-03-25\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		approved(id);
		act(id, "serve-decision", "{\"on\":\"2026-03-25\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		assertThat(section("/cases/" + id + "/measures")).contains("id=\"remedy-start\"", "行政复议");

		mvc.perform(post("/cases/" + id + "/remedies").with(as("dlh.officer1")).with(csrf())
			.param("kind", "RECONSIDERATION")
			.param("from", "2026-04-12"))
			.andExpect(redirectedUrl("/cases/" + id))
			.andExpect(flash().attributeCount(0));
		long remedy = body(mvc.perform(get("/api/v1/cases/" + id + "/measures").with(as("dlh.officer1"))))
			.get("remedies").get(0).get("id").asLong();
		assertThat(section("/cases/" + id + "/measures")).contains("data-remedy=\"" + remedy + "\"", "2026-04-12",
				"id=\"remedy-end-" + remedy + "\"", "进行中").doesNotContain("id=\"remedy-start\"");

		mvc.perform(post("/cases/" + id + "/remedies/" + remedy + "/end").with(as("dlh.officer1")).with(csrf())
			.param("on", "2026-04-15"))
			.andExpect(redirectedUrl("/cases/" + id))
			.andExpect(flash().attributeCount(0));
		assertThat(section("/cases/" + id + "/measures?lang=en")).contains("Administrative reconsideration", "2026-04-15",
				"id=\"remedy-start\"").doesNotContain("id=\"remedy-end-" + remedy + "\"", "??");
		MvcResult again = mvc.perform(post("/cases/" + id + "/remedies/" + remedy + "/end").with(as("dlh.officer1"))
			.with(csrf())
			.param("on", "2026-04-16"))
			.andExpect(redirectedUrl("/cases/" + id))
			.andReturn();
		assertThat(((FlashMessage) again.getFlashMap().get("error")).code()).isEqualTo("case.remedy-ended");
	}
}
