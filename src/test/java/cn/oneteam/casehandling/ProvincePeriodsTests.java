package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.Clocks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's own lengths (docs/adr/0018-statutory-periods.md), through the API: Qinghai (63) verifies clues within 10
 * working days and decides within 60 days, so a clue registered at 德令哈 runs a 10-working-day verification clock,
 * and the decision-period refusal states 60 days, in both languages.
 */
@TestPropertySource(properties = { "oneteam.case.periods.provinces.63.clue-verification=10",
		"oneteam.case.periods.provinces.63.decision=60" })
class ProvincePeriodsTests extends CaseApiTest {

	@Autowired
	Clocks clocks;

	@Autowired
	MessageSource messages;

	@Test
	void aClueAtAPlaceInTheProvinceRunsTheProvincesVerificationPeriod() throws Exception {
		long id = clue("ORGANISATION", "省定期限", "2026-06-01");
		CaseClock verification = clocks.open(id, ClockKind.CLUE_VERIFICATION).orElseThrow();
		assertThat(verification.lengthUnits()).isEqualTo(10);
		// Mon 1 June not counted: 2–5, 8–12 and 15 June are the 10 working days (15 would end on 23 June)
		assertThat(verification.dueOn()).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(clocks.length(ClockKind.CLUE_VERIFICATION)).isEqualTo(15);
	}

	@Test
	void theDecisionPeriodRefusalStatesTheProvincesLength() throws Exception {
		long id = clue("ORGANISATION", "省定办案期限", "2026-06-01");
		Map<String, List<String>> arguments = clocks.reasonArguments(id,
				List.of("case.decision-deadline-passed", "case.extension-days-fixed", "case.extension-used"));
		assertThat(arguments).containsExactly(Map.entry("case.decision-deadline-passed", List.of("60")),
				Map.entry("case.extension-days-fixed", List.of("30")));
		Object[] sixty = arguments.get("case.decision-deadline-passed").toArray();
		assertThat(messages.getMessage("problem.case.decision-deadline-passed.detail", sixty, Locale.SIMPLIFIED_CHINESE))
			.contains("立案之日起60日").doesNotContain("九十");
		assertThat(messages.getMessage("problem.case.decision-deadline-passed.detail", sixty, Locale.ENGLISH))
			.contains("60 days from filing").doesNotContain("90");
	}

	@Test
	void theRefusalOnTheActionPageStatesTheCasesDecisionPeriod() throws Exception {
		long id = filed("ORGANISATION", "省定办案期限（页面）", "2026-06-01", "2026-06-01");
		assertThat(clocks.open(id, ClockKind.DECISION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 7, 31));
		for (String lang : List.of("zh", "en")) {
			String page = mvc.perform(post("/cases/" + id + "/actions/extend-decision").param("lang", lang)
				.with(as("dlh.officer1")).with(csrf())
				.param("on", "2026-09-01")
				.param("reason", "案情复杂"))
				.andExpect(status().isUnprocessableContent())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains(lang.equals("zh") ? "立案之日起60日" : "60 days from filing").doesNotContain("{0}");
		}
	}
}
