package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.oneteam.evidence.EvidenceAttached;
import cn.oneteam.evidence.EvidenceType;
import cn.oneteam.evidence.OwnerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An item stored and attached to a case publishes {@link EvidenceAttached} in the attaching transaction, for the
 * modules that will listen (docs/adr/0014-typed-events.md); a refused upload publishes nothing.
 */
@RecordApplicationEvents
class EvidenceAttachedTests extends CaseApiTest {

	@Autowired
	ApplicationEvents events;

	private ResultActions upload(long caseId, long... officers) throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.officer1"))
			.with(csrf())
			.param("type", "INSPECTION_RECORD")
			.param("title", "现场检查笔录")
			.param("source", "执法人员现场制作")
			.param("collectedAt", "2026-11-20T10:30:00")
			.param("place", "德令哈市长江路12号门前")
			.param("officers", java.util.Arrays.stream(officers).mapToObj(String::valueOf).toArray(String[]::new))
			.param("fileName", "现场笔录.txt")
			.contentType("text/plain")
			.content("现场检查笔录：当事人在店外占道经营。".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void anAttachedItemIsPublishedWithItsOwnerAndTypeAndARefusedOneIsNot() throws Exception {
		long caseId = filed("ORGANISATION", "（测试）证据事件有限公司", "2026-11-10", "2026-11-12");
		upload(caseId, officer1()).andExpect(status().isUnprocessableContent()); // one officer (处罚法 §42)
		assertThat(events.stream(EvidenceAttached.class)).isEmpty();

		long id = body(upload(caseId, officer1(), officer2()).andExpect(status().isCreated())).get("id").asLong();
		assertThat(events.stream(EvidenceAttached.class)).singleElement().satisfies(attached -> {
			assertThat(attached.evidenceId()).isEqualTo(id);
			assertThat(attached.ownerKind()).isEqualTo(OwnerKind.CASE);
			assertThat(attached.ownerId()).isEqualTo(caseId);
			assertThat(attached.type()).isEqualTo(EvidenceType.INSPECTION_RECORD);
		});
	}
}
