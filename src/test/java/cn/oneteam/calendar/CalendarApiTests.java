package cn.oneteam.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CalendarApiTests extends IntegrationTest {

	private static final String OFFICER_LOGIN = "dlh.officer1";

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + ADMIN_TOKEN);
	}

	@Test
	void describesADay() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2026-10-01")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-10-01"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.holiday").value("国庆节"))
			.andExpect(jsonPath("$.makeUpWorkday").value(false));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2026-10-01")).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.holiday").value("National Day"));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2026-09-20")))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.holiday").value(nullValue()))
			.andExpect(jsonPath("$.makeUpWorkday").value(true));
	}

	@Test
	void computesWorkingDaysAndPeriods() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/calendar/add-working-days?from=2026-09-30&days=5")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-10-13"));
		mvc.perform(asAdmin(get("/api/v1/calendar/add-working-days?from=2026-02-13&days=1")))
			.andExpect(jsonPath("$.date").value("2026-02-14"));
		mvc.perform(asAdmin(get("/api/v1/calendar/period-end?from=2026-09-16&days=15")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-10-08"));
	}

	@Test
	void answersBadInputWithALocalisedProblem() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/calendar/add-working-days?from=2026-02-30&days=5")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.parameter-malformed"))
			.andExpect(jsonPath("$.title").value("参数格式错误"));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/yesterday")).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed parameter"));
		mvc.perform(asAdmin(get("/api/v1/calendar/period-end?from=2026-09-16&days=-3")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:calendar.days-out-of-range"));
		mvc.perform(asAdmin(get("/api/v1/calendar/period-end?from=2026-09-16")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:request.parameter-missing"));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2099-03-02")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:calendar.year-not-loaded"))
			.andExpect(jsonPath("$.detail").value(containsString("2099")));
	}

	@Test
	void anAdministratorUploadsANewYear() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2031-01-01"))).andExpect(status().isUnprocessableContent());
		mvc.perform(asAdmin(put("/api/v1/calendar/years/2031")).contentType(MediaType.APPLICATION_JSON).content("""
				{"holidays": {"2031-01-01": "New Year's Day,元旦,1", "2031-01-02": "New Year's Day,元旦,1"},
				 "workdays": {"2031-01-04": "New Year's Day,元旦,1"}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2031))
			.andExpect(jsonPath("$.holidays").value(2))
			.andExpect(jsonPath("$.makeUpWorkdays").value(1));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2031-01-02"))).andExpect(jsonPath("$.workingDay").value(false));
		// counting from the last day of 2030 only asks 2031, which is loaded
		mvc.perform(asAdmin(get("/api/v1/calendar/add-working-days?from=2030-12-31&days=1")))
			.andExpect(jsonPath("$.date").value("2031-01-03"));
		// counting from 30 December needs 31 December 2030, which is not loaded: no guessing
		mvc.perform(asAdmin(get("/api/v1/calendar/add-working-days?from=2030-12-30&days=2")))
			.andExpect(status().isUnprocessableContent());
		// Friday 3 January and make-up Saturday 4 January are working days
		mvc.perform(asAdmin(get("/api/v1/calendar/add-working-days?from=2031-01-01&days=2")))
			.andExpect(jsonPath("$.date").value("2031-01-04"));
	}

	@Test
	void aRejectedUploadChangesNothing() throws Exception {
		mvc.perform(asAdmin(put("/api/v1/calendar/years/2032")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"holidays\": {\"2032-01-01\": \"New Year's Day,元旦,1\"}}")).andExpect(status().isOk());
		mvc.perform(asAdmin(put("/api/v1/calendar/years/2032")).contentType(MediaType.APPLICATION_JSON).content("""
				{"holidays": {"2032-01-01": "New Year's Day,元旦,1", "2032-02-07": "Spring Festival,春节,8"},
				 "workdays": {"2032-02-07": "Spring Festival,春节,8"}}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:calendar.date-both-holiday-and-workday"))
			.andExpect(jsonPath("$.detail").value(containsString("2032-02-07")));
		mvc.perform(asAdmin(put("/api/v1/calendar/years/2032")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"holidays\": {\"2031-12-31\": \"New Year's Day,元旦,1\"}}"))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:calendar.date-outside-year"));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2032-02-07"))) // a Saturday, untouched
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.holiday").value(nullValue()));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2032-01-01"))).andExpect(jsonPath("$.holiday").value("元旦"));
	}

	@Test
	void anImplausibleScheduleIsRefused() throws Exception {
		// 336 holidays: every day of 2036 (a leap year) but June (docs/adr/0012-bad-input.md)
		StringBuilder holidays = new StringBuilder();
		for (java.time.LocalDate day = java.time.LocalDate.of(2036, 1, 1); day.getYear() == 2036; day = day.plusDays(1)) {
			if (day.getMonthValue() != 6) {
				holidays.append(holidays.isEmpty() ? "" : ",").append('"').append(day).append("\": \"Holiday,假日,1\"");
			}
		}
		assertThat(holidays.toString().split(",\"")).hasSize(336);
		mvc.perform(asAdmin(put("/api/v1/calendar/years/2036")).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"holidays\": {" + holidays + "}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:calendar.schedule-implausible"))
			.andExpect(jsonPath("$.detail").value(containsString("336 holidays")));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2036-03-03")))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:calendar.year-not-loaded"));
	}

	@Test
	void aScheduleWithAByteOrderMarkIsAccepted() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] json = "{\"holidays\": {\"2035-01-01\": \"New Year's Day,元旦,1\"}}".getBytes(StandardCharsets.UTF_8);
		byte[] document = new byte[bom.length + json.length];
		System.arraycopy(bom, 0, document, 0, bom.length);
		System.arraycopy(json, 0, document, bom.length, json.length);
		mvc.perform(asAdmin(put("/api/v1/calendar/years/2035")).contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.holidays").value(1));
	}

	@Test
	void anOversizedUploadIsRefused() throws Exception {
		byte[] huge = new byte[CalendarManagement.MAX_DOCUMENT_BYTES + 1];
		Arrays.fill(huge, (byte) ' ');
		mvc.perform(asAdmin(put("/api/v1/calendar/years/2033")).contentType(MediaType.APPLICATION_JSON).content(huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:calendar.schedule-too-large"));
	}

	@Test
	void onlyAdministratorsUploadSchedules() throws Exception {
		mvc.perform(put("/api/v1/calendar/years/2034").contentType(MediaType.APPLICATION_JSON)
			.content("{\"holidays\": {\"2034-01-01\": \"New Year's Day,元旦,1\"}}")
			.with(as(OFFICER_LOGIN))
			.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:access.denied"));
		mvc.perform(asAdmin(get("/api/v1/calendar/days/2034-01-01"))).andExpect(status().isUnprocessableContent());
	}

	@Test
	void anonymousCallersGetAProblemNotALoginPage() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/2026-10-01"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:access.unauthenticated"))
			.andExpect(jsonPath("$.title").value("未登录"));
		mvc.perform(get("/api/v1/calendar/days/2026-10-01").header("Authorization", "Bearer ot_not_a_token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:access.token-invalid"));
	}
}
