package cn.oneteam.casehandling;

import org.junit.jupiter.api.Test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An evidence file name is one line (docs/adr/0012-bad-input.md): a CR or LF in it would split the download's
 * Content-Disposition header, so such a name is refused and nothing is kept.
 */
class EvidenceFileNameTests extends CaseApiTest {

	@Test
	void refusesAFileNameWithALineBreakOrAnotherControlCharacter() throws Exception {
		long caseId = filed("ORGANISATION", "（测试）证据文件名有限公司", "2026-11-10", "2026-11-12");
		for (String name : new String[] { "photo\r\nX-Injected: 1.txt", "a\u0000b.txt", "\u202etxt.exe" }) {
			mvc.perform(post("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.officer1"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("type", "INSPECTION_RECORD")
				.param("title", "现场笔录")
				.param("source", "执法人员现场制作")
				.param("collectedAt", "2026-11-20T10:30:00")
				.param("place", "德令哈市长江路12号门前")
				.param("officers", String.valueOf(officer1()), String.valueOf(officer2()))
				.param("fileName", name)
				.contentType("text/plain")
				.content("现场检查笔录".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.oneOf(
						"urn:oneteam:problem:evidence.file-name-invalid", "urn:oneteam:problem:request.text-invalid")))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("U+")));
		}
		mvc.perform(get("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.length()").value(0));
	}
}
