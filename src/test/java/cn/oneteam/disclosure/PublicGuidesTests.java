package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.oneteam.IntegrationTest;
import cn.oneteam.casehandling.CasePeriodLengths;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.supervision.ComplaintSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's guides and sections (docs/adr/0041-public-lists-before-enforcement.md): the procedure flowcharts and
 * how to complain show the periods the deployment is configured with — set here to other lengths than the defaults
 * (a complaint accepted within 12 working days, concluded within 25 days plus 15; a decision within 75 days plus 20; a
 * seizure of at most 25 days plus 10; clues verified within 12 working days; a decision published within 9 working
 * days, as the publisher keeps it, whatever the case clock's publicity says) — in Chinese and English; the portal
 * has its four sections and links the guides.
 */
@TestPropertySource(properties = { "oneteam.supervision.complaint.accept-working-days=12",
		"oneteam.supervision.complaint.conclude-days=25", "oneteam.supervision.complaint.extension-days=15",
		"oneteam.case.periods.lengths.decision=75", "oneteam.case.periods.extensions.decision=20",
		"oneteam.case.periods.lengths.seizure=25", "oneteam.case.periods.extensions.seizure=10",
		"oneteam.case.periods.lengths.clue-verification=12",
		"oneteam.disclosure.decisions.publish-within-working-days=9", "oneteam.case.periods.lengths.publicity=6" })
class PublicGuidesTests extends IntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ComplaintSettings complaints;

	@Autowired
	private CasePeriodLengths periods;

	private String page(String path, String lang) throws Exception {
		return mvc.perform(get(path).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theFlowchartsShowTheConfiguredPeriodsInBothLanguages() throws Exception {
		assertThat(periods.length(ClockKind.DECISION)).isEqualTo(75);
		String zh = page("/public/procedures", "zh-CN");
		assertThat(zh).contains("执法流程图", "id=\"procedure-simple\"", "id=\"procedure-general\"",
				"id=\"procedure-coercive\"", "<ol class=\"flow\" id=\"flow-general\">")
			.contains("自立案之日起 75 日内作出决定，经批准可延长 20 日。")
			.contains("不超过 25 日；情况复杂的，经负责人批准可延长一次，不超过 10 日")
			.contains("12 个工作日内核查并决定是否立案")
			.contains("收到告知书后 " + periods.length(ClockKind.NOTICE_RESPONSE) + " 个工作日内提出。")
			.contains("自收到决定书之日起 " + periods.length(ClockKind.PAYMENT) + " 日内缴纳。")
			.contains("决定在作出之日起 9 个工作日内公开。")
			.contains("自知道该决定之日起 60 日内申请行政复议。", "6 个月内提起行政诉讼")
			.doesNotContain("90 日内作出决定", "6 个工作日内公开", "style=\"");
		assertThat(zh.indexOf("id=\"step-general-filing\"")).isLessThan(zh.indexOf("id=\"step-general-investigation\""));
		assertThat(zh.indexOf("id=\"step-general-notice\"")).isLessThan(zh.indexOf("id=\"step-general-defence\""));
		assertThat(zh.indexOf("id=\"step-general-defence\"")).isLessThan(zh.indexOf("id=\"step-general-review\""));
		assertThat(zh.indexOf("id=\"step-general-review\"")).isLessThan(zh.indexOf("id=\"step-general-decision\""));
		assertThat(zh.indexOf("id=\"step-general-execution\"")).isLessThan(zh.indexOf("id=\"step-general-closing\""));
		String en = page("/public/procedures", "en");
		assertThat(en).contains("Procedure flowcharts", "Within 75 days of filing, extendable by 20 days with approval.",
				"At most 25 days", "by at most 10 days", "within 12 working days of the clue",
				"the decision is published within 9 working days of being made")
			.doesNotContain("执法流程图");
	}

	@Test
	void howToComplainShowsTheSupervisionPeriodsAndTheRemedies() throws Exception {
		assertThat(complaints.acceptWorkingDays()).isEqualTo(12);
		String zh = page("/public/how-to-complain", "zh-CN");
		assertThat(zh).contains("投诉举报指引", "href=\"/public/supervision/complaints\"",
				"收到投诉后 12 个工作日内决定受理或者不予受理", "受理后 25 日内办结并答复，情况复杂的可延长一次，不超过 15 日",
				"自知道之日起 60 日内申请行政复议", "自知道之日起 6 个月内向人民法院提起行政诉讼", "执法证号", "检查码")
			.doesNotContain("10 个工作日内决定受理", "style=\"");
		String en = page("/public/how-to-complain", "en");
		assertThat(en).contains("How to complain", "within 12 working days of receipt",
				"within 25 days of acceptance", "by at most 15 days", "within 60 days", "within 6 months")
			.doesNotContain("投诉");
	}

	@Test
	void thePortalHasItsFourSectionsWithTheirEntries() throws Exception {
		String zh = page("/public", "zh-CN");
		assertThat(zh).contains("id=\"portal-before\"", "id=\"portal-during\"", "id=\"portal-after\"",
				"id=\"portal-mine\"", "事前公开", "事中公开", "事后公开", "我的事务",
				"id=\"portal-procedures\"", "href=\"/public/procedures\"", "id=\"portal-how-to-complain\"",
				"href=\"/public/how-to-complain\"", "id=\"portal-officers\"", "id=\"portal-bodies\"",
				"id=\"portal-empowerment\"", "id=\"portal-qualifications\"", "id=\"portal-codes\"", "id=\"portal-draws\"",
				"id=\"portal-results\"", "id=\"portal-complaints\"", "id=\"portal-report\"", "id=\"portal-track\"");
		int before = zh.indexOf("id=\"portal-before\"");
		int during = zh.indexOf("id=\"portal-during\"");
		int after = zh.indexOf("id=\"portal-after\"");
		int mine = zh.indexOf("id=\"portal-mine\"");
		assertThat(before).isLessThan(during);
		assertThat(during).isLessThan(after);
		assertThat(after).isLessThan(mine);
		assertThat(zh.indexOf("id=\"portal-procedures\"")).isBetween(before, during);
		assertThat(zh.indexOf("id=\"portal-officers\"")).isBetween(during, after);
		assertThat(zh.indexOf("id=\"portal-complaints\"")).isGreaterThan(mine);
		assertThat(zh.indexOf("id=\"portal-my-case\"")).isGreaterThan(mine);
		assertThat(zh).containsPattern("<section[^>]*id=\"portal-after\"[^>]*>\\s*<h2");
		assertThat(page("/public", "en")).contains("Before enforcement", "During enforcement", "After enforcement",
				"My matters", "Procedure flowcharts", "How to complain");
	}
}
